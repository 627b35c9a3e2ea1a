import { Queue, UnrecoverableError, Worker, type Job as BullJob } from 'bullmq';
import { Redis } from 'ioredis';
import { UnrecoverableJobError } from '../../domain/errors.js';
import {
  DEFAULT_RETRY,
  type JobHandlers,
  type JobName,
  type JobQueue,
  type RetryPolicy,
  type WorkerOptions,
} from '../../ports/job-queue.js';
import type { JobQueueLogger } from '../in-process/job-queue.in-process.js';

/** All a job carries to Redis: the record id. Queue data sits unencrypted, so never comment text. */
export interface JobData {
  id: string;
}

export interface BullMqJobQueueOptions {
  /** `redis://` or `rediss://` URL. */
  url: string;
  queueName?: string;
  /** Redis key prefix (BullMQ's default is `bull`). Tests use a fresh one to stay apart. */
  prefix?: string;
  retry?: RetryPolicy;
  logger?: JobQueueLogger;
}

/**
 * BullMQ's custom job id for a job. BullMQ refuses ids containing ':' (its key separator), so the
 * record id is percent-encoded, which is one-to-one and leaves ordinary ids (UUIDs) unchanged.
 */
export function bullMqJobId(name: JobName, id: string): string {
  return `${name}-${encodeURIComponent(id)}`;
}

/**
 * The production queue, on Redis through BullMQ, so N API processes and M worker processes share
 * one queue. The job id is derived from the name and record id, so a job already waiting, delayed
 * for a retry, or running is not added twice; finished jobs are removed at once, so the sweeper can
 * enqueue the same record again if the store still has it as "received".
 */
export class BullMqJobQueue implements JobQueue {
  private readonly url: string;
  private readonly queueName: string;
  private readonly prefix: string | undefined;
  private readonly retry: RetryPolicy;
  private readonly logger: JobQueueLogger;
  /** Shared by the producer side and `ping()`; the worker opens its own (blocking) connections. */
  private readonly connection: Redis;
  private readonly queue: Queue<JobData, void, JobName>;
  private worker: Worker<JobData, void, JobName> | null = null;
  private closing: Promise<void> | null = null;

  constructor({ url, queueName = 'yyg-jobs', prefix, retry = DEFAULT_RETRY, logger = console }: BullMqJobQueueOptions) {
    if (!Number.isInteger(retry.attempts) || retry.attempts < 1) {
      throw new Error(`retry.attempts must be a whole number of at least 1, got ${retry.attempts}`);
    }
    this.url = url;
    this.queueName = queueName;
    this.prefix = prefix;
    this.retry = retry;
    this.logger = logger;
    // While Redis is away a command fails after one reconnection attempt instead of waiting, so
    // /readyz answers promptly and an enqueue does not hang a request; the sweeper catches up.
    this.connection = new Redis(url, { maxRetriesPerRequest: 1 });
    this.connection.on('error', (error) =>
      this.logger.warn({ event: 'redis-error', err: String(error) }, 'Redis connection error'),
    );
    this.queue = new Queue<JobData, void, JobName>(queueName, { connection: this.connection, prefix });
    this.queue.on('error', (error) =>
      this.logger.error({ event: 'queue-error', err: String(error) }, 'BullMQ queue error'),
    );
  }

  async enqueue(name: JobName, id: string): Promise<void> {
    if (this.closing) throw new Error(`job queue is closed: cannot enqueue ${name} ${id}`);
    await this.queue.add(
      name,
      { id },
      {
        jobId: bullMqJobId(name, id),
        attempts: this.retry.attempts,
        backoff: { type: 'exponential', delay: this.retry.backoffMs },
        // Removing finished jobs frees the job id, so the same record can be enqueued again later.
        removeOnComplete: true,
        removeOnFail: true,
      },
    );
  }

  work(handlers: JobHandlers, { concurrency }: WorkerOptions): void {
    if (this.worker) throw new Error('work() was already called on this queue');
    if (this.closing) throw new Error('job queue is closed');
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      throw new Error(`concurrency must be a whole number of at least 1, got ${concurrency}`);
    }
    const processJob = async (job: BullJob<JobData, void, JobName>): Promise<void> => {
      const attempt = job.attemptsMade + 1;
      try {
        const handler = handlers[job.name];
        if (!handler) throw new UnrecoverableJobError(`no handler for job "${job.name}"`);
        await handler({ name: job.name, id: job.data.id, attempt });
      } catch (error) {
        const unrecoverable = error instanceof UnrecoverableJobError;
        const fields = { event: 'job-failed', job: job.name, id: job.data.id, attempt, err: String(error) };
        if (unrecoverable || attempt >= (job.opts.attempts ?? 1)) this.logger.error(fields, 'job failed; not retrying');
        else this.logger.warn(fields, 'job failed; will retry');
        throw unrecoverable ? new UnrecoverableError(error.message) : error;
      }
    };
    this.worker = new Worker<JobData, void, JobName>(this.queueName, processJob, {
      // BullMQ's blocking connection must retry for ever (maxRetriesPerRequest: null).
      connection: { url: this.url, maxRetriesPerRequest: null },
      prefix: this.prefix,
      concurrency,
    });
    this.worker.on('error', (error) =>
      this.logger.error({ event: 'worker-error', err: String(error) }, 'BullMQ worker error'),
    );
  }

  async ping(): Promise<void> {
    const answer = await this.connection.ping();
    if (answer !== 'PONG') throw new Error(`Redis answered PING with "${answer}"`);
  }

  /** Waits for running jobs, then closes the worker, the queue and the Redis connections. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      await this.worker?.close();
      await this.queue.close();
      await this.connection.quit().catch(() => this.connection.disconnect());
    })();
    return this.closing;
  }

  /** Deletes this queue and every job in it from Redis, for test clean-up. Call before `close()`. */
  async obliterate(): Promise<void> {
    await this.queue.obliterate({ force: true });
  }
}
