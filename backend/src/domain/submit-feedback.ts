import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger.js';
import type { JobQueue } from '../ports/job-queue.js';
import type { Store } from '../ports/store.js';
import { ConflictError, ValidationError } from './errors.js';
import { sameSubmission, type NewFeedback } from './feedback.js';
import { newReceipt } from './receipt.js';
import { withinMs } from './time-limit.js';

/** The patient is not kept waiting on a slow queue: past this the sweeper takes over. */
const ENQUEUE_TIMEOUT_MS = 2000;

export interface SubmitDeps {
  store: Store;
  queue: JobQueue;
  logger: Logger;
  now?: () => Date;
}

export interface SubmitResult {
  id: string;
  receipt: string;
  /** False when this was a retry of a submission already stored. */
  created: boolean;
}

/** The 422 for a practice code that is well formed but not in the directory. */
export function unknownPractice(code: string): ValidationError {
  return new ValidationError('Unknown practice', [
    { field: 'practiceCode', problem: `no practice with ODS code ${code} is registered` },
  ]);
}

/**
 * Intake: store first, then enqueue. The caller acknowledges only after this resolves, so an
 * acknowledged submission is on disk. A lost enqueue is repaired by the sweeper, so a queue
 * outage never loses feedback and never fails the patient's request.
 */
export async function submitFeedback(input: NewFeedback, deps: SubmitDeps): Promise<SubmitResult> {
  const { store, queue, logger, now = () => new Date() } = deps;
  const practice = await store.getPractice(input.practiceCode);
  if (!practice) throw unknownPractice(input.practiceCode);
  const { created, record } = await store.insertFeedback({
    ...input,
    assistedBy: input.assistedBy ?? null,
    id: randomUUID(),
    receipt: newReceipt(),
    state: 'received',
    receivedAt: now(),
    processedAt: null,
    tags: null,
    alertSentAt: null,
  });
  if (!created && !sameSubmission(record, input)) {
    throw new ConflictError('submissionId was already used for a different submission: make a new one');
  }
  if (created) {
    try {
      await withinMs(queue.enqueue('process-feedback', record.id), ENQUEUE_TIMEOUT_MS);
    } catch (error) {
      logger.error({ event: 'enqueue-failed', feedbackId: record.id, err: String(error) }, 'left for the sweeper');
    }
  }
  return { id: record.id, receipt: record.receipt, created };
}
