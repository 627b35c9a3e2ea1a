import type { KioskItem, KioskQueue, QueuedItem, SetAsideItem } from './kiosk-queue.js';

/** The server's limits (backend/src/http/kiosk-sync.routes.ts), with room to spare on size. */
export const BATCH_ITEMS = 100;
export const BATCH_BYTES = 900_000;

type ItemResult =
  | { submissionId: string | null; status: 202; id: string; receipt: string }
  | { submissionId: string | null; status: 409 | 422; error: { message: string } };

/** How a sync ended. */
export type SyncEnd =
  | { kind: 'done'; sent: number; setAside: number }
  /** No connection, or the server failed: everything not yet answered is still queued. */
  | { kind: 'offline'; sent: number; setAside: number }
  /** The kiosk code was refused (401/403): staff must set the tablet up again. */
  | { kind: 'unauthorised'; sent: number; setAside: number; message: string }
  | { kind: 'busy'; sent: number; setAside: number; retryAfterMs: number };

/** What the sync needs of the queue (the IndexedDB one on a tablet, a stand-in in the bench). */
export type SyncableQueue = Pick<KioskQueue, 'waiting' | 'forget' | 'setAside'>;

/** Split oldest-first items into batches within the server's item and size limits. */
export function batches(items: QueuedItem[]): QueuedItem[][] {
  const out: QueuedItem[][] = [];
  let current: QueuedItem[] = [];
  let bytes = 20;
  for (const item of items) {
    const size = new TextEncoder().encode(JSON.stringify(item.body)).length + 1;
    if (current.length > 0 && (current.length >= BATCH_ITEMS || bytes + size > BATCH_BYTES)) {
      out.push(current);
      current = [];
      bytes = 20;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length) out.push(current);
  return out;
}

/**
 * Send everything waiting, oldest first, in batches, with each item's own submissionId, so a
 * batch whose answer was lost is simply sent again and the server answers the repeats as before.
 * An item is forgotten only once the server answered 202 for it; a 422 or 409 (which no resend can
 * fix) moves it aside for staff. Any other answer, or none, stops the sync with everything else
 * still queued.
 */
export async function syncQueue(
  queue: SyncableQueue,
  { api, practice, code, fetchImpl = fetch }: { api: string; practice: string; code: string; fetchImpl?: typeof fetch },
): Promise<SyncEnd> {
  let sent = 0;
  let setAside = 0;
  const url = `${api.replace(/\/+$/, '')}/api/v1/kiosk/${encodeURIComponent(practice)}/sync`;
  for (const batch of batches(await queue.waiting())) {
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: 'POST',
        credentials: 'omit',
        headers: { 'Content-Type': 'application/json', Authorization: `Kiosk ${code}` },
        body: JSON.stringify({ items: batch.map((item) => item.body satisfies KioskItem) }),
      });
    } catch {
      return { kind: 'offline', sent, setAside };
    }
    if (response.status === 401 || response.status === 403) {
      const message = await response
        .json()
        .then((b: { error?: { message?: string } }) => b.error?.message ?? '')
        .catch(() => '');
      return { kind: 'unauthorised', sent, setAside, message };
    }
    if (response.status === 429) {
      const retryAfterMs = Number(response.headers.get('Retry-After') ?? 60) * 1000;
      return { kind: 'busy', sent, setAside, retryAfterMs };
    }
    let results: ItemResult[];
    try {
      if (!response.ok) return { kind: 'offline', sent, setAside };
      results = ((await response.json()) as { results: ItemResult[] }).results;
    } catch {
      return { kind: 'offline', sent, setAside };
    }
    const byId = new Map(batch.map((item) => [item.body.submissionId, item]));
    const done: string[] = [];
    const refused: SetAsideItem[] = [];
    for (const result of results) {
      const item = result.submissionId ? byId.get(result.submissionId) : undefined;
      if (!item) continue;
      if (result.status === 202) done.push(item.body.submissionId);
      else if (result.status === 422 || result.status === 409) {
        refused.push({ ...item, status: result.status, message: result.error.message });
      }
    }
    await queue.forget(done);
    await queue.setAside(refused);
    sent += done.length;
    setAside += refused.length;
  }
  return { kind: 'done', sent, setAside };
}
