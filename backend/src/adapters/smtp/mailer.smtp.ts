import nodemailer, { type Mail, type SMTPSentMessageInfo, type SMTPTransportOptions } from 'nodemailer';
import type { Mailer, MailMessage, SentMail } from '../../ports/mailer.js';
import { checkFromAddress, composeMail } from '../file-mail/mailer.file.js';

export interface SmtpMailerOptions {
  /** `smtp://` or `smtps://` URL, with credentials if the relay needs them (e.g. an NHSmail relay). */
  smtpUrl: string;
  from: string;
}

/**
 * The production mailer: sends through an SMTP relay with nodemailer. It builds the same message
 * as the file mailer, and does not retry: a failed send rejects, and the job that sent it is
 * retried by the queue (jobs are idempotent, so a retry is safe).
 */
export class SmtpMailer implements Mailer {
  private readonly from: string;
  private readonly transport: Mail<SMTPSentMessageInfo, SMTPTransportOptions>;

  constructor({ smtpUrl, from }: SmtpMailerOptions) {
    checkFromAddress(from);
    this.from = from;
    this.transport = nodemailer.createTransport(smtpUrl);
  }

  async send(message: MailMessage): Promise<SentMail> {
    const info = await this.transport.sendMail(composeMail(this.from, message));
    // A relay can accept a message for some recipients only; a notification that silently misses
    // someone is worse than a retried one, so this counts as a failure.
    if (info.rejected.length > 0) {
      throw new Error(`SMTP relay refused ${info.rejected.length} recipient(s): ${info.rejected.join(', ')}`);
    }
    return { messageId: info.messageId };
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}
