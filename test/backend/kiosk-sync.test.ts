import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import {
  clampClientTime,
  KIOSK_SYNC_MAX_ITEMS,
  KIOSK_SYNC_PER_MINUTE,
} from '../../backend/src/http/kiosk-sync.routes.js';
import { makePractice } from '../support/fixtures.js';
import { postJson, startHarness, type Harness } from '../support/harness.js';
import { signInAs, type SignedIn } from '../support/staff.js';

/** An ICB administrator, who may issue codes for every practice. */
async function staffOf(h: Harness): Promise<SignedIn> {
  return signInAs(h, { role: 'icb-admin' });
}

async function issueKioskCode(h: Harness, practice = 'C82001'): Promise<string> {
  const res = await (
    await staffOf(h)
  ).post(`/api/v1/staff/practices/${practice}/access-codes`, {
    kind: 'kiosk',
    label: 'Waiting room tablet',
  });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body.token;
}

function item(fields: Record<string, unknown> = {}) {
  return {
    submissionId: randomUUID(),
    practiceCode: 'C82001',
    rating: 'very-good',
    comments: [{ question: 'good', text: 'Kind receptionist' }],
    channel: 'kiosk',
    language: 'en',
    clientSubmittedAt: new Date(Date.now() - 60_000).toISOString(),
    ...fields,
  };
}

describe('kiosk sync: POST /api/v1/kiosk/:code/sync', () => {
  let h: Harness;
  let code: string;
  let sync: (items: unknown, practice?: string, auth?: string) => ReturnType<typeof postJson>;
  beforeEach(async () => {
    h = await startHarness({ practices: [makePractice('C82002')] });
    code = await issueKioskCode(h);
    sync = (items, practice = 'C82001', auth = `Kiosk ${code}`) =>
      postJson(`${h.url}/api/v1/kiosk/${practice}/sync`, { items }, auth ? { Authorization: auth } : {});
  });
  afterEach(() => h.close());

  it('answers 401 without a kiosk code, or with a wrong one, or with a helper code', async () => {
    assert.equal((await sync([item()], 'C82001', '')).status, 401);
    assert.equal((await sync([item()], 'C82001', 'Kiosk K-NOTAREALCODE')).status, 401);
    const helper = await (
      await staffOf(h)
    ).post('/api/v1/staff/practices/C82001/access-codes', { kind: 'helper', role: 'volunteer', label: 'Hub' });
    assert.equal((await sync([item()], 'C82001', `Helper ${helper.body.token}`)).status, 401);
    assert.equal((await sync([item()], 'C82001', `Kiosk ${helper.body.token}`)).status, 401);
    assert.equal((await h.store.listFeedback({ practiceCode: 'C82001', limit: 10 })).length, 0);
  });

  it('answers 403 for another practice’s kiosk', async () => {
    const res = await sync([item({ practiceCode: 'C82002' })], 'C82002');
    assert.equal(res.status, 403);
    assert.match(res.body.error.message, /C82001/);
  });

  it('stores the good items of a mixed batch and reports the bad ones, item by item, in order', async () => {
    const good1 = item();
    const bad1 = item({ rating: 'amazing' });
    const good2 = item({ comments: undefined, comment: 'Quick appointment' });
    const bad2 = item({ channel: 'web' });
    const bad3 = item({ practiceCode: 'C82002' });
    const res = await sync([good1, bad1, good2, bad2, bad3, 'nonsense']);
    assert.equal(res.status, 200);
    const results = res.body.results;
    assert.deepEqual(
      results.map((r: { status: number }) => r.status),
      [202, 422, 202, 422, 422, 422],
    );
    assert.equal(results[0].submissionId, good1.submissionId);
    assert.ok(results[0].id && results[0].receipt);
    assert.equal(results[1].error.fields[0].field, 'rating');
    assert.equal(results[3].error.fields[0].field, 'channel');
    assert.equal(results[4].error.fields[0].field, 'practiceCode');
    assert.equal(results[5].submissionId, null);
    const stored = await h.store.listFeedback({ practiceCode: 'C82001', limit: 10 });
    assert.deepEqual(stored.map((r) => r.submissionId).sort(), [good1.submissionId, good2.submissionId].sort());
    assert.ok(stored.every((r) => r.channel === 'kiosk'));
  });

  it('needs no proof of work, and is not held to the per-network limit', async () => {
    const items = Array.from({ length: 40 }, () => item());
    const res = await sync(items);
    assert.equal(res.status, 200);
    assert.ok(res.body.results.every((r: { status: number }) => r.status === 202));
  });

  it('is idempotent: a replayed batch is answered as before and stored once', async () => {
    const items = Array.from({ length: 5 }, () => item());
    const first = await sync(items);
    const again = await sync([...items, item()]);
    assert.deepEqual(again.body.results.slice(0, 5), first.body.results);
    assert.equal((await h.store.listFeedback({ practiceCode: 'C82001', limit: 50 })).length, 6);
  });

  it('reports a submissionId reused for different content as 409, storing nothing new', async () => {
    const one = item();
    await sync([one]);
    const res = await sync([{ ...one, rating: 'poor' }]);
    assert.equal(res.body.results[0].status, 409);
  });

  it('keeps a wrong device clock beside the server’s receivedAt, clamping future times to it', async () => {
    const past = item({ clientSubmittedAt: '2019-01-01T09:00:00.000Z' });
    const future = item({ clientSubmittedAt: '2099-06-01T09:00:00.000+01:00' });
    const none = item({ clientSubmittedAt: undefined });
    const before = Date.now();
    const res = await sync([past, future, none]);
    assert.ok(res.body.results.every((r: { status: number }) => r.status === 202));
    const byId = new Map(
      (await h.store.listFeedback({ practiceCode: 'C82001', limit: 10 })).map((r) => [r.submissionId, r]),
    );
    const p = byId.get(past.submissionId)!;
    const f = byId.get(future.submissionId)!;
    assert.equal(p.clientSubmittedAt?.toISOString(), '2019-01-01T09:00:00.000Z');
    assert.ok(p.receivedAt.getTime() >= before - 1000 && p.receivedAt.getTime() <= Date.now());
    assert.ok(f.clientSubmittedAt!.getTime() <= f.receivedAt.getTime());
    assert.ok(f.clientSubmittedAt!.getTime() >= before - 1000);
    assert.equal(byId.get(none.submissionId)!.clientSubmittedAt, null);
    const now = new Date('2026-01-01T00:00:00Z');
    assert.equal(clampClientTime(new Date('2030-01-01T00:00:00Z'), now), now);
  });

  it('refuses a batch over the item limit, a body over the size limit, and a body without items', async () => {
    const tooMany = await sync(Array.from({ length: KIOSK_SYNC_MAX_ITEMS + 1 }, () => item()));
    assert.equal(tooMany.status, 422);
    assert.equal(tooMany.body.error.fields[0].field, 'items');
    const huge = await postJson(
      `${h.url}/api/v1/kiosk/C82001/sync`,
      { items: [item({ comments: [{ question: 'good', text: 'x'.repeat(1_100_000) }] })] },
      { Authorization: `Kiosk ${code}` },
    );
    assert.equal(huge.status, 413);
    const noItems = await postJson(
      `${h.url}/api/v1/kiosk/C82001/sync`,
      { things: [] },
      { Authorization: `Kiosk ${code}` },
    );
    assert.equal(noItems.status, 422);
    assert.equal((await h.store.listFeedback({ practiceCode: 'C82001', limit: 10 })).length, 0);
  });

  it('limits each kiosk to its own budget of sync requests a minute, with Retry-After', async () => {
    for (let n = 0; n < KIOSK_SYNC_PER_MINUTE; n++) assert.equal((await sync([])).status, 200);
    const refused = await sync([item()]);
    assert.equal(refused.status, 429);
    assert.ok(Number(refused.headers.get('retry-after')) >= 1);
    // Another tablet of the same practice has its own budget.
    const other = await issueKioskCode(h);
    assert.equal((await sync([item()], 'C82001', `Kiosk ${other}`)).status, 200);
  });

  it('takes a full batch of 100 long submissions within the body limit', async () => {
    const items = Array.from({ length: 100 }, () =>
      item({
        comments: [
          { question: 'good', text: 'é'.repeat(2000) },
          { question: 'better', text: 'w'.repeat(2000) },
        ],
      }),
    );
    const res = await sync(items);
    assert.equal(res.status, 200);
    assert.equal(res.body.results.filter((r: { status: number }) => r.status === 202).length, 100);
  });
});

