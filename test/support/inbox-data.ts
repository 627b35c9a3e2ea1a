import type { FeedbackRecord } from '../../backend/src/domain/feedback.js';
import { analyseFeedback } from '../../backend/src/domain/tagging/analyse.js';
import type { Store } from '../../backend/src/ports/store.js';
import { makeFeedback } from './fixtures.js';

/**
 * Store a submission and tag it with the real tagger, as the worker would: for staff API tests
 * that need processed feedback without running the queue.
 */
export async function storeProcessed(
  store: Store,
  fields: Partial<FeedbackRecord> & { text?: string },
): Promise<FeedbackRecord> {
  const { text, ...rest } = fields;
  const record = makeFeedback({
    ...(text === undefined ? {} : { comments: [{ question: 'comment', text }] }),
    ...rest,
  });
  await store.insertFeedback(record);
  const tags = analyseFeedback(record);
  await store.markProcessed(record.id, tags, new Date());
  return (await store.getFeedback(record.id))!;
}
