import { randomUUID } from 'node:crypto';
import { digestWindowStart, parseDigestKey } from '../domain/digest.js';
import { digestEmail, digestMessageId } from '../domain/digest-email.js';
import { UnrecoverableJobError } from '../domain/errors.js';
import type { Logger } from '../logger.js';
import type { Job } from '../ports/job-queue.js';
import type { Mailer } from '../ports/mailer.js';
import type { Store } from '../ports/store.js';
import { alertRecipients } from './alert-recipients.js';

/**
 * A claim older than this belongs to a worker presumed dead, and may be taken over. Far longer
 * than any send (nodemailer gives up on a silent relay within minutes), so a slow send is never
 * mistaken for a dead one.
 */
export const DIGEST_CLAIM_STALE_MS = 15 * 60_000;

export interface SendDigestDeps {
  store: Store;
  mailer: Mailer;
  logger: Logger;
  /** Where staff reach the service, for the links in the email. */
  publicUrl: string;
  now?: () => Date;
  claimStaleMs?: number;
}

/**
 * The `send-digest` job (id `C82001:2026-04-01`): one practice's daily digest email, covering what
 * arrived since its previous digest.
 *
 * Never sent twice: the run first claims the (practice, date) digest row, which a unique index
 * lets only one run create; it sends, then marks the row sent. A run that finds the digest sent,
 * or claimed by a live run, does nothing. A failed send gives the claim back and throws, so the
 * queue retries; a worker that died while holding a claim is taken over once the claim is stale
 * (the scheduler enqueues the digest again every minute until it is sent). Every send of one
 * digest carries the same Message-ID, for the rare resend after a crash between send and mark.
 */
export function sendDigestJob(deps: SendDigestDeps) {
  const { store, mailer, logger, publicUrl, now = () => new Date(), claimStaleMs = DIGEST_CLAIM_STALE_MS } = deps;
  return async (job: Job): Promise<void> => {
    const key = parseDigestKey(job.id);
    if (!key) throw new UnrecoverableJobError(`"${job.id}" is not a digest key like C82001:2026-04-01`);
    const { practiceCode, date } = key;
    if ((await store.getDigest(practiceCode, date))?.state === 'sent') return;
    const practice = await store.getPractice(practiceCode);
    if (!practice) throw new UnrecoverableJobError(`practice ${practiceCode} not found`);
    const to = alertRecipients(practice, null);
    if (to.length === 0) {
      logger.warn({ event: 'digest-no-recipients', practiceCode, date }, 'no practice contacts: digest not sent');
      return;
    }

    const at = now();
    const owner = randomUUID();
    const since = digestWindowStart(await store.lastSentDigest(practiceCode), at);
    const claim = await store.claimDigest(
      { practiceCode, date, owner, since, until: at, at },
      new Date(at.getTime() - claimStaleMs),
    );
    if (!claim) {
      logger.info({ event: 'digest-held', practiceCode, date }, 'digest already sent or being sent elsewhere');
      return;
    }
    const records = await store.listFeedbackReceived({ practiceCode, from: claim.since, to: claim.until });
    if (records.length === 0) {
      await store.releaseDigest(practiceCode, date, owner);
      return;
    }
    const { subject, text } = digestEmail({
      practice,
      date,
      since: claim.since,
      until: claim.until,
      records,
      publicUrl,
    });
    try {
      await mailer.send({ to, subject, text, messageId: digestMessageId(practiceCode, date) });
    } catch (error) {
      await store
        .releaseDigest(practiceCode, date, owner)
        .catch((releaseError: unknown) =>
          logger.warn(
            { event: 'digest-release-failed', practiceCode, date, err: String(releaseError) },
            'left to go stale',
          ),
        );
      throw error;
    }
    if (!(await store.markDigestSent(practiceCode, date, owner, now()))) {
      logger.warn({ event: 'digest-claim-lost', practiceCode, date }, 'digest sent after its claim was taken over');
      return;
    }
    logger.info({ event: 'digest-sent', practiceCode, date, submissions: records.length }, 'digest sent');
  };
}
