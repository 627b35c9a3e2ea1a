import { createStore, del, entries, get, set, setMany, delMany, type UseStore } from 'idb-keyval';
import type { FeedbackBody } from '../api/feedback-body.js';

/** A kiosk submission as sent to the sync endpoint: the public intake's shape, channel `kiosk`. */
export type KioskItem = Omit<FeedbackBody, 'channel' | 'website'> & { channel: 'kiosk' };

/** One submission waiting on this tablet. */
export interface QueuedItem {
  body: KioskItem;
  /** When it was queued, by the device's clock, and a counter for ties: the order they are sent in. */
  savedAt: number;
  seq: number;
}

/** One the server refused for good (422 or 409): kept aside for staff, never dropped silently. */
export interface SetAsideItem extends QueuedItem {
  status: number;
  message: string;
}

/**
 * The kiosk's queue, in IndexedDB (database `yyg-kiosk`), one database per practice so a tablet
 * moved between practices never sends one's feedback to the other. Unlike the widget's outbox,
 * nothing expires: a kiosk may be offline for weeks and the practice's own tablet holds its own
 * patients' feedback until the server has it.
 */
export class KioskQueue {
  readonly #waiting: UseStore;
  readonly #aside: UseStore;
  #seq = 0;

  constructor(practice: string) {
    this.#waiting = createStore(`yyg-kiosk-${practice}`, 'waiting');
    // idb-keyval opens one object store per database: the set-aside ones live in a second database.
    this.#aside = createStore(`yyg-kiosk-${practice}-set-aside`, 'set-aside');
  }

  /** Keep a submission before anything else happens to it. */
  async add(body: KioskItem): Promise<void> {
    const existing = await get<QueuedItem>(body.submissionId, this.#waiting);
    if (existing) return;
    await set(body.submissionId, { body, savedAt: Date.now(), seq: this.#seq++ } satisfies QueuedItem, this.#waiting);
  }

  /** Everything waiting, oldest first. */
  async waiting(): Promise<QueuedItem[]> {
    const all = (await entries<string, QueuedItem>(this.#waiting)).map(([, item]) => item);
    return all.sort((a, b) => a.savedAt - b.savedAt || a.seq - b.seq);
  }

  async count(): Promise<{ waiting: number; setAside: number }> {
    const [w, a] = await Promise.all([entries(this.#waiting), entries(this.#aside)]);
    return { waiting: w.length, setAside: a.length };
  }

  /** The server has these: forget them. */
  forget(ids: string[]): Promise<void> {
    return ids.length ? delMany(ids, this.#waiting) : Promise.resolve();
  }

  /** The server refused these for good: move them aside, for staff to see. */
  async setAside(items: SetAsideItem[]): Promise<void> {
    if (!items.length) return;
    await setMany(
      items.map((item) => [item.body.submissionId, item]),
      this.#aside,
    );
    await delMany(
      items.map((item) => item.body.submissionId),
      this.#waiting,
    );
  }

  /** For tests and staff tools: the ones set aside. */
  async setAsideItems(): Promise<SetAsideItem[]> {
    return (await entries<string, SetAsideItem>(this.#aside)).map(([, item]) => item);
  }

  remove(id: string): Promise<void> {
    return del(id, this.#waiting);
  }
}
