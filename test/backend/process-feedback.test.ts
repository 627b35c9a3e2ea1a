import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { NedbStore } from '../../backend/src/adapters/nedb/store.nedb.js';
import { InProcessJobQueue } from '../../backend/src/adapters/in-process/job-queue.in-process.js';
import { UnrecoverableJobError } from '../../backend/src/domain/errors.js';
import { londonDate } from '../../backend/src/domain/london-time.js';
import { processFeedbackJob } from '../../backend/src/jobs/process-feedback.job.js';
import { Sweeper } from '../../backend/src/jobs/sweeper.js';
import type { JobName, JobQueue } from '../../backend/src/ports/job-queue.js';
import type { Store } from '../../backend/src/ports/store.js';
import { silentLogger, tempDir } from '../support/harness.js';
import { flaggedTags, makeFeedback, makePractice } from '../support/fixtures.js';
import { waitFor } from '../support/wait.js';

const said = (text: string) => [{ question: 'comment' as const, text }];
const job = (id: string) => ({ name: 'process-feedback' as const, id, attempt: 1 });
/** 00:30 on 2 June in England (BST), still 1 June in UTC: counted on the English date. */
const JUNE_NIGHT = new Date('2026-06-01T23:30:00Z');

/** A queue that only records what was enqueued, and can refuse the next few enqueues. */
function recordingQueue(): JobQueue & { jobs: string[]; failNext: number } {
  return {
    jobs: [],
    failNext: 0,
    async enqueue(name: JobName, id: string) {
      if (this.failNext > 0) {
        this.failNext -= 1;
        throw new Error('queue unreachable');
      }
      this.jobs.push(`${name} ${id}`);
    },
    work() {},
    async ping() {},
    async close() {},
  };
}