describe('kiosk page: /kiosk/:code', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.close());

  it('serves the page under the strict CSP, with its manifest, icon and bundle', async () => {
    const res = await fetch(`${h.url}/kiosk/c82001`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    const html = await res.text();
    assert.match(html, /<yyg-kiosk practice="C82001">/);
    assert.match(html, /rel="manifest" href="\/kiosk\/C82001\/manifest.webmanifest"/);
    assert.doesNotMatch(html, /<script>|<style|style=/);
    const manifest = await fetch(`${h.url}/kiosk/C82001/manifest.webmanifest`);
    assert.match(manifest.headers.get('content-type') ?? '', /application\/manifest\+json/);
    const body = await manifest.json();
    assert.equal(body.start_url, '/kiosk/C82001');
    assert.equal(body.icons[0].type, 'image/svg+xml');
    assert.equal((await fetch(`${h.url}/kiosk/C82001/icon.svg`)).headers.get('content-type'), 'image/svg+xml');
    assert.equal((await fetch(`${h.url}/kiosk/X99999`)).status, 404);
  });

  it('serves a service worker allowed the scope /kiosk/CODE that precaches the bundle, its chunks and the settings', async () => {
    const res = await fetch(`${h.url}/kiosk/C82001/sw.js`);
    // A missing build is a failure with advice, not a silent skip: npm test builds first.
    assert.notEqual(res.status, 503, 'the kiosk bundle is not built: run "npm run build" first (npm test does)');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('service-worker-allowed'), '/kiosk/C82001');
    const sw = await res.text();
    const config = JSON.parse(/const CONFIG = (.*);/.exec(sw)![1]);
    assert.ok(config.fresh.includes('/kiosk/C82001'));
    assert.ok(config.fresh.includes('/api/v1/practices/C82001'));
    assert.ok(config.assets.includes('/kiosk-app/kiosk.js'));
    assert.ok(config.assets.some((a: string) => /^\/kiosk-app\/chunks\/pl-.*\.js$/.test(a)));
    for (const asset of config.assets) assert.equal((await fetch(`${h.url}${asset}`)).status, 200, asset);
  });
});
