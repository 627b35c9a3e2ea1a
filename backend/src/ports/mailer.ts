/** One outgoing email. Never put comment text or patient contact details in a message by default. */
export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
  html?: string;
  /**
   * A Message-ID to send with, e.g. `<alert-1234@you-and-your-gp>`. Give the same one to every
   * send of one notification: a retried job that sends it twice is then one message to mail
   * clients. Default: a fresh one.
   */
  messageId?: string;
}

export interface SentMail {
  messageId: string;
}

/**
 * The mail port. Adapters: `.eml` files in `DATA_DIR/outbox` (embedded default) and SMTP through
 * nodemailer. Both build the same RFC 5322 message with nodemailer, so what a developer reads in
 * the outbox is what an SMTP relay would receive.
 */
export interface Mailer {
  /** Resolves once the message is accepted (written to disk, or accepted by the SMTP peer). */
  send(message: MailMessage): Promise<SentMail>;
  close(): Promise<void>;
}
