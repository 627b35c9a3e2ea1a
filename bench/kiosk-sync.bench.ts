/**
 * Kiosk sync: a tablet that was offline for a week holds N submissions (default 500) and syncs
 * them through the real `POST /api/v1/kiosk/:code/sync` (real app over HTTP, real embedded store),
 * with the kiosk's own sync code (widget/src/kiosk/kiosk-sync.ts) and an in-memory stand-in for
 * its IndexedDB queue. Two runs: a clean one, and one whose connection drops half-way (one batch
 * stored but its answer lost, then no network), followed by a second sync once it is back. Prints
 * how many moved, how long it took, and how many were lost or doubled in the store.
 *
 *   npx tsx bench/kiosk-sync.bench.ts [items]
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { KioskItem, QueuedItem, SetAsideItem } from '../widget/src/kiosk/kiosk-queue.js';
import { syncQueue, type SyncableQueue } from '../widget/src/kiosk/kiosk-sync.js';
import { makePractice } from '../test/support/fixtures.js';
import { startHarness, type Harness } from '../test/support/harness.js';
import { signInAs } from '../test/support/staff.js';

const total = Number(process.argv[2] ?? 500);

class MemoryQueue implements SyncableQueue {
  readonly items = new Map<string, QueuedItem>();
  readonly aside: SetAsideItem[] = [];
  async waiting() {
    return [...this.items.values()].sort((a, b) => a.savedAt - b.savedAt || a.seq - b.seq);
  }
  async forget(ids: string[]) {
    for (const id of ids) this.items.delete(id);
  }
  async setAside(items: SetAsideItem[]) {
    for (const item of items) this.items.delete(item.body.submissionId);
    this.aside.push(...items);
  }
}

const COMMENTS = [
  'The receptionist was kind and found me an appointment the same day.',
  'Waited forty minutes past my appointment time with no explanation.',
  'Nurse was lovely, the waiting room was cold.',
  '',
];

function fill(queue: MemoryQueue, practice: string, tag: string): void {
  const weekAgo = Date.now() - 7 * 24 * 3_600_000;
  for (let n = 0; n < total; n++) {
    const text = `${COMMENTS[n % COMMENTS.length]} [${tag}-${n}]`;
    const body: KioskItem = {
      submissionId: randomUUID(),
      practiceCode: practice,
      rating: (['very-good', 'good', 'poor'] as const)[n % 3],
      comments: [{ question: 'good', text }],
      channel: 'kiosk',
      language: 'en',
      clientSubmittedAt: new Date(weekAgo + n * 60_000).toISOString(),
    };
    queue.items.set(body.submissionId, { body, savedAt: weekAgo + n * 60_000, seq: n });
  }
}

async function kioskCode(h: Harness, practice: string): Promise<string> {
  const admin = await signInAs(h, { role: 'icb-admin' });
  const res = await admin.post(`/api/v1/staff/practices/${practice}/access-codes`, {
    kind: 'kiosk',
    label: 'bench tablet',
  });
  if (res.status !== 201) throw new Error(`issuing a kiosk code: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.token;
}

async function lostAndDoubled(h: Harness, practice: string, tag: string) {
  const stored = await h.store.listFeedback({ practiceCode: practice, limit: total * 2 + 10 });
  const seen = new Map<string, number>();
  for (const r of stored) {
    const key = /\[(.*)\]$/.exec(r.comments[0]?.text ?? '')?.[1];
    if (key?.startsWith(tag)) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const lost = total - seen.size;
  const doubled = [...seen.values()].filter((c) => c > 1).length;
  return { stored: stored.length, lost, doubled };
}

const h = await startHarness({ practices: [makePractice('C82002')] });
try {
  // 1: a clean sync.
  {
    const practice = 'C82001';
    const queue = new MemoryQueue();
    fill(queue, practice, 'clean');
    const code = await kioskCode(h, practice);
    const t0 = performance.now();
    const end = await syncQueue(queue, { api: h.url, practice, code });
    const ms = performance.now() - t0;
    const check = await lostAndDoubled(h, practice, 'clean');
    process.stdout.write(
      `kiosk sync, clean: ${end.sent} of ${total} moved in one sync (${Math.ceil(total / 100)} requests) in ${ms.toFixed(0)} ms ` +
        `(${((ms / total) * 1000).toFixed(0)} µs per item); left queued ${queue.items.size}, set aside ${queue.aside.length}; ` +
        `stored ${check.stored}, lost ${check.lost}, doubled ${check.doubled}\n`,
    );
  }
  // 2: the connection drops half-way, then comes back.
  {
    const practice = 'C82002';
    const queue = new MemoryQueue();
    fill(queue, practice, 'dropped');
    const code = await kioskCode(h, practice);
    const half = Math.floor(Math.ceil(total / 100) / 2);
    let calls = 0;
    const flaky: typeof fetch = async (input, init) => {
      calls += 1;
      if (calls <= half) return fetch(input, init);
      if (calls === half + 1) {
        await (await fetch(input, init)).text(); // stored by the server, but the answer never arrives
        throw new TypeError('network connection was lost');
      }
      throw new TypeError('Failed to fetch');
    };
    const t0 = performance.now();
    const first = await syncQueue(queue, { api: h.url, practice, code, fetchImpl: flaky });
    const t1 = performance.now();
    const afterDrop = queue.items.size;
    const second = await syncQueue(queue, { api: h.url, practice, code });
    const t2 = performance.now();
    const check = await lostAndDoubled(h, practice, 'dropped');
    process.stdout.write(
      `kiosk sync, dropped half-way: first sync moved ${first.sent} then lost the connection (${first.kind}; ${afterDrop} still queued, ` +
        `one batch stored with its answer lost) in ${(t1 - t0).toFixed(0)} ms; the next sync moved ${second.sent} (${second.kind}) in ${(t2 - t1).toFixed(0)} ms; ` +
        `left queued ${queue.items.size}, set aside ${queue.aside.length}; stored ${check.stored}, lost ${check.lost}, doubled ${check.doubled}\n`,
    );
  }
} finally {
  await h.close();
}
