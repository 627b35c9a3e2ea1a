import { UnrecoverableJobError } from '../domain/errors.js';
import type { FeedbackRecord } from '../domain/feedback.js';
import { londonDate } from '../domain/london-time.js';
import type { FeedbackTags } from '../domain/tags.js';
import { analyseFeedback } from '../domain/tagging/analyse.js';
import type { Job, JobQueue } from '../ports/job-queue.js';
import type { Store } from '../ports/store.js';
import { refreshRollup } from './refresh-rollup.js';

export interface ProcessFeedbackDeps {
  store: Store;
  /** To enqueue `send-alert` for a flagged submission. */
  queue: Pick<JobQueue, 'enqueue'>;
  /** The taggers; tests may pass their own. */
  analyse?: (record: FeedbackRecord) => FeedbackTags;
  now?: () => Date;
}

/**
 * The `process-feedback` job: tag the stored submission, mark it processed, recount its
 * practice-day roll-up and, if it was flagged, enqueue the alert.
 *
 * Idempotent, and self-healing: marking processed is first-call-wins, and the steps after it run
 * on every delivery, also when the record was processed already. So a worker that died between
 * two steps leaves nothing half done once the job is retried or the record swept again; and a
 * second run changes nothing (the roll-up is recounted to the same numbers, and the alert job is
 * not enqueued once the alert was sent, and is a no-op if it was).
 */
export function processFeedbackJob({
  store,
  queue,
  analyse = analyseFeedback,
  now = () => new Date(),
}: ProcessFeedbackDeps) {
  return async (job: Job): Promise<void> => {
    const found = await store.getFeedback(job.id);
    // A missing record cannot appear by retrying (it may have been erased by the patient).
    if (!found) throw new UnrecoverableJobError(`feedback ${job.id} not found`);
    let record = found;
    if (record.state === 'received') {
      await store.markProcessed(record.id, analyse(record), now());
      // Read back: if another delivery won the race, its tags are the ones stored.
      record = (await store.getFeedback(record.id)) ?? record;
    }
    await refreshRollup(store, record.practiceCode, londonDate(record.receivedAt), now);
    if (record.tags?.flags.length && !record.alertSentAt) await queue.enqueue('send-alert', record.id);
  };
}
