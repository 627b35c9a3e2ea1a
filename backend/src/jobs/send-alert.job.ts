import { alertEmail, alertMessageId } from '../domain/alert-email.js';
import { UnrecoverableJobError } from '../domain/errors.js';
import type { Logger } from '../logger.js';
import type { Job } from '../ports/job-queue.js';
import type { Mailer } from '../ports/mailer.js';
import type { Store } from '../ports/store.js';
import { alertRecipients } from './alert-recipients.js';

export interface SendAlertDeps {
  store: Store;
  mailer: Mailer;
  logger: Logger;
  /** The ICB's safeguarding contact, copied on every alert; null if none is configured. */
  safeguardingEmail: string | null;
  /** Where staff reach the service, for the link in the email. */
  publicUrl: string;
  now?: () => Date;
}

/**
 * The `send-alert` job: email the practice's contacts and the ICB's safeguarding contact at once
 * about a flagged submission: which practice, which kinds of flag, the receipt and a link. Never
 * the comment text.
 *
 * Exactly once in practice: `alertSentAt` is set (a conditional update) only after the relay
 * accepted the message, and a run that finds it set does nothing. A worker dying between the two
 * would send again on retry, so every send of one alert carries the same Message-ID, which mail
 * clients treat as one message. A failed send throws, and the queue retries with backoff; if the
 * retries run out, the sweeper enqueues the alert again later.
 *
 * With nobody to send to (no practice contacts and no SAFEGUARDING_EMAIL) the job logs that and
 * fails without retrying, leaving `alertSentAt` unset: the submission still shows as flagged on
 * the staff page, and the sweeper sends the alert once someone has been added.
 */
export function sendAlertJob({
  store,
  mailer,
  logger,
  safeguardingEmail,
  publicUrl,
  now = () => new Date(),
}: SendAlertDeps) {
  return async (job: Job): Promise<void> => {
    const record = await store.getFeedback(job.id);
    if (!record) throw new UnrecoverableJobError(`feedback ${job.id} not found`);
    if (record.alertSentAt || !record.tags?.flags.length) return;
    const practice = await store.getPractice(record.practiceCode);
    if (!practice) throw new UnrecoverableJobError(`practice ${record.practiceCode} not found`);
    const to = alertRecipients(practice, safeguardingEmail);
    const kinds = [...new Set(record.tags.flags.map((flag) => flag.kind))];
    if (to.length === 0) {
      logger.error(
        { event: 'alert-no-recipients', feedbackId: record.id, practiceCode: practice.code, kinds },
        'flagged feedback but nobody to alert: add practice contacts or set SAFEGUARDING_EMAIL',
      );
      throw new UnrecoverableJobError(`nobody to alert for practice ${practice.code}`);
    }
    const { subject, text } = alertEmail(record, practice, publicUrl);
    await mailer.send({ to, subject, text, messageId: alertMessageId(record.id) });
    await store.markAlertSent(record.id, now());
    logger.info(
      { event: 'alert-sent', feedbackId: record.id, practiceCode: practice.code, kinds, recipients: to.length },
      'alert sent',
    );
  };
}
