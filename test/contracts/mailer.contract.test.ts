import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import PostalMime, { type Email } from 'postal-mime';
import { SMTPServer } from 'smtp-server';
import { FileMailer } from '../../backend/src/adapters/file-mail/mailer.file.js';
import { SmtpMailer } from '../../backend/src/adapters/smtp/mailer.smtp.js';
import type { Mailer, MailMessage } from '../../backend/src/ports/mailer.js';

const FROM = 'You and Your GP <no-reply@yyg.example>';

/** What arrived at the far end (the outbox, or the SMTP peer): recipients and the raw message. */
export interface Delivered {
  recipients: string[];
  raw: Buffer;
}

/** A mailer made for one test, a way to see what it delivered, and how to clean up after it. */
export interface MailerUnderTest {
  mailer: Mailer;
  delivered(): Promise<Delivered[]>;
  dispose(): Promise<void>;
}

function parse(raw: Buffer): Promise<Email> {
  return PostalMime.parse(raw);
}

/** SMTP and `.eml` both carry CRLF line ends, and the composer ends the body with one. */
function plain(text: string | undefined): string {
  return (text ?? '').replace(/\r\n/g, '\n').replace(/\n$/, '');
}

/** The same cases for every Mailer adapter. */
export function describeMailerContract(name: string, makeMailer: () => Promise<MailerUnderTest>): void {
  describe(`Mailer contract: ${name}`, function () {
    let underTest: MailerUnderTest;

    beforeEach(async function () {
      underTest = await makeMailer();
    });

    afterEach(async function () {
      await underTest.mailer.close();
      await underTest.dispose();
    });

    it('delivers one message to every recipient with subject, text and html intact', async function () {
      const message: MailMessage = {
        to: ['manager@a81001.example', 'moderator@icb.example'],
        subject: 'Diolch — café: new feedback for Meddygfa’r Bont',
        text: 'Diolch — café\nA new comment is waiting for moderation.\nØ ✓ 日本語',
        html: '<p>Diolch — café</p>',
      };
      const sent = await underTest.mailer.send(message);
      const delivered = await underTest.delivered();
      assert.equal(delivered.length, 1);
      assert.deepEqual([...delivered[0]!.recipients].sort(), [...message.to].sort());
      const email = await parse(delivered[0]!.raw);
      assert.equal(email.subject, message.subject);
      assert.equal(plain(email.text), message.text);
      assert.equal(plain(email.html), message.html);
      assert.equal(email.from && 'address' in email.from ? email.from.address : null, 'no-reply@yyg.example');
      assert.equal(email.messageId, sent.messageId);
    });

    it('returns a distinct messageId for each message', async function () {
      const first = await underTest.mailer.send({ to: ['a@a81001.example'], subject: 'One', text: 'one' });
      const second = await underTest.mailer.send({ to: ['a@a81001.example'], subject: 'Two', text: 'two' });
      assert.match(first.messageId, /^<[^<>\s]+@[^<>\s]+>$/);
      assert.notEqual(first.messageId, second.messageId);
      assert.equal((await underTest.delivered()).length, 2);
    });

    it('sends with the Message-ID it is given, so a resend is the same message', async function () {
      const messageId = '<alert-0f8fad5b-d9cb-469f-a165-70867728950e@you-and-your-gp>';
      const message: MailMessage = { to: ['pm@a81001.example'], subject: 'Alert', text: 'Read it', messageId };
      assert.equal((await underTest.mailer.send(message)).messageId, messageId);
      assert.equal((await underTest.mailer.send(message)).messageId, messageId);
      const delivered = await underTest.delivered();
      assert.equal(delivered.length, 2);
      for (const { raw } of delivered) assert.equal((await parse(raw)).messageId, messageId);
      await assert.rejects(
        underTest.mailer.send({ ...message, messageId: '<a@b>\r\nBcc: leak@evil.example' }),
        /must look like <name@domain>/,
      );
      assert.equal((await underTest.delivered()).length, 2);
    });

    it('rejects a message with no recipients, and delivers nothing', async function () {
      await assert.rejects(underTest.mailer.send({ to: [], subject: 'Hello', text: 'text' }), /no recipients/);
      assert.deepEqual(await underTest.delivered(), []);
    });

    it('rejects a malformed address, and delivers nothing', async function () {
      for (const bad of ['not-an-address', 'two@@a81001.example', 'ok@a81001.example\r\nBcc: leak@evil.example']) {
        await assert.rejects(
          underTest.mailer.send({ to: ['good@a81001.example', bad], subject: 'Hello', text: 'text' }),
          /not a valid address/,
        );
      }
      assert.deepEqual(await underTest.delivered(), []);
    });
  });
}

