import { open } from 'node:fs/promises';

/**
 * Group commit for one file. nedb appends to its data file without fsync, so a write is only in
 * the page cache when nedb resolves; a power cut could lose a submission we had acknowledged.
 * Syncing after every write makes each caller pay a full disk flush, so callers share flushes:
 * a caller that arrives while a flush runs waits for the next one (the running flush may have
 * started before its data was appended), and every caller that arrives meanwhile shares that
 * same next flush. Under load this is one or two flushes per batch, not one per write.
 */
export class GroupSync {
  /** The flush now running, if any. */
  #running: Promise<void> | null = null;
  /** The flush that starts when the running one ends; shared by everyone who waits for it. */
  #queued: Promise<void> | null = null;

  /** @param flush makes everything written so far durable (e.g. `fdatasync`). */
  constructor(private readonly flush: () => Promise<void>) {}

  /** A group sync that runs `fdatasync` on `filename`. */
  static forFile(filename: string): GroupSync {
    return new GroupSync(() => fdatasyncFile(filename));
  }

  /**
   * Resolves once everything written before this call is durable. Rejects if the flush fails,
   * so the caller does not acknowledge data that may not be on disk.
   */
  sync(): Promise<void> {
    if (this.#queued) return this.#queued;
    if (!this.#running) return this.#start();
    const settled = this.#running.then(
      () => undefined,
      () => undefined,
    );
    this.#queued = settled.then(() => {
      this.#queued = null;
      return this.#start();
    });
    return this.#queued;
  }

  #start(): Promise<void> {
    // Through a microtask, so a flush that throws synchronously still rejects every waiter.
    const running: Promise<void> = Promise.resolve()
      .then(() => this.flush())
      .finally(() => {
        if (this.#running === running) this.#running = null;
      });
    this.#running = running;
    return running;
  }
}

/**
 * `fdatasync` the file at `filename`. It is opened by path each time because nedb's compaction
 * replaces the file (write a copy, rename over), so a long-lived handle would point at the old one.
 * Opened for writing because some platforms (Windows) only flush handles that may write.
 */
export async function fdatasyncFile(filename: string): Promise<void> {
  const handle = await open(filename, 'r+');
  try {
    await handle.datasync();
  } finally {
    await handle.close();
  }
}
