import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { JobQueue } from './ports/job-queue.js';
import type { Mailer } from './ports/mailer.js';
import type { Store } from './ports/store.js';
import { DigestScheduler } from './jobs/digest-scheduler.js';
import { processFeedbackJob } from './jobs/process-feedback.job.js';
import { sendAlertJob } from './jobs/send-alert.job.js';
import { sendDigestJob } from './jobs/send-digest.job.js';
import { Sweeper } from './jobs/sweeper.js';

export type WorkerConfig = Pick<
  Config,
  'workerConcurrency' | 'sweepAfterMs' | 'sweepIntervalMs' | 'safeguardingEmail' | 'digestHour' | 'publicUrl' | 'port'
>;

/** What a composition root stops on shutdown (the queue itself is closed with the adapters). */
export interface WorkerRuntime {
  sweeper: Sweeper;
  scheduler: DigestScheduler;
  stop(): Promise<void>;
}

/** Where staff reach the service, for links in email: PUBLIC_URL, else this machine's port. */
export function linkBase(config: Pick<Config, 'publicUrl' | 'port'>): string {
  return config.publicUrl ?? `http://localhost:${config.port}`;
}

/**
 * Start consuming jobs, sweeping for work the queue lost, and scheduling the daily digests. Both
 * timers are unref'd, so they never keep a process alive on their own.
 */
export function startWorker(
  { store, queue, mailer, logger }: { store: Store; queue: JobQueue; mailer: Mailer; logger: Logger },
  config: WorkerConfig,
): WorkerRuntime {
  const publicUrl = linkBase(config);
  const { safeguardingEmail } = config;
  queue.work(
    {
      'process-feedback': processFeedbackJob({ store, queue }),
      'send-alert': sendAlertJob({ store, mailer, logger, safeguardingEmail, publicUrl }),
      'send-digest': sendDigestJob({ store, mailer, logger, publicUrl }),
    },
    { concurrency: config.workerConcurrency },
  );
  const sweeper = new Sweeper({
    store,
    queue,
    logger,
    afterMs: config.sweepAfterMs,
    intervalMs: config.sweepIntervalMs,
    alerts: { safeguardingEmail },
  });
  const scheduler = new DigestScheduler({ store, queue, logger, digestHour: config.digestHour });
  sweeper.start();
  scheduler.start();
  // Pick up anything a previous run left behind without waiting a whole interval.
  void sweeper
    .sweep()
    .catch((error) => logger.error({ event: 'sweep-failed', err: String(error) }, 'first sweep failed'));
  return {
    sweeper,
    scheduler,
    async stop() {
      await Promise.all([sweeper.stop(), scheduler.stop()]);
    },
  };
}
