import { UnrecoverableJobError } from '../domain/errors.js';
import { commentText } from '../domain/feedback.js';
import type { SentimentTagger } from '../domain/tag-sentiment.js';
import type { Job } from '../ports/job-queue.js';
import type { Store } from '../ports/store.js';

export interface ProcessFeedbackDeps {
  store: Store;
  tagger: SentimentTagger;
  now?: () => Date;
}

/**
 * The `process-feedback` job: read the stored submission by id, tag it, mark it processed.
 * Idempotent: a processed record is left as it is, so at-least-once delivery is harmless.
 */
export function processFeedbackJob({ store, tagger, now = () => new Date() }: ProcessFeedbackDeps) {
  return async (job: Job): Promise<void> => {
    const record = await store.getFeedback(job.id);
    // A missing record cannot appear by retrying (it may have been erased by the patient).
    if (!record) throw new UnrecoverableJobError(`feedback ${job.id} not found`);
    if (record.state === 'processed') return;
    const text = commentText(record);
    const sentiment = text ? tagger.tag(text) : null;
    await store.markProcessed(record.id, { sentiment }, now());
  };
}
