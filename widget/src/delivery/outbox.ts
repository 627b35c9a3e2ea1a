import { createStore, del, entries, set } from 'idb-keyval';
import type { FeedbackBody } from '../api/feedback-body.js';

/** A submission waiting on this device for a connection. */
export interface Queued {
  /** The API it is for: a page may host widgets for more than one service. */
  api: string;
  body: FeedbackBody;
  savedAt: number;
}

/**
 * Health data should not linger on a device (it may be shared): a submission that could not be
 * sent for this long is dropped. Nothing else is kept: no proof of work, no practice settings.
 */
const KEEP_MS = 14 * 24 * 60 * 60 * 1000;

const store = () => createStore('yyg-feedback-outbox', 'submissions');

/** Keep a submission until the API has acknowledged it, under its idempotency key. */
export function keep(api: string, body: FeedbackBody): Promise<void> {
  return set(body.submissionId, { api, body, savedAt: Date.now() } satisfies Queued, store());
}

/** Forget a submission: the API has it, or refused it for good. */
export function forget(submissionId: string): Promise<void> {
  return del(submissionId, store());
}

/** The submissions waiting for `api`, oldest first; anything too old is forgotten on the way. */
export async function pending(api: string): Promise<Queued[]> {
  const waiting: Queued[] = [];
  for (const [key, entry] of await entries<string, Queued>(store())) {
    if (Date.now() - entry.savedAt > KEEP_MS) await forget(key);
    else if (entry.api === api) waiting.push(entry);
  }
  return waiting.sort((a, b) => a.savedAt - b.savedAt);
}
