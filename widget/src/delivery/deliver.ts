import type { FeedbackBody, Outcome } from '../api/feedback-body.js';
import type { Answers } from '../feedback/form-state.js';
import { postFeedback, type PostResult } from './feedback-api.js';
import { forget, keep, pending } from './outbox.js';
import { takeProof } from './proof-of-work.js';
import { newSubmissionId } from './submission-id.js';
import { toBody, type SubmissionContext } from './submission.js';
import { retryIn } from './watch.js';

export { prepare } from './proof-of-work.js';

/** How long to wait before trying the outbox again when the service gave no Retry-After. */
const RETRY_MS = 30_000;

type Delivered = Exclude<PostResult, { kind: 'proof' }>;

/** Post with a fresh proof of work; solve once more if the service says the proof is stale. */
async function deliverOnce(api: string, body: FeedbackBody): Promise<Delivered> {
  for (let attempt = 0; attempt < 2; attempt++) {
    let proof;
    try {
      proof = await takeProof(api);
    } catch {
      return { kind: 'retry', busy: false };
    }
    const result = await postFeedback(api, body, proof);
    if (result.kind !== 'proof') return result;
  }
  return { kind: 'retry', busy: false };
}

function outcome(result: Delivered): Outcome {
  if (result.kind === 'sent') return result;
  if (result.kind === 'rejected') return { kind: 'failed', retryable: false };
  return { kind: 'queued', busy: result.busy, retryAfterMs: result.retryAfterMs ?? RETRY_MS };
}

/**
 * Send the answers now, under `submissionId` when resending the same answers, else under a new one.
 * If the network or the service fails, keep them in the outbox on this device and say they are
 * queued; if even that fails (storage blocked), say it failed and can be retried.
 */
export async function submit(
  api: string,
  answers: Answers,
  context: SubmissionContext,
  submissionId = newSubmissionId(),
): Promise<{ submissionId: string; outcome: Outcome }> {
  return { submissionId, outcome: await deliver(api, toBody(answers, context, submissionId)) };
}

async function deliver(api: string, body: FeedbackBody): Promise<Outcome> {
  const result = await deliverOnce(api, body);
  if (result.kind !== 'retry') {
    await forget(body.submissionId).catch(() => undefined);
    return outcome(result);
  }
  try {
    await keep(api, body);
    const queued = outcome(result);
    if (queued.kind === 'queued') retryIn(api, queued.retryAfterMs);
    return queued;
  } catch {
    return { kind: 'failed', retryable: true };
  }
}

/**
 * Send what waits in the outbox for `api`, oldest first, each under its own submission id, and
 * report each one sent or refused. Stops at the first that still cannot be sent and returns when
 * to try again. The Web Locks API keeps two tabs (or two widgets) from sending the same one at once.
 */
export async function flush(
  api: string,
  report: (submissionId: string, outcome: Outcome) => void,
): Promise<number | undefined> {
  const run = async () => {
    for (const { body } of await pending(api)) {
      const result = await deliverOnce(api, body);
      if (result.kind === 'retry') return result.retryAfterMs ?? RETRY_MS;
      await forget(body.submissionId);
      report(body.submissionId, outcome(result));
    }
    return undefined;
  };
  return navigator.locks ? navigator.locks.request('yyg-feedback-outbox', run) : run();
}
