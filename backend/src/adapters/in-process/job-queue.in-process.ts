import { UnrecoverableJobError } from '../../domain/errors.js';
import {
  DEFAULT_RETRY,
  type Job,
  type JobHandlers,
  type JobName,
  type JobQueue,
  type RetryPolicy,
  type WorkerOptions,
} from '../../ports/job-queue.js';

/** The two log levels the queue uses, in the `(fields, message)` shape of pino (console fits too). */
export interface JobQueueLogger {
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

export interface InProcessJobQueueOptions {
  retry?: RetryPolicy;
  logger?: JobQueueLogger;
}

/**
 * The embedded default queue: jobs run in this process, with the same retry, backoff,
 * de-duplication and concurrency rules as the BullMQ adapter, so a single-process install behaves
 * like a scaled-out one.
 *
 * Nothing is persisted. A job lost to a crash or to `close()` is not lost work: the submission
 * stays "received" in the store and the sweeper enqueues it again.
 */
export class InProcessJobQueue implements JobQueue {
  private readonly retry: RetryPolicy;
  private readonly logger: JobQueueLogger;
  private handlers: JobHandlers | null = null;
  private concurrency = 1;
  /** Jobs ready to run, oldest first. */
  private readonly ready: Job[] = [];
  /** `${name}:${id}` of every job that is ready, running or waiting for a retry. */
  private readonly live = new Set<string>();
  private readonly retryTimers = new Set<NodeJS.Timeout>();
  private readonly running = new Set<Promise<void>>();
  private closed = false;

  constructor({ retry = DEFAULT_RETRY, logger = console }: InProcessJobQueueOptions = {}) {
    if (!Number.isInteger(retry.attempts) || retry.attempts < 1) {
      throw new Error(`retry.attempts must be a whole number of at least 1, got ${retry.attempts}`);
    }
    if (!(retry.backoffMs >= 0)) throw new Error(`retry.backoffMs must be 0 or more, got ${retry.backoffMs}`);
    this.retry = retry;
    this.logger = logger;
  }

  async enqueue(name: JobName, id: string): Promise<void> {
    if (this.closed) throw new Error(`job queue is closed: cannot enqueue ${name} ${id}`);
    const key = `${name}:${id}`;
    if (this.live.has(key)) return;
    this.live.add(key);
    this.ready.push({ name, id, attempt: 1 });
    this.startReadyJobs();
  }

  work(handlers: JobHandlers, { concurrency }: WorkerOptions): void {
    if (this.handlers) throw new Error('work() was already called on this queue');
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      throw new Error(`concurrency must be a whole number of at least 1, got ${concurrency}`);
    }
    this.handlers = handlers;
    this.concurrency = concurrency;
    this.startReadyJobs();
  }

  async ping(): Promise<void> {
    if (this.closed) throw new Error('job queue is closed');
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.retryTimers) clearTimeout(timer);
    this.retryTimers.clear();
    // Jobs not yet started are dropped: the store still has them as "received" for the sweeper.
    this.ready.length = 0;
    await Promise.all(this.running);
    this.live.clear();
  }

  private startReadyJobs(): void {
    while (!this.closed && this.handlers && this.running.size < this.concurrency && this.ready.length > 0) {
      const job = this.ready.shift()!;
      const handlers = this.handlers;
      // Start the handler on a later tick, so it is counted as running before it can enqueue more.
      const run: Promise<void> = Promise.resolve()
        .then(() => this.run(job, handlers))
        .finally(() => {
          this.running.delete(run);
          this.startReadyJobs();
        });
      this.running.add(run);
    }
  }

  private async run(job: Job, handlers: JobHandlers): Promise<void> {
    const key = `${job.name}:${job.id}`;
    try {
      const handler = handlers[job.name];
      if (!handler) throw new UnrecoverableJobError(`no handler for job "${job.name}"`);
      await handler({ ...job });
      this.live.delete(key);
    } catch (error) {
      const fields = { event: 'job-failed', job: job.name, id: job.id, attempt: job.attempt, err: String(error) };
      const finalAttempt = error instanceof UnrecoverableJobError || job.attempt >= this.retry.attempts;
      if (finalAttempt || this.closed) {
        this.live.delete(key);
        if (finalAttempt) this.logger.error(fields, 'job failed; not retrying');
        else this.logger.warn(fields, 'job failed while the queue was closing; left for the sweeper');
        return;
      }
      this.logger.warn(fields, 'job failed; will retry');
      this.scheduleRetry({ ...job, attempt: job.attempt + 1 });
    }
  }

  private scheduleRetry(job: Job): void {
    const delay = this.retry.backoffMs * 2 ** (job.attempt - 2);
    const timer = setTimeout(() => {
      this.retryTimers.delete(timer);
      this.ready.push(job);
      this.startReadyJobs();
    }, delay);
    this.retryTimers.add(timer);
  }
}
