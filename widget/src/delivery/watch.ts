import type { Outcome } from '../api/feedback-body.js';
import { pending } from './outbox.js';

type Report = (submissionId: string, outcome: Outcome) => void;

interface Watch {
  reports: Set<Report>;
  timer?: ReturnType<typeof setTimeout>;
}

// One watch per API on the page, however many widgets share it, so each kept submission is sent by one.
const watches = new Map<string, Watch>();

function watchFor(api: string): Watch {
  let found = watches.get(api);
  if (!found) {
    found = { reports: new Set() };
    watches.set(api, found);
    addEventListener('online', () => retryIn(api, 0));
  }
  return found;
}

/** Try sending what waits for `api` after `ms` (0: now), replacing any try already planned. */
export function retryIn(api: string, ms: number): void {
  const watch = watchFor(api);
  clearTimeout(watch.timer);
  watch.timer = setTimeout(() => {
    watch.timer = undefined;
    void flushNow(api, watch);
  }, ms);
}

/**
 * Send what waits on this device for `api`: after `delayMs` (unless a try is already planned),
 * whenever the browser comes back online, and when a failed attempt said to try again later.
 * `report` hears of each one sent or refused, until the returned function is called.
 */
export function watch(api: string, report: Report, delayMs: number): () => void {
  const watch = watchFor(api);
  watch.reports.add(report);
  if (!watch.timer) retryIn(api, delayMs);
  return () => watches.get(api)?.reports.delete(report);
}

async function flushNow(api: string, watch: Watch): Promise<void> {
  try {
    // Most visits have nothing waiting: look before fetching the code that sends.
    if ((await pending(api)).length === 0) return;
    const { flush } = await import('./deliver.js');
    const later = await flush(api, (id, outcome) => watch.reports.forEach((report) => report(id, outcome)));
    if (later !== undefined) retryIn(api, later);
  } catch {
    // Offline before the code arrived, or IndexedDB unavailable: the next 'online' event tries again.
  }
}
