import type { JobQueue } from '../ports/job-queue.js';
import type { Store } from '../ports/store.js';
import type { Logger } from '../logger.js';

export interface SweeperOptions {
  store: Store;
  queue: JobQueue;
  logger: Logger;
  /** Submissions still `received` (or flagged and not alerted) after this long are enqueued again. */
  afterMs: number;
  intervalMs: number;
  batchSize?: number;
  /**
   * Also sweep alerts: set to the configuration's `SAFEGUARDING_EMAIL` (null if unset). Left out,
   * only unprocessed submissions are swept.
   */
  alerts?: { safeguardingEmail: string | null };
  now?: () => Date;
}

/**
 * Re-enqueues what the queue may have lost. Submissions left `received`: the enqueue after the
 * store write can be lost in a crash, or a job can exhaust its retries while a dependency is down.
 * Flagged submissions whose alert was never sent: the mail relay may have been down for longer
 * than the retries last, or nobody was there to alert until a contact was added. The store is the
 * source of truth, so this makes "acknowledged" mean "will be processed", and "flagged" mean
 * "someone will be told".
 */
export class Sweeper {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(private readonly options: SweeperOptions) {}

  /**
   * One pass over the oldest batch of each. Enqueueing a job that is already waiting is a no-op,
   * so a batch seen twice costs nothing. Returns how many jobs were enqueued.
   */
  async sweep(): Promise<number> {
    const { store, queue, afterMs, batchSize = 1000, now = () => new Date() } = this.options;
    const cutOff = new Date(now().getTime() - afterMs);
    const batch = await store.listUnprocessed(cutOff, batchSize);
    for (const record of batch) await queue.enqueue('process-feedback', record.id);
    return batch.length + (await this.sweepAlerts(cutOff, batchSize));
  }

  private async sweepAlerts(cutOff: Date, limit: number): Promise<number> {
    const { store, queue, alerts } = this.options;
    if (!alerts) return 0;
    // Without an ICB contact, only practices with contacts of their own have anyone to tell; the
    // others' flagged records must not fill the batch and hold back those that can be sent.
    const practiceCodes = alerts.safeguardingEmail
      ? undefined
      : (await store.listPracticesWithContacts()).map((practice) => practice.code);
    if (practiceCodes?.length === 0) return 0;
    const batch = await store.listUnalerted({ processedBefore: cutOff, practiceCodes, limit });
    for (const record of batch) await queue.enqueue('send-alert', record.id);
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
    await this.running?.catch(() => 0);
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.sweep();
    try {
      const count = await this.running;
      if (count > 0) this.options.logger.warn({ event: 'sweep', enqueued: count }, 're-enqueued unfinished work');
    } catch (error) {
      this.options.logger.error({ event: 'sweep-failed', err: String(error) }, 'sweep failed');
    } finally {
      this.running = null;
    }
  }
}
