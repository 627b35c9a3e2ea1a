import type { AddressInfo } from 'node:net';
import PostalMime, { type Email } from 'postal-mime';
import { SMTPServer } from 'smtp-server';

/** A message as the SMTP peer received it: envelope recipients, the raw bytes, and parsed. */
export interface ReceivedMail {
  recipients: string[];
  raw: string;
  email: Email;
}

/**
 * A real SMTP peer on a loopback port that keeps what it accepts. It can refuse the next N
 * messages with a temporary failure (421 or 451, as a relay that is down or busy does), and hold
 * each message for a while before answering, to let two senders race.
 */
export class TestSmtpServer {
  readonly received: ReceivedMail[] = [];
  /** The codes to refuse the next DATA commands with, one each, before accepting again. */
  private refusals: number[] = [];
  /** How many DATA commands were refused so far. */
  refused = 0;
  /** Delay before answering each DATA command. */
  delayMs = 0;
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        setTimeout(() => void this.answer(chunks, session.envelope.rcptTo, callback), this.delayMs);
      });
    },
  });

  private async answer(chunks: Buffer[], rcptTo: { address: string }[], callback: (error?: Error) => void) {
    const code = this.refusals.shift();
    if (code !== undefined) {
      this.refused += 1;
      return callback(Object.assign(new Error('Service not available, try again later'), { responseCode: code }));
    }
    const raw = Buffer.concat(chunks).toString('utf8');
    this.received.push({ recipients: rcptTo.map((to) => to.address), raw, email: await PostalMime.parse(raw) });
    callback();
  }

  /** Refuse the next messages with these temporary failures, e.g. `refuseNext(421, 451)`. */
  refuseNext(...codes: (421 | 451)[]): void {
    this.refusals.push(...codes);
  }

  /** Listen on an ephemeral loopback port; resolves to the `smtp://` URL for `SMTP_URL`. */
  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
