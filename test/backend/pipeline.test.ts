import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { BullMqJobQueue } from '../../backend/src/adapters/bullmq/job-queue.bullmq.js';
import { InProcessJobQueue } from '../../backend/src/adapters/in-process/job-queue.in-process.js';
import { NedbStore } from '../../backend/src/adapters/nedb/store.nedb.js';
import { SmtpMailer } from '../../backend/src/adapters/smtp/mailer.smtp.js';
import type { NewFeedback } from '../../backend/src/domain/feedback.js';
import { londonDate } from '../../backend/src/domain/london-time.js';
import { submitFeedback } from '../../backend/src/domain/submit-feedback.js';
import { DigestScheduler } from '../../backend/src/jobs/digest-scheduler.js';
import type { JobQueue, RetryPolicy } from '../../backend/src/ports/job-queue.js';
import { startWorker, type WorkerRuntime } from '../../backend/src/worker-runtime.js';
import { makePractice } from '../support/fixtures.js';
import { queueKinds, silentLogger, tempDir, type QueueKind } from '../support/harness.js';
import { TestSmtpServer } from '../support/smtp.js';
import { waitFor } from '../support/wait.js';

const PUBLIC_URL = 'https://feedback.example.nhs.uk';
const SAFEGUARDING = 'safeguarding@icb.example';
const RETRY: RetryPolicy = { attempts: 5, backoffMs: 50 };
const FLAGGED_WORDS = 'I want to kill myself. I cannot go on any more.';

function makeQueue(kind: QueueKind): JobQueue {
  if (kind === 'in-process') return new InProcessJobQueue({ logger: silentLogger, retry: RETRY });
  return new BullMqJobQueue({
    url: process.env.REDIS_URL!,
    prefix: `yyg-test-${randomUUID()}`,
    retry: RETRY,
    logger: silentLogger,
  });
}

function said(rating: NewFeedback['rating'], text: string, language = 'en'): NewFeedback {
  return {
    submissionId: randomUUID(),
    practiceCode: 'C82001',
    rating,
    comments: [{ question: 'comment', text }],
    aboutYou: null,
    contact: null,
    channel: 'web',
    language,
    clientSubmittedAt: null,
  };
}

for (const kind of queueKinds()) {
  describe(`processing pipeline on the ${kind} queue, the embedded store and a real SMTP peer`, function () {
    this.timeout(30_000);
    let store: NedbStore;
    let queue: JobQueue;
    let smtp: TestSmtpServer;
    let mailer: SmtpMailer;
    let worker: WorkerRuntime;
    let removeDir: () => Promise<void>;

    beforeEach(async () => {
      const temp = await tempDir();
      removeDir = temp.remove;
      store = await NedbStore.open({ dataDir: temp.dir });
      await store.upsertPractices([
        makePractice('C82001', {
          name: 'Wigston Central Surgery',
          contacts: [{ name: 'PM', email: 'pm@c82001.example' }],
        }),
      ]);
      queue = makeQueue(kind);
      smtp = new TestSmtpServer();
      mailer = new SmtpMailer({ smtpUrl: await smtp.start(), from: 'You and Your GP <no-reply@yyg.example>' });
      worker = startWorker(
        { store, queue, mailer, logger: silentLogger },
        {
          workerConcurrency: 4,
          sweepAfterMs: 60_000,
          sweepIntervalMs: 60_000,
          safeguardingEmail: SAFEGUARDING,
          digestHour: 7,
          publicUrl: PUBLIC_URL,
          port: 0,
        },
      );
    });
    afterEach(async () => {
      await worker.stop();
      if (queue instanceof BullMqJobQueue) await queue.obliterate();
      await queue.close();
      await mailer.close();
      await smtp.stop();
      await store.close();
      await removeDir();
    });

    it('tags, counts, alerts at once and digests once; redelivered jobs change nothing', async () => {
      smtp.refuseNext(451);
      const deps = { store, queue, logger: silentLogger };
      const praise = await submitFeedback(said('very-good', 'The nurse was lovely and explained everything.'), deps);
      const flagged = await submitFeedback(said('very-poor', FLAGGED_WORDS), deps);
      const polish = await submitFeedback(said('good', 'Lekarz był bardzo miły i wszystko mi wyjaśnił.', 'pl'), deps);
      const ids = [praise.id, flagged.id, polish.id];
      const all = async () => Promise.all(ids.map((id) => store.getFeedback(id)));
      await waitFor(async () => (await all()).every((r) => r?.state === 'processed'), 10_000, 'all processed');
      await waitFor(async () => (await store.getFeedback(flagged.id))?.alertSentAt != null, 10_000, 'the alert');
      assert.equal(smtp.refused, 1, 'sent after one refusal');

      const [alert] = smtp.received;
      assert.deepEqual(alert!.recipients, ['pm@c82001.example', SAFEGUARDING]);
      assert.ok(alert!.email.text?.includes(flagged.receipt));
      assert.ok(!alert!.raw.includes('kill myself'), 'never the words');
      const [p, f, pl] = await all();
      assert.equal(p?.tags?.sentiment?.label, 'positive');
      assert.ok(f?.tags?.flags.some((flag) => flag.kind === 'self-harm'));
      assert.equal(pl?.tags?.needsHumanReading, true);
      const today = londonDate(p!.receivedAt);
      const rollup = async () => (await store.listRollups({ practiceCodes: ['C82001'], from: today, to: today }))[0];
      await waitFor(async () => (await rollup())?.processed === 3, 5000, 'the roll-up');
      const counted = await rollup();
      assert.deepEqual([counted?.total, counted?.flagged, counted?.needsHumanReading], [3, 1, 1]);

      const records = await all();
      for (const id of ids) await queue.enqueue('process-feedback', id);
      await queue.enqueue('send-alert', flagged.id);
      await sleep(400);
      assert.deepEqual(await all(), records, 'the same records');
      assert.deepEqual(await rollup(), counted, 'the same roll-up');
      assert.equal(smtp.received.length, 1, 'one alert');

      const scheduler = new DigestScheduler({ store, queue, logger: silentLogger, digestHour: 0 });
      assert.equal(await scheduler.tick(), 1);
      const date = londonDate(new Date());
      await waitFor(async () => (await store.getDigest('C82001', date))?.state === 'sent', 10_000, 'the digest');
      assert.equal(await scheduler.tick(), 0, 'sent: not enqueued again');
      assert.equal(await new DigestScheduler({ store, queue, logger: silentLogger, digestHour: 0 }).tick(), 0);
      await queue.enqueue('send-digest', `C82001:${date}`);
      await sleep(300);
      assert.equal(smtp.received.length, 2, 'one alert and one digest');
      const digest = smtp.received[1]!;
      assert.deepEqual(digest.recipients, ['pm@c82001.example'], 'the digest is for the practice');
      assert.match(digest.email.text ?? '', /New feedback: 3\n[\s\S]*Flagged for a person to read: 1\n/);
    });
  });
}
