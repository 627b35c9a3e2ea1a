import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { NedbStore } from '../../backend/src/adapters/nedb/store.nedb.js';
import { InProcessJobQueue } from '../../backend/src/adapters/in-process/job-queue.in-process.js';
import { UnrecoverableJobError } from '../../backend/src/domain/errors.js';
import { SentimentTagger } from '../../backend/src/domain/tag-sentiment.js';
import { processFeedbackJob } from '../../backend/src/jobs/process-feedback.job.js';
import { Sweeper } from '../../backend/src/jobs/sweeper.js';
import { silentLogger, tempDir } from '../support/harness.js';
import { makeFeedback } from '../support/fixtures.js';
import { waitFor } from '../support/wait.js';

const record = makeFeedback;
const said = (text: string) => [{ question: 'comment' as const, text }];

describe('process-feedback job', () => {
  let store: NedbStore;
  let remove: () => Promise<void>;
  const job = (id: string) => ({ name: 'process-feedback' as const, id, attempt: 1 });

  beforeEach(async () => {
    const temp = await tempDir();
    remove = temp.remove;
    store = await NedbStore.open({ dataDir: temp.dir });
  });
  afterEach(async () => {
    await store.close();
    await remove();
  });

  it('tags sentiment with score, comparative and label, and marks the record processed', async () => {
    const praise = record({
      rating: 'very-good',
      comments: said('Excellent care, the doctor was wonderful and kind.'),
    });
    const complaint = record({ rating: 'very-poor', comments: said('Terrible, rude and useless. Awful experience.') });
    await store.insertFeedback(praise);
    await store.insertFeedback(complaint);
    const run = processFeedbackJob({ store, tagger: new SentimentTagger() });
    await run(job(praise.id));
    await run(job(complaint.id));
    const tagged = await store.getFeedback(praise.id);
    assert.equal(tagged?.state, 'processed');
    assert.ok(tagged?.processedAt instanceof Date);
    assert.equal(tagged?.sentiment?.label, 'positive');
    assert.ok((tagged?.sentiment?.score ?? 0) > 0);
    const negative = await store.getFeedback(complaint.id);
    assert.equal(negative?.sentiment?.label, 'negative');
    assert.ok((negative?.sentiment?.comparative ?? 0) < 0);
  });

  it('leaves a rating without a comment untagged but processed', async () => {
    const bare = record({ comments: [] });
    await store.insertFeedback(bare);
    await processFeedbackJob({ store, tagger: new SentimentTagger() })(job(bare.id));
    const stored = await store.getFeedback(bare.id);
    assert.equal(stored?.state, 'processed');
    assert.equal(stored?.sentiment, null);
  });

  it('changes nothing when run a second time', async () => {
    const once = record();
    await store.insertFeedback(once);
    let clock = new Date('2026-01-01T10:00:00Z');
    const run = processFeedbackJob({ store, tagger: new SentimentTagger(), now: () => clock });
    await run(job(once.id));
    const first = await store.getFeedback(once.id);
    clock = new Date('2026-01-02T10:00:00Z');
    await run(job(once.id));
    assert.deepEqual(await store.getFeedback(once.id), first);
  });

  it('gives up at once, without retries, on an id that is not stored', async () => {
    const run = processFeedbackJob({ store, tagger: new SentimentTagger() });
    await assert.rejects(run(job(randomUUID())), UnrecoverableJobError);
  });

  it('processes, through the sweeper, a submission whose enqueue was lost in a crash', async () => {
    const orphan = record({ receivedAt: new Date(Date.now() - 10 * 60_000) });
    const fresh = record();
    await store.insertFeedback(orphan);
    await store.insertFeedback(fresh);
    const queue = new InProcessJobQueue({ logger: silentLogger });
    queue.work(
      { 'process-feedback': processFeedbackJob({ store, tagger: new SentimentTagger() }) },
      { concurrency: 2 },
    );
    const sweeper = new Sweeper({ store, queue, logger: silentLogger, afterMs: 60_000, intervalMs: 60_000 });
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
      await queue.close();
    }
  });
});
