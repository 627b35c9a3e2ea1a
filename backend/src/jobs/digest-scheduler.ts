import { digestKey, digestWindowStart } from '../domain/digest.js';
import { londonDate, londonHour } from '../domain/london-time.js';
import type { Logger } from '../logger.js';
import type { JobQueue } from '../ports/job-queue.js';
import type { Store } from '../ports/store.js';

export interface DigestSchedulerOptions {
  store: Store;
  queue: Pick<JobQueue, 'enqueue'>;
  logger: Logger;
  /** `DIGEST_HOUR`: digests go out from this hour (0–23), UK time. */
  digestHour: number;
  /** How often to look for due digests. Default: every minute. */
  intervalMs?: number;
  now?: () => Date;
}

/**
 * Enqueues the day's `send-digest` jobs: once it is `DIGEST_HOUR` or later in England, for every
 * practice with email contacts and feedback since its last digest. It runs in every worker
 * process; that is harmless, since the queue de-duplicates a waiting job and the job itself sends
 * each practice's digest at most once a day. Practices already sent today are remembered in
 * memory, only to spare the store; forgetting them (a restart) costs a query, never an email.
 */
export class DigestScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private sentToday = { date: '', codes: new Set<string>() };

  constructor(private readonly options: DigestSchedulerOptions) {}

  /** One look. Returns how many digests were enqueued. */
  async tick(): Promise<number> {
    const { store, queue, digestHour, now = () => new Date() } = this.options;
    const at = now();
    if (londonHour(at) < digestHour) return 0;
    const date = londonDate(at);
    if (this.sentToday.date !== date) this.sentToday = { date, codes: new Set() };
    let enqueued = 0;
    for (const practice of await store.listPracticesWithContacts()) {
      if (this.sentToday.codes.has(practice.code)) continue;
      const today = await store.getDigest(practice.code, date);
      if (today?.state === 'sent') {
        this.sentToday.codes.add(practice.code);
        continue;
      }
      // A digest being sent (or left claimed by a dead worker) is enqueued again: the job decides.
      if (!today) {
        const since = digestWindowStart(await store.lastSentDigest(practice.code), at);
        const arrived = await store.countFeedbackReceived({ practiceCode: practice.code, from: since, to: at });
        if (arrived === 0) continue;
      }
      await queue.enqueue('send-digest', digestKey(practice.code, date));
      enqueued += 1;
    }
    return enqueued;
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.run(), this.options.intervalMs ?? 60_000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => 0);
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = this.tick();
    try {
      const count = await this.running;
      if (count > 0) this.options.logger.info({ event: 'digests-enqueued', count }, 'enqueued daily digests');
    } catch (error) {
      this.options.logger.error({ event: 'digest-schedule-failed', err: String(error) }, 'digest scheduling failed');
    } finally {
      this.running = null;
    }
  }
}
