import assert from 'node:assert/strict';
import { NedbStore } from '../../backend/src/adapters/nedb/store.nedb.js';
import { DigestScheduler } from '../../backend/src/jobs/digest-scheduler.js';
import type { JobName } from '../../backend/src/ports/job-queue.js';
import { silentLogger, tempDir } from '../support/harness.js';
import { makeFeedback, makePractice } from '../support/fixtures.js';

const contacts = [{ name: 'Practice manager', email: 'pm@surgery.example' }];

describe('digest scheduler', () => {
  let store: NedbStore;
  let remove: () => Promise<void>;
  let enqueued: string[];
  const queue = { enqueue: async (name: JobName, id: string) => void enqueued.push(`${name} ${id}`) };
  const scheduler = (now: string, digestHour = 7) =>
    new DigestScheduler({ store, queue, logger: silentLogger, digestHour, now: () => new Date(now) });

  beforeEach(async () => {
    const temp = await tempDir();
    remove = temp.remove;
    store = await NedbStore.open({ dataDir: temp.dir });
    enqueued = [];
    await store.upsertPractices([
      makePractice('C82001', { contacts }),
      makePractice('C82002', { contacts }),
      makePractice('C82003'),
    ]);
    // C82001 and C82003 had feedback overnight; C82002 had none.
    await store.insertFeedback(makeFeedback({ practiceCode: 'C82001', receivedAt: new Date('2026-06-01T22:00:00Z') }));
    await store.insertFeedback(makeFeedback({ practiceCode: 'C82003', receivedAt: new Date('2026-06-01T22:00:00Z') }));
  });
  afterEach(async () => {
    await store.close();
    await remove();
  });

  it('enqueues nothing before the hour, UK time', async () => {
    // 06:59 BST is 05:59 UTC.
    assert.equal(await scheduler('2026-06-02T05:59:00Z').tick(), 0);
    assert.deepEqual(enqueued, []);
  });

  it('enqueues, at or after the hour, the digests of practices with contacts and new feedback only', async () => {
    assert.equal(await scheduler('2026-06-02T06:00:00Z').tick(), 1);
    assert.deepEqual(enqueued, ['send-digest C82001:2026-06-02']);
    assert.equal(await scheduler('2026-06-02T20:30:00Z').tick(), 1, 'again later in the day, until it is sent');
    assert.equal(await scheduler('2026-06-02T23:30:00Z').tick(), 0, "00:30 BST: before the next day's hour");
  });

  it('follows the clocks: 07:00 in winter is 07:00 UTC', async () => {
    await store.insertFeedback(makeFeedback({ practiceCode: 'C82002', receivedAt: new Date('2026-01-14T20:00:00Z') }));
    assert.equal(await scheduler('2026-01-15T06:30:00Z').tick(), 0);
    assert.equal(await scheduler('2026-01-15T07:00:00Z').tick(), 1);
    assert.deepEqual(enqueued, ['send-digest C82002:2026-01-15']);
  });

  it('does not enqueue a digest already sent today, nor one with nothing new since the last', async () => {
    const owner = 'worker-1';
    const window = { practiceCode: 'C82001', owner, since: new Date('2026-06-01T06:00:00Z') };
    await store.claimDigest(
      { ...window, date: '2026-06-02', until: new Date('2026-06-02T06:00:00Z'), at: new Date('2026-06-02T06:00:00Z') },
      new Date(0),
    );
    await store.markDigestSent('C82001', '2026-06-02', owner, new Date('2026-06-02T06:00:01Z'));
    const ticking = scheduler('2026-06-02T07:00:00Z');
    assert.equal(await ticking.tick(), 0);
    assert.equal(await ticking.tick(), 0, 'remembered, without asking the store again');
    assert.equal(await scheduler('2026-06-03T07:00:00Z').tick(), 0, 'nothing arrived since');
    await store.insertFeedback(makeFeedback({ practiceCode: 'C82001', receivedAt: new Date('2026-06-02T12:00:00Z') }));
    assert.equal(await scheduler('2026-06-03T07:00:00Z').tick(), 1);
    assert.deepEqual(enqueued, ['send-digest C82001:2026-06-03']);
  });

  it('starts an unref’d timer and stops it', async () => {
    await store.insertFeedback(makeFeedback({ practiceCode: 'C82002', receivedAt: new Date() }));
    const ticking = new DigestScheduler({ store, queue, logger: silentLogger, digestHour: 0, intervalMs: 20 });
    ticking.start();
    const timer = (ticking as unknown as { timer: NodeJS.Timeout }).timer;
    assert.equal(timer.hasRef(), false, 'never keeps the process alive on its own');
    await new Promise((resolve) => setTimeout(resolve, 70));
    await ticking.stop();
    const count = enqueued.length;
    assert.ok(count >= 1, 'ticked while running');
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(enqueued.length, count, 'no tick after stop');
  });
});
