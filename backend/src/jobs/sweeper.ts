import type { JobQueue } from '../ports/job-queue.js';
import type { Store } from '../ports/store.js';
import type { Logger } from '../logger.js';

export interface SweeperOptions {
  store: Store;
  queue: JobQueue;
  logger: Logger;
  /** Submissions still `received` after this long are enqueued again. */
  afterMs: number;
  intervalMs: number;
  batchSize?: number;
  now?: () => Date;
}

/**
 * Re-enqueues submissions left `received`: the enqueue after the store write can be lost in a
 * crash, or a job can exhaust its retries while a dependency is down. The store is the source of
 * truth, so this makes "acknowledged" mean "will be processed".
 */
export class Sweeper {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(private readonly options: SweeperOptions) {}

  /**
   * One pass over the oldest batch. Enqueueing a job that is already waiting is a no-op, so a
   * batch seen twice costs nothing; the next batch comes once these are processed.
   * Returns how many submissions were enqueued.
   */
  async sweep(): Promise<number> {
    const { store, queue, afterMs, batchSize = 1000, now = () => new Date() } = this.options;
    const cutOff = new Date(now().getTime() - afterMs);
    const batch = await store.listUnprocessed(cutOff, batchSize);
    for (const record of batch) await queue.enqueue('process-feedback', record.id);
    return batch.length;
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.tick(), this.options.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.sweep();
    try {
      const count = await this.running;
      if (count > 0) this.options.logger.warn({ event: 'sweep', enqueued: count }, 're-enqueued unprocessed feedback');
    } catch (error) {
      this.options.logger.error({ event: 'sweep-failed', err: String(error) }, 'sweep failed');
    } finally {
      this.running = null;
    }
  }
}
