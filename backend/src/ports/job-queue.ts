/**
 * Job names are verb-noun. Job data is an id only: never comment text or contact details (queue
 * data sits unencrypted in Redis).
 * - `process-feedback` (feedback id): tag, mark processed, refresh the roll-up, alert if flagged.
 * - `send-alert` (feedback id): email the practice and the ICB about a flagged submission.
 * - `send-digest` (`C82001:2026-04-01`): one practice's daily digest email.
 */
export const JOB_NAMES = ['process-feedback', 'send-alert', 'send-digest'] as const;
export type JobName = (typeof JOB_NAMES)[number];

export interface Job {
  name: JobName;
  /** The id of what the job works on: a feedback id, or a digest key (practice and date). */
  id: string;
  /** 1 on the first run, 2 on the first retry, and so on. */
  attempt: number;
}

export type JobHandler = (job: Job) => Promise<void>;

/** Handlers by job name. A job with no handler here fails at once, without retries. */
export type JobHandlers = Partial<Record<JobName, JobHandler>>;

export interface WorkerOptions {
  /** How many jobs may run at once in this process. */
  concurrency: number;
}

/**
 * The queue port. Adapters: in-process (embedded default) and BullMQ on Redis.
 *
 * Contract:
 * - `enqueue` for a job that is already waiting or running is a no-op (the job id is derived from
 *   the name and record id); once it has finished, the same job may be enqueued again.
 * - A handler that throws is retried with backoff up to `attempts` times in all; a handler that
 *   throws `UnrecoverableJobError` is not retried.
 * - Delivery is at least once, so handlers must be idempotent.
 */
export interface JobQueue {
  enqueue(name: JobName, id: string): Promise<void>;
  /** Start consuming jobs in this process. Call once. */
  work(handlers: JobHandlers, options: WorkerOptions): void;
  /** Throws if the queue cannot be reached (for /readyz). */
  ping(): Promise<void>;
  /** Stop taking new jobs, let running ones finish, release connections. */
  close(): Promise<void>;
}

/** Retry policy shared by both adapters so they behave alike. */
export interface RetryPolicy {
  attempts: number;
  /** Delay before retry n (1-based) is `backoffMs * 2^(n-1)`. */
  backoffMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, backoffMs: 1000 };
