/**
 * Job throughput: N stored submissions processed by the real `process-feedback` job (taggers,
 * mark processed, roll-up recount, alert for the flagged ones, sent by the real `send-alert` job
 * to the `.eml` outbox) on the real embedded store, through the in-process queue and then through
 * BullMQ on Redis, side by side in one run on the same machine.
 *
 * Comments are drawn from a small set shipped here (praise, complaints, mixed, Polish, personal
 * details, a few that are flagged), spread over practices and days so each practice-day holds a
 * realistic dozen or so. Storing them is not timed; enqueueing and processing are.
 *
 *   npx tsx bench/jobs.bench.ts [submissions] [concurrency] [practices] [days]
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { BullMqJobQueue } from '../backend/src/adapters/bullmq/job-queue.bullmq.js';
import { FileMailer } from '../backend/src/adapters/file-mail/mailer.file.js';
import { InProcessJobQueue } from '../backend/src/adapters/in-process/job-queue.in-process.js';
import { NedbStore } from '../backend/src/adapters/nedb/store.nedb.js';
import { FFT_RATINGS } from '../backend/src/domain/fft.js';
import type { FeedbackRecord } from '../backend/src/domain/feedback.js';
import { DEFAULT_DIRECTORY_FIELDS, DEFAULT_PRACTICE_SETTINGS } from '../backend/src/domain/practice.js';
import { newReceipt } from '../backend/src/domain/receipt.js';
import { processFeedbackJob } from '../backend/src/jobs/process-feedback.job.js';
import { sendAlertJob } from '../backend/src/jobs/send-alert.job.js';
import { createLogger } from '../backend/src/logger.js';
import type { JobQueue } from '../backend/src/ports/job-queue.js';

const submissions = Number(process.argv[2] ?? 2000);
const concurrency = Number(process.argv[3] ?? 4);
const practiceCount = Number(process.argv[4] ?? 10);
const days = Number(process.argv[5] ?? 14);
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const logger = createLogger('silent');

/** [language, what the patient wrote]: written for this bench, not taken from any real feedback. */
const COMMENTS: [string, string][] = [
  ['en', 'The receptionist was kind and found me an appointment the same day.'],
  ['en', 'Could not get through on the phone at 8am, I was in the queue for forty minutes.'],
  ['en', 'Dr Shah listened carefully and explained my blood test results clearly. Thank you.'],
  ['en', 'The nurse was lovely but the waiting room was cold and the wait was over an hour.'],
  ['en', 'Repeat prescription was not ready again, third time this month. Very frustrating.'],
  ['en', 'Booked online easily and the app reminded me. Great service.'],
  ['en', 'Nobody called me back about my referral and I still do not know what is happening.'],
  ['en', 'Please call me on 07700 900123, my NHS number is 943 476 5919, about my complaint.'],
  ['en', 'Staff were rude at the front desk and I felt like a nuisance.'],
  ['en', 'Everything was fine.'],
  ['en', 'I feel hopeless and I have been thinking about ending my life.'],
  ['en', 'My elderly father is left alone all day without food and nobody checks on him.'],
  ['pl', 'Lekarz był bardzo miły, ale na wizytę czekałem ponad godzinę.'],
  ['pl', 'Rejestracja przez telefon jest bardzo trudna, nikt nie odbiera.'],
  ['en', ''],
];

function practiceCode(i: number): string {
  return `B${String(81000 + i).padStart(5, '0')}`;
}

function submission(i: number): FeedbackRecord {
  const [language, text] = COMMENTS[i % COMMENTS.length]!;
  const day = i % days;
  const receivedAt = new Date(Date.UTC(2026, 2, 1 + day, 8 + (i % 10), i % 60));
  return {
    id: randomUUID(),
    submissionId: randomUUID(),
    receipt: newReceipt(),
    practiceCode: practiceCode(Math.floor(i / days) % practiceCount),
    rating: FFT_RATINGS[i % FFT_RATINGS.length]!,
    comments: text ? [{ question: 'comment', text }] : [],
    aboutYou: null,
    contact: null,
    channel: 'web',
    language,
    clientSubmittedAt: null,
    assistedBy: null,
    state: 'received',
    receivedAt,
    processedAt: null,
    tags: null,
    alertSentAt: null,
  };
}

