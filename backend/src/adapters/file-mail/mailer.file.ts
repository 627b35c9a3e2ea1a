import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import addressparser from 'nodemailer/lib/addressparser';
import PostalMime from 'postal-mime';
import { isEmailAddress } from '../../domain/email-address.js';
import type { Mailer, MailMessage, SentMail } from '../../ports/mailer.js';

/** `<left@right>` with nothing that could end the header or open another. */
const MESSAGE_ID = /^<[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9.-]+>$/;

/** Throws unless `from` holds exactly one mailbox, e.g. `You and Your GP <no-reply@example.org>`. */
export function checkFromAddress(from: string): void {
  const parsed = addressparser(from, { flatten: true });
  if (parsed.length !== 1 || !isEmailAddress(parsed[0]!.address)) {
    throw new Error(`mail "from" must be one address like "Name <name@example.org>", got "${from}"`);
  }
}

/**
 * Checks a message and turns it into nodemailer's options. Shared by both mail adapters so they
 * accept and build exactly the same messages.
 */
export function composeMail(from: string, message: MailMessage, date = new Date()): SendMailOptions {
  if (!Array.isArray(message.to) || message.to.length === 0) {
    throw new Error('mail message has no recipients: "to" needs at least one address');
  }
  for (const address of message.to) {
    if (typeof address !== 'string' || !isEmailAddress(address)) {
      throw new Error(`mail recipient ${JSON.stringify(address)} is not a valid address like name@example.org`);
    }
  }
  if (typeof message.subject !== 'string' || typeof message.text !== 'string') {
    throw new Error('mail message needs a subject and a text body');
  }
  if (message.messageId !== undefined && !MESSAGE_ID.test(message.messageId)) {
    throw new Error(`mail messageId ${JSON.stringify(message.messageId)} must look like <name@domain>`);
  }
  const { to, subject, text, html, messageId } = message;
  return { from, to, subject, text, html, date, ...(messageId ? { messageId } : {}) };
}

/** One message in the outbox, as the staff page lists it. */
export interface OutboxEntry {
  /** File name inside the outbox directory. */
  file: string;
  date: Date;
  to: string[];
  subject: string;
}

export interface FileMailerOptions {
  /** Created on the first send if missing. */
  outboxDir: string;
  from: string;
}

/**
 * The embedded default mailer: each message becomes an RFC 5322 `.eml` file in the outbox, built
 * by nodemailer exactly as the SMTP adapter would send it, so a practice without a mail relay still
 * sees every notification (on the staff page, or by opening the file in a mail client).
 *
 * Files are written atomically (temporary file, fsync, rename), so a reader never sees half a
 * message and a crash leaves either the whole message or none.
 */
export class FileMailer implements Mailer {
  private readonly outboxDir: string;
  private readonly from: string;
  private readonly transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });

  constructor({ outboxDir, from }: FileMailerOptions) {
    checkFromAddress(from);
    this.outboxDir = path.resolve(outboxDir);
    this.from = from;
  }

  async send(message: MailMessage): Promise<SentMail> {
    const date = new Date();
    const info = await this.transport.sendMail(composeMail(this.from, message, date));
    const raw = Buffer.isBuffer(info.message) ? info.message : Buffer.from(String(info.message));
    const file = `${fileTimestamp(date)}-${info.messageId.replace(/[^A-Za-z0-9._@-]/g, '')}.eml`;
    await mkdir(this.outboxDir, { recursive: true });
    await writeFileAtomically(this.outboxDir, file, raw);
    return { messageId: info.messageId };
  }

  /** The outbox, newest first; at most `limit` entries. */
  async list({ limit = 100 }: { limit?: number } = {}): Promise<OutboxEntry[]> {
    let names: string[];
    try {
      names = await readdir(this.outboxDir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    // File names start with a UTC timestamp, so name order is time order.
    const files = names
      .filter((name) => name.endsWith('.eml') && !name.startsWith('.'))
      .sort()
      .reverse();
    return Promise.all(files.slice(0, limit).map((file) => this.readEntry(file)));
  }

  async close(): Promise<void> {
    this.transport.close();
  }

  private async readEntry(file: string): Promise<OutboxEntry> {
    const raw = await readFile(path.join(this.outboxDir, file), 'utf8');
    const headerEnd = raw.search(/\r?\n\r?\n/);
    const email = await PostalMime.parse(headerEnd < 0 ? raw : raw.slice(0, headerEnd));
    const to = (email.to ?? []).flatMap((entry) =>
      entry.group ? entry.group.map((member) => member.address) : [entry.address],
    );
    const date = new Date(email.date ?? NaN);
    return {
      file,
      date: Number.isNaN(date.getTime()) ? dateFromFileName(file) : date,
      to,
      subject: email.subject ?? '',
    };
  }
}

/** `2026-04-01T09:30:00.123Z` → `20260401T093000123Z`: sortable and safe in any file system. */
function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function dateFromFileName(file: string): Date {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z/.exec(file);
  if (!match) return new Date(NaN);
  const [, y, mo, d, h, mi, s, ms] = match;
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
}

async function writeFileAtomically(dir: string, file: string, data: Buffer): Promise<void> {
  // A dot name in the same directory: list() skips it, and rename() stays on one file system.
  const temporary = path.join(dir, `.${file}.tmp`);
  const handle = await open(temporary, 'wx');
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path.join(dir, file));
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncDirectory(dir);
}

/** Makes the rename itself durable. Some platforms (Windows) cannot open a directory: best effort. */
async function syncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // The message file is already complete and synced; only the directory entry may lag.
  } finally {
    await handle?.close();
  }
}
