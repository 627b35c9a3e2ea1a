import assert from 'node:assert/strict';
import { access, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { NedbInbox } from '../../backend/src/adapters/nedb/inbox.nedb.js';
import { NedbStore } from '../../backend/src/adapters/nedb/store.nedb.js';
import { DEMO_COMMENTS_PATH } from '../../backend/src/practices/demo-comments.js';
import { demoRating, seedDemoFeedback, seededRandom } from '../../backend/src/practices/seed-demo-feedback.js';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const DAY_MS = 24 * 60 * 60_000;

describe('seedDemoFeedback', function () {
  let dataDir: string;
  let store: NedbStore;

  // The demo comments ship in backend/data: a missing file is a failure, never a skip.
  before(async function () {
    await access(DEMO_COMMENTS_PATH);
  });

  beforeEach(async function () {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'yyg-seed-'));
    store = await NedbStore.open({ dataDir });
  });

  afterEach(async function () {
    await store?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('fills an empty practice with processed, tagged, varied feedback over the last 180 days', async function () {
    this.timeout(60_000);
    const result = await seedDemoFeedback(store, { practiceCode: 'C82001', count: 300, now: NOW });
    assert.deepEqual(result, { inserted: 300, skipped: null });

    const records = await store.listFeedback({ practiceCode: 'C82001', limit: 1000 });
    assert.equal(records.length, 300);
    assert.ok(records.every((record) => record.state === 'processed' && record.tags !== null));
    assert.ok(records.every((record) => record.tags!.redactedComments.length === record.comments.length));
    const oldest = Math.min(...records.map((record) => record.receivedAt.getTime()));
    const newest = Math.max(...records.map((record) => record.receivedAt.getTime()));
    assert.ok(newest <= NOW.getTime() && oldest >= NOW.getTime() - 181 * DAY_MS);
    assert.ok(newest - oldest > 150 * DAY_MS, 'spread over the months, not bunched');
    assert.ok(new Set(records.map((record) => record.rating)).size >= 4);
    assert.ok(new Set(records.map((record) => record.channel)).size >= 4);
    assert.ok(new Set(records.map((record) => record.tags!.sentiment?.label)).size >= 3);
    assert.ok(records.some((record) => record.tags!.themes.length > 0));
    for (const record of records.filter((r) => r.channel === 'paper' || r.channel === 'telephone')) {
      assert.ok(record.assistedBy, 'assisted channels say who helped');
    }
    // Flagged history is marked as alerted, so no burst of old alerts.
    assert.deepEqual(await store.listUnalerted({ processedBefore: NOW, limit: 10 }), []);

    // Roll-ups for the dashboards count the same records.
    const rollups = await store.listRollups({ practiceCodes: ['C82001'], from: '2025-01-01', to: '2026-12-31' });
    assert.equal(
      rollups.reduce((sum, rollup) => sum + rollup.total, 0),
      300,
    );

    // The inbox finds the real comments about a rude receptionist.
    const inbox = await NedbInbox.open({ dataDir, store });
    try {
      const page = await inbox.search({ practiceCodes: ['C82001'], text: 'rude receptionist', limit: 25 });
      assert.ok(page.total >= 2, `found ${page.total}`);
    } finally {
      await inbox.close();
    }
  });

  it('leaves a practice that has feedback alone, so a restart adds nothing', async function () {
    this.timeout(60_000);
    await seedDemoFeedback(store, { practiceCode: 'C82001', count: 20, now: NOW });
    assert.deepEqual(await seedDemoFeedback(store, { practiceCode: 'C82001', count: 20, now: NOW }), {
      inserted: 0,
      skipped: 'C82001 already has feedback',
    });
    assert.equal((await store.listFeedback({ practiceCode: 'C82001', limit: 100 })).length, 20);
  });

  it('says so, and writes nothing, when the comments file is not there', async function () {
    const datasetPath = path.join(dataDir, 'missing.csv');
    const result = await seedDemoFeedback(store, { practiceCode: 'C82001', now: NOW, datasetPath });
    assert.deepEqual(result, { inserted: 0, skipped: `no demo comments at ${datasetPath}` });
    assert.deepEqual(await store.listFeedback({ practiceCode: 'C82001', limit: 1 }), []);
  });
});

describe('demoRating', function () {
  it('keeps praise good and strong criticism poor', function () {
    const random = seededRandom('ratings');
    const praise = Array.from({ length: 200 }, () => demoRating(3, random));
    const criticism = Array.from({ length: 200 }, () => demoRating(-4, random));
    assert.ok(praise.every((rating) => rating === 'very-good' || rating === 'good'));
    assert.ok(criticism.every((rating) => rating === 'poor' || rating === 'very-poor'));
    assert.ok(new Set(praise).size === 2 && new Set(criticism).size === 2, 'varied within each');
  });
});