interface Result {
  /** Submissions fully handled per second: processed, counted, and alerted if flagged. */
  perSecond: number;
  /** Jobs run per second: `process-feedback` and `send-alert` together. */
  jobsPerSecond: number;
  seconds: number;
  counted: number;
  alerts: number;
}

/** Store the submissions (not timed), then enqueue and process them all (timed). */
async function run(makeQueue: () => JobQueue, cleanUp: (queue: JobQueue) => Promise<void>): Promise<Result> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'yyg-jobs-bench-'));
  const store = await NedbStore.open({ dataDir: path.join(dir, 'data') });
  const mailer = new FileMailer({ outboxDir: path.join(dir, 'outbox'), from: 'Bench <no-reply@bench.example>' });
  const queue = makeQueue();
  try {
    const contacts = [{ name: 'Practice manager', email: 'pm@practice.example' }];
    await store.upsertPractices(
      Array.from({ length: practiceCount }, (_, i) => ({
        code: practiceCode(i),
        name: `Bench Surgery ${i}`,
        postcode: 'LE1 6TP',
        commissioner: '04C',
        ...structuredClone(DEFAULT_DIRECTORY_FIELDS),
        ...structuredClone(DEFAULT_PRACTICE_SETTINGS),
        contacts,
      })),
    );
    const records = Array.from({ length: submissions }, (_, i) => submission(i));
    for (const record of records) await store.insertFeedback(record);

    let done = 0;
    let alerts = 0;
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const processOne = processFeedbackJob({ store, queue });
    const alert = sendAlertJob({ store, mailer, logger, safeguardingEmail: null, publicUrl: 'http://localhost:3000' });
    queue.work(
      {
        'process-feedback': async (job) => {
          await processOne(job);
          if (++done === submissions) finish();
        },
        'send-alert': async (job) => {
          await alert(job);
          alerts += 1;
        },
      },
      { concurrency },
    );
    const started = performance.now();
    for (let i = 0; i < records.length; i += 200) {
      await Promise.all(records.slice(i, i + 200).map((record) => queue.enqueue('process-feedback', record.id)));
    }
    await finished;
    // The alerts enqueued by the last jobs may still be running: the clock stops when all are sent.
    while ((await store.listUnalerted({ processedBefore: new Date(8.64e15), limit: 1 })).length > 0) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const seconds = (performance.now() - started) / 1000;
    const rollups = await store.listRollups({
      practiceCodes: Array.from({ length: practiceCount }, (_, i) => practiceCode(i)),
      from: '2000-01-01',
      to: '2100-01-01',
    });
    return {
      perSecond: submissions / seconds,
      jobsPerSecond: (submissions + alerts) / seconds,
      seconds,
      counted: rollups.reduce((sum, day) => sum + day.processed, 0),
      alerts,
    };
  } finally {
    await cleanUp(queue);
    await queue.close();
    await mailer.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function redisAnswers(): Promise<boolean> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

const inProcess = await run(
  () => new InProcessJobQueue({ logger }),
  async () => {},
);
const bullmq = (await redisAnswers())
  ? await run(
      () => new BullMqJobQueue({ url: redisUrl, prefix: `yyg-bench-${randomUUID()}`, logger }),
      async (queue) => (queue as BullMqJobQueue).obliterate(),
    )
  : null;

const row = (name: string, r: Result) =>
  `${name.padEnd(22)} ${r.jobsPerSecond.toFixed(0).padStart(6)} jobs/s  (${r.perSecond.toFixed(0)} submissions/s: ${submissions} and ${r.alerts} alerts in ${r.seconds.toFixed(2)} s; roll-ups count ${r.counted})${r.counted === submissions ? '' : '  <-- MISCOUNTED'}`;
process.stdout.write(
  [
    `Job throughput: process-feedback on the embedded store, ${submissions} submissions over ${practiceCount} practices × ${days} days, concurrency ${concurrency}, ${os.cpus().length} cores, Node ${process.version}`,
    row('in-process queue', inProcess),
    bullmq ? row('BullMQ on Redis', bullmq) : `BullMQ on Redis        SKIPPED: no Redis answered at ${redisUrl}`,
    bullmq ? `BullMQ / in-process ratio: ${(bullmq.jobsPerSecond / inProcess.jobsPerSecond).toFixed(3)}` : '',
    '',
  ].join('\n'),
);
if (inProcess.counted !== submissions || (bullmq && bullmq.counted !== submissions)) process.exitCode = 1;
