import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { JobQueue } from './ports/job-queue.js';
import type { Store } from './ports/store.js';
import { SentimentTagger } from './domain/tag-sentiment.js';
import { processFeedbackJob } from './jobs/process-feedback.job.js';
import { Sweeper } from './jobs/sweeper.js';

/**
 * Start consuming jobs and sweeping for submissions left unprocessed. Returns the sweeper so the
 * composition root can stop it on shutdown (the queue is closed with the adapters).
 */
export function startWorker(
  { store, queue, logger }: { store: Store; queue: JobQueue; logger: Logger },
  config: Pick<Config, 'workerConcurrency' | 'sweepAfterMs' | 'sweepIntervalMs'>,
): Sweeper {
  queue.work(
    { 'process-feedback': processFeedbackJob({ store, tagger: new SentimentTagger() }) },
    { concurrency: config.workerConcurrency },
  );
  const sweeper = new Sweeper({
    store,
    queue,
    logger,
    afterMs: config.sweepAfterMs,
    intervalMs: config.sweepIntervalMs,
  });
  sweeper.start();
  // Pick up anything a previous run left behind without waiting a whole interval.
  void sweeper
    .sweep()
    .catch((error) => logger.error({ event: 'sweep-failed', err: String(error) }, 'first sweep failed'));
  return sweeper;
}