async function temporaryOutbox(): Promise<{ root: string; outboxDir: string }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'yyg-outbox-'));
  // A directory that does not exist yet: the mailer must create it.
  return { root, outboxDir: path.join(root, 'data', 'outbox') };
}

async function readOutbox(outboxDir: string): Promise<Delivered[]> {
  const files = await readdir(outboxDir).catch(() => [] as string[]);
  return Promise.all(
    files.map(async (file) => {
      const raw = await readFile(path.join(outboxDir, file));
      const email = await parse(raw);
      return { recipients: (email.to ?? []).map((to) => to.address ?? ''), raw };
    }),
  );
}

describeMailerContract('FileMailer', async () => {
  const { root, outboxDir } = await temporaryOutbox();
  return {
    mailer: new FileMailer({ outboxDir, from: FROM }),
    delivered: () => readOutbox(outboxDir),
    dispose: () => rm(root, { recursive: true, force: true }),
  };
});

describe('FileMailer outbox', function () {
  let root: string;
  let outboxDir: string;
  let mailer: FileMailer;

  beforeEach(async function () {
    ({ root, outboxDir } = await temporaryOutbox());
    mailer = new FileMailer({ outboxDir, from: FROM });
  });

  afterEach(async function () {
    await mailer.close();
    await rm(root, { recursive: true, force: true });
  });

  it('lists .eml files newest first with date, recipients and subject, and leaves no temporary files', async function () {
    assert.deepEqual(await mailer.list(), []);
    const before = Date.now();
    await mailer.send({ to: ['a@a81001.example'], subject: 'First', text: 'one' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await mailer.send({ to: ['b@a81001.example', 'c@a81001.example'], subject: 'Ail — second', text: 'two' });
    const entries = await mailer.list();
    assert.deepEqual(
      entries.map(({ to, subject }) => ({ to, subject })),
      [
        { to: ['b@a81001.example', 'c@a81001.example'], subject: 'Ail — second' },
        { to: ['a@a81001.example'], subject: 'First' },
      ],
    );
    for (const entry of entries) {
      assert.match(entry.file, /^\d{8}T\d{9}Z-[A-Za-z0-9._@-]+\.eml$/);
      // The Date header has whole seconds.
      assert.ok(entry.date.getTime() >= Math.floor(before / 1000) * 1000 && entry.date.getTime() <= Date.now());
    }
    assert.deepEqual((await readdir(outboxDir)).sort(), entries.map((entry) => entry.file).sort());
    assert.equal((await mailer.list({ limit: 1 }))[0]!.subject, 'Ail — second');
  });

  it('refuses a "from" that is not one address', function () {
    assert.throws(() => new FileMailer({ outboxDir, from: 'nobody' }), /"from"/);
  });
});

/** A real SMTP peer on an ephemeral port that keeps what it accepts, and can refuse on demand. */
class TestSmtpServer {
  readonly received: Delivered[] = [];
  /** How many DATA commands to answer with a temporary failure before accepting. */
  failNextData = 0;
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    onRcptTo: (address, _session, callback) => {
      if (address.address.startsWith('unknown@'))
        return callback(Object.assign(new Error('No such mailbox'), { responseCode: 550 }));
      callback();
    },
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (this.failNextData > 0) {
          this.failNextData -= 1;
          return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
        }
        this.received.push({ recipients: session.envelope.rcptTo.map((to) => to.address), raw: Buffer.concat(chunks) });
        callback();
      });
    },
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describeMailerContract('SmtpMailer', async () => {
  const server = new TestSmtpServer();
  const smtpUrl = await server.start();
  return {
    mailer: new SmtpMailer({ smtpUrl, from: FROM }),
    delivered: async () => server.received,
    dispose: () => server.stop(),
  };
});

describe('SmtpMailer against a relay that refuses', function () {
  let server: TestSmtpServer;
  let mailer: SmtpMailer;

  beforeEach(async function () {
    server = new TestSmtpServer();
    mailer = new SmtpMailer({ smtpUrl: await server.start(), from: FROM });
  });

  afterEach(async function () {
    await mailer.close();
    await server.stop();
  });

  it('rejects on a temporary failure (451), and a later send goes through', async function () {
    server.failNextData = 1;
    const message: MailMessage = {
      to: ['manager@a81001.example'],
      subject: 'Flagged feedback',
      text: 'Please check the inbox.',
    };
    await assert.rejects(
      mailer.send(message),
      (error: Error & { responseCode?: number }) => error.responseCode === 451,
    );
    assert.equal(server.received.length, 0);
    await mailer.send(message);
    assert.equal(server.received.length, 1);
  });

  it('rejects when the relay refuses one of the recipients', async function () {
    await assert.rejects(
      mailer.send({ to: ['manager@a81001.example', 'unknown@a81001.example'], subject: 'Digest', text: 'text' }),
      /refused 1 recipient\(s\): unknown@a81001\.example/,
    );
  });
});
