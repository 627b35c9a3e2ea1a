import { KioskQueue, type KioskItem } from './kiosk-queue.js';
import { syncQueue, type SyncEnd } from './kiosk-sync.js';

/** Where the kiosk code is kept on the tablet, per practice. */
export const codeKey = (practice: string) => `yyg-kiosk-code:${practice}`;

/** How long to wait before trying again after no connection; doubles up to the cap. */
const RETRY_MIN_MS = 5_000;
const RETRY_MAX_MS = 120_000;

export type SyncStatus = 'idle' | 'syncing' | 'offline' | 'unauthorised' | 'busy';

/**
 * The tablet's queue and its sender, one per kiosk page. Every submission goes into the queue
 * first; the sender runs one sync at a time (a request to sync while one runs makes it go round
 * again), after each submission, when the browser says it is back online, on a timer, and after
 * a failure with a growing pause. Listeners hear `change` whenever the counts or status change.
 */
export class KioskRuntime extends EventTarget {
  readonly queue: KioskQueue;
  waiting = 0;
  setAside = 0;
  status: SyncStatus = 'idle';
  /** What the server said when it refused the code. */
  refusal = '';
  #running?: Promise<void>;
  #again = false;
  #retryMs = RETRY_MIN_MS;
  #timer?: ReturnType<typeof setTimeout>;
  #stopped = false;
  readonly #online = () => this.syncSoon(0);

  constructor(
    readonly practice: string,
    readonly api: string,
  ) {
    super();
    this.queue = new KioskQueue(practice);
    addEventListener('online', this.#online);
  }

  get code(): string | null {
    try {
      return localStorage.getItem(codeKey(this.practice));
    } catch {
      return null;
    }
  }

  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
    removeEventListener('online', this.#online);
  }

  /** Keep a submission on the tablet, then try to send it. Resolves once it is safely queued. */
  async submit(body: KioskItem): Promise<void> {
    await this.queue.add(body);
    await this.refresh();
    this.syncSoon(0);
  }

  async refresh(): Promise<void> {
    const { waiting, setAside } = await this.queue.count();
    this.waiting = waiting;
    this.setAside = setAside;
    this.dispatchEvent(new Event('change'));
  }

  syncSoon(delayMs: number): void {
    if (this.#stopped) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.sync(), delayMs);
  }

  /**
   * Sync now (or once more after the one running); resolves when the queue has been tried. A
   * request that arrives during a try always gets a try of its own after it, whatever that one
   * found: the running try may have started before the connection came back.
   */
  sync(): Promise<void> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = (async () => {
      try {
        do {
          this.#again = false;
          await this.#syncOnce();
        } while (this.#again);
      } finally {
        this.#running = undefined;
      }
    })();
    return this.#running;
  }

  async #syncOnce(): Promise<void> {
    const code = this.code;
    if (!code) return;
    this.status = 'syncing';
    this.dispatchEvent(new Event('change'));
    let end: SyncEnd;
    try {
      end = await syncQueue(this.queue, { api: this.api, practice: this.practice, code });
    } catch {
      end = { kind: 'offline', sent: 0, setAside: 0 };
    }
    this.status = end.kind === 'done' ? 'idle' : end.kind;
    this.refusal = end.kind === 'unauthorised' ? end.message : '';
    await this.refresh();
    if (end.kind === 'done') {
      this.#retryMs = RETRY_MIN_MS;
      if (this.waiting > 0) this.syncSoon(0);
      else this.syncSoon(RETRY_MAX_MS); // look again now and then
    } else if (end.kind === 'busy') {
      this.syncSoon(end.retryAfterMs);
    } else {
      this.syncSoon(this.#retryMs);
      this.#retryMs = Math.min(this.#retryMs * 2, RETRY_MAX_MS);
    }
  }
}

let current: KioskRuntime | undefined;

/** The page's runtime, made by `<yyg-kiosk>`; the form's delivery finds it here. */
export function kioskRuntime(): KioskRuntime | undefined {
  return current;
}

export function startKioskRuntime(practice: string, api: string): KioskRuntime {
  if (current && current.practice === practice) return current;
  current?.stop();
  current = new KioskRuntime(practice, api);
  return current;
}