/** The store, with its next `failures` calls of `method` failing as if the process died there. */
function failing(store: Store, method: keyof Store, failures = 1): Store {
  return new Proxy(store, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (property === method && failures > 0) {
        failures -= 1;
        return async () => {
          throw new Error(`${String(method)} failed`);
        };
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe('process-feedback job', () => {
  let store: NedbStore;
  let remove: () => Promise<void>;
  let queue: ReturnType<typeof recordingQueue>;
  const rollupOf = async (date: string, code = 'C82001') =>
    (await store.listRollups({ practiceCodes: [code], from: date, to: date }))[0];

  beforeEach(async () => {
    const temp = await tempDir();
    remove = temp.remove;
    store = await NedbStore.open({ dataDir: temp.dir });
    queue = recordingQueue();
  });
  afterEach(async () => {
    await store.close();
    await remove();
  });

  it('tags an English comment, marks it processed, and counts it on its English date', async () => {
    const praise = makeFeedback({
      rating: 'very-good',
      comments: said('Excellent care, the doctor was wonderful and kind.'),
      receivedAt: JUNE_NIGHT,
    });
    await store.insertFeedback(praise);
    await processFeedbackJob({ store, queue })(job(praise.id));
    const tagged = await store.getFeedback(praise.id);
    assert.equal(tagged?.state, 'processed');
    assert.ok(tagged?.processedAt instanceof Date);
    assert.equal(tagged?.tags?.language.code, 'en');
    assert.equal(tagged?.tags?.needsHumanReading, false);
    assert.equal(tagged?.tags?.sentiment?.label, 'positive');
    assert.deepEqual(tagged?.tags?.flags, []);
    assert.deepEqual(tagged?.comments, praise.comments, 'the original words are kept for the practice');
    const day = await rollupOf('2026-06-02');
    assert.equal(day?.total, 1);
    assert.equal(day?.ratings['very-good'], 1);
    assert.equal(day?.sentiment.positive, 1);
    assert.deepEqual(day?.languages, { en: 1 });
    assert.equal(await rollupOf('2026-06-01'), undefined);
    assert.deepEqual(queue.jobs, [], 'nothing to alert');
  });

  it('leaves a rating without a comment processed, with nothing to read or score', async () => {
    const bare = makeFeedback({ comments: [] });
    await store.insertFeedback(bare);
    await processFeedbackJob({ store, queue })(job(bare.id));
    const tags = (await store.getFeedback(bare.id))?.tags;
    assert.equal(tags?.sentiment, null);
    assert.equal(tags?.needsHumanReading, false);
    assert.deepEqual([tags?.themes, tags?.flags, tags?.redactedComments], [[], [], []]);
  });

  it('does not score a comment in another language: it is marked for a person to read', async () => {
    const polish = makeFeedback({
      language: 'pl',
      comments: said('Lekarz był bardzo miły i cierpliwy, ale na wizytę czekałem ponad godzinę w poczekalni.'),
    });
    await store.insertFeedback(polish);
    await processFeedbackJob({ store, queue })(job(polish.id));
    const tags = (await store.getFeedback(polish.id))?.tags;
    assert.equal(tags?.language.code, 'pl');
    assert.equal(tags?.needsHumanReading, true);
    assert.equal(tags?.sentiment, null);
    assert.deepEqual(tags?.themes, []);
    assert.equal((await rollupOf(londonDate(polish.receivedAt)))?.needsHumanReading, 1);
  });

  it('changes nothing when run a second time: same record, same roll-up, alert enqueued until sent', async () => {
    const flagged = makeFeedback({ receivedAt: new Date('2026-01-05T10:00:00Z') });
    await store.insertFeedback(flagged);
    let clock = new Date('2026-01-05T10:00:01Z');
    const run = processFeedbackJob({ store, queue, analyse: () => flaggedTags(), now: () => clock });
    await run(job(flagged.id));
    const record = await store.getFeedback(flagged.id);
    const day = await rollupOf('2026-01-05');
    assert.equal(day?.flagged, 1);
    assert.deepEqual(queue.jobs, [`send-alert ${flagged.id}`]);

    clock = new Date('2026-01-06T10:00:00Z');
    await store.markAlertSent(flagged.id, clock);
    await run(job(flagged.id));
    assert.deepEqual(await store.getFeedback(flagged.id), { ...record, alertSentAt: clock });
    assert.deepEqual(await rollupOf('2026-01-05'), day, 'not even rewritten');
    assert.deepEqual(queue.jobs, [`send-alert ${flagged.id}`], 'no second alert once one was sent');
  });

  it('heals on retry after dying between marking processed and counting, or before enqueueing the alert', async () => {
    const flagged = makeFeedback();
    await store.insertFeedback(flagged);
    const analyse = () => flaggedTags();
    await assert.rejects(
      processFeedbackJob({ store: failing(store, 'upsertRollup'), queue, analyse })(job(flagged.id)),
    );
    assert.equal((await store.getFeedback(flagged.id))?.state, 'processed');
    assert.equal(await rollupOf(londonDate(flagged.receivedAt)), undefined);

    queue.failNext = 1;
    await assert.rejects(processFeedbackJob({ store, queue, analyse })(job(flagged.id)), /queue unreachable/);
    assert.deepEqual(queue.jobs, []);
    await processFeedbackJob({ store, queue, analyse })(job(flagged.id));
    assert.equal((await rollupOf(londonDate(flagged.receivedAt)))?.flagged, 1);
    assert.deepEqual(queue.jobs, [`send-alert ${flagged.id}`]);
  });

  it('keeps the roll-up right when many jobs of one practice-day run at once', async () => {
    const receivedAt = new Date('2026-03-10T12:00:00Z');
    const records = Array.from({ length: 30 }, (_, i) =>
      makeFeedback({ receivedAt: new Date(receivedAt.getTime() + i), rating: i % 3 ? 'good' : 'poor' }),
    );
    for (const record of records) await store.insertFeedback(record);
    const run = processFeedbackJob({ store, queue, analyse: () => flaggedTags({ flags: [] }) });
    await Promise.all(records.map((record) => run(job(record.id))));
    const day = await rollupOf('2026-03-10');
    assert.equal(day?.total, 30);
    assert.equal(day?.processed, 30);
    assert.deepEqual([day?.ratings.good, day?.ratings.poor], [20, 10]);
  });

  it('gives up at once, without retries, on an id that is not stored', async () => {
    await assert.rejects(processFeedbackJob({ store, queue })(job(randomUUID())), UnrecoverableJobError);
  });

  it('processes, through the sweeper, a submission whose enqueue was lost in a crash', async () => {
    const orphan = makeFeedback({ receivedAt: new Date(Date.now() - 10 * 60_000) });
    const fresh = makeFeedback();
    await store.insertFeedback(orphan);
    await store.insertFeedback(fresh);
    const inProcess = new InProcessJobQueue({ logger: silentLogger });
    inProcess.work({ 'process-feedback': processFeedbackJob({ store, queue: inProcess }) }, { concurrency: 2 });
    const sweeper = new Sweeper({ store, queue: inProcess, logger: silentLogger, afterMs: 60_000, intervalMs: 60_000 });
    try {
      assert.equal(await sweeper.sweep(), 1, 'only the submission older than the cut-off is swept');
      await waitFor(
        async () => (await store.getFeedback(orphan.id))?.state === 'processed',
        5000,
        'the orphan to be processed',
      );
      assert.equal((await store.getFeedback(fresh.id))?.state, 'received');
      assert.equal(await sweeper.sweep(), 0, 'nothing left to sweep');
    } finally {
      await sweeper.stop();
      await inProcess.close();
    }
  });

  it('sweeps a flagged submission whose alert was never sent, once someone can receive it', async () => {
    const flagged = makeFeedback({ receivedAt: new Date(Date.now() - 60 * 60_000) });
    await store.insertFeedback(flagged);
    await store.markProcessed(flagged.id, flaggedTags(), new Date(Date.now() - 50 * 60_000));
    await store.upsertPractices([makePractice('C82001')]);
    const sweeper = (safeguardingEmail: string | null) =>
      new Sweeper({
        store,
        queue,
        logger: silentLogger,
        afterMs: 60_000,
        intervalMs: 60_000,
        alerts: { safeguardingEmail },
      });

    assert.equal(await sweeper(null).sweep(), 0, 'nobody to tell yet');
    assert.equal(await sweeper('safeguarding@icb.example').sweep(), 1, 'the ICB can be told');
    await store.upsertPractices([makePractice('C82001', { contacts: [{ name: 'PM', email: 'pm@c82001.example' }] })]);
    assert.equal(await sweeper(null).sweep(), 1, 'the practice can be told');
    assert.deepEqual(queue.jobs, [`send-alert ${flagged.id}`, `send-alert ${flagged.id}`]);
    await store.markAlertSent(flagged.id, new Date());
    assert.equal(await sweeper(null).sweep(), 0, 'sent: nothing left to sweep');
  });
});
