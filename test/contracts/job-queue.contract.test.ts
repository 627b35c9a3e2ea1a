import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { BullMqJobQueue, bullMqJobId } from '../../backend/src/adapters/bullmq/job-queue.bullmq.js';
import { InProcessJobQueue, type JobQueueLogger } from '../../backend/src/adapters/in-process/job-queue.in-process.js';
import { UnrecoverableJobError } from '../../backend/src/domain/errors.js';
import type { Job, JobHandler, JobQueue, RetryPolicy } from '../../backend/src/ports/job-queue.js';

/** A queue made for one test, and how to remove whatever it leaves behind once it is closed. */
export interface QueueUnderTest {
  queue: JobQueue;
  dispose(): Promise<void>;
}

export type MakeQueue = (retry: RetryPolicy) => Promise<QueueUnderTest>;

/** Failing handlers are expected here: keep their log lines out of the test output. */
const silentLogger: JobQueueLogger = { warn() {}, error() {} };
const RETRY: RetryPolicy = { attempts: 4, backoffMs: 10 };
/** Long enough for an adapter to have run a job it should not run (a duplicate, a retry). */
const SETTLE_MS = 250;

/** Records handler calls; `waitFor(n)` resolves once n calls have started. */
class Calls {
  readonly jobs: Job[] = [];
  readonly startedAt: number[] = [];
  private readonly waiters: { count: number; resolve: () => void }[] = [];

  record(job: Job): void {
    this.jobs.push(job);
    this.startedAt.push(performance.now());
    for (const waiter of this.waiters) if (waiter.count <= this.jobs.length) waiter.resolve();
  }

  async waitFor(count: number, timeoutMs = 5000): Promise<void> {
    if (this.jobs.length >= count) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      new Promise<void>((resolve) => this.waiters.push({ count, resolve })),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`expected ${count} handler calls, saw ${this.jobs.length}`)),
          timeoutMs,
        );
      }),
    ]).finally(() => clearTimeout(timer));
  }
}

/** A promise the test opens when it likes, to hold a handler in the middle of its run. */
function gate(): { wait: Promise<void>; open: () => void } {
  let open!: () => void;
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

/** The same cases for every JobQueue adapter: the behaviour the rest of the code relies on. */
export function describeJobQueueContract(name: string, makeQueue: MakeQueue): void {
  describe(`JobQueue contract: ${name}`, function () {
    let made: QueueUnderTest[] = [];

    async function newQueue(retry: RetryPolicy = RETRY): Promise<JobQueue> {
      const underTest = await makeQueue(retry);
      made.push(underTest);
      return underTest.queue;
    }

    function work(queue: JobQueue, handler: JobHandler, concurrency = 1): void {
      queue.work({ 'process-feedback': handler }, { concurrency });
    }

    afterEach(async function () {
      for (const { queue, dispose } of made) {
        await queue.close();
        await dispose();
      }
      made = [];
    });

    it('runs an enqueued job with its name, id and attempt 1', async function () {
      const queue = await newQueue();
      const calls = new Calls();
      work(queue, async (job) => calls.record(job));
      await queue.enqueue('process-feedback', 'fb-1');
      await queue.enqueue('process-feedback', 'practice:A81001:fb-2');
      await calls.waitFor(2);
      const seen = [...calls.jobs].sort((a, b) => a.id.localeCompare(b.id));
      assert.deepEqual(seen, [
        { name: 'process-feedback', id: 'fb-1', attempt: 1 },
        { name: 'process-feedback', id: 'practice:A81001:fb-2', attempt: 1 },
      ]);
    });

    it('runs each job name with its own handler, one id under two names as two jobs', async function () {
      const queue = await newQueue();
      const processed = new Calls();
      const alerted = new Calls();
      queue.work(
        { 'process-feedback': async (job) => processed.record(job), 'send-alert': async (job) => alerted.record(job) },
        { concurrency: 2 },
      );
      await queue.enqueue('process-feedback', 'fb-1');
      await queue.enqueue('send-alert', 'fb-1');
      // No handler for it here: fails at once, and the others are not held up.
      await queue.enqueue('send-digest', 'A81001:2026-04-01');
      await processed.waitFor(1);
      await alerted.waitFor(1);
      await sleep(SETTLE_MS);
      assert.deepEqual(processed.jobs, [{ name: 'process-feedback', id: 'fb-1', attempt: 1 }]);
      assert.deepEqual(alerted.jobs, [{ name: 'send-alert', id: 'fb-1', attempt: 1 }]);
    });

    it('runs a job once when it is enqueued twice while waiting', async function () {
      const queue = await newQueue();
      const calls = new Calls();
      await queue.enqueue('process-feedback', 'fb-1');
      await queue.enqueue('process-feedback', 'fb-1');
      work(queue, async (job) => calls.record(job));
      await calls.waitFor(1);
      await sleep(SETTLE_MS);
      assert.equal(calls.jobs.length, 1);
    });

    it('does not add a job again while it is running', async function () {
      const queue = await newQueue();
      const calls = new Calls();
      const release = gate();
      work(queue, async (job) => {
        calls.record(job);
        await release.wait;
      });
      await queue.enqueue('process-feedback', 'fb-1');
      await calls.waitFor(1);
      await queue.enqueue('process-feedback', 'fb-1');
      release.open();
      await sleep(SETTLE_MS);
      assert.equal(calls.jobs.length, 1);
    });

    it('runs a job again when it is enqueued after it finished', async function () {
      const queue = await newQueue();
      const calls = new Calls();
      const secondRun = gate();
      work(queue, async (job) => {
        calls.record(job);
        if (calls.jobs.length === 2) await secondRun.wait;
      });
      await queue.enqueue('process-feedback', 'fb-1');
      await calls.waitFor(1);
      // "Finished" is the queue's word, a moment after the handler returns: offer the job until it
      // runs. The second run is held open, so no offer can start a third.
      for (let tries = 0; calls.jobs.length < 2 && tries < 100; tries += 1) {
        await queue.enqueue('process-feedback', 'fb-1');
        await sleep(10);
      }
      secondRun.open();
      await sleep(SETTLE_MS);
      assert.deepEqual(
        calls.jobs.map((job) => job.attempt),
        [1, 1],
      );
    });

    it('retries a failing handler with exponential backoff until it succeeds', async function () {
      const queue = await newQueue({ attempts: 5, backoffMs: 25 });
      const calls = new Calls();
      work(queue, async (job) => {
        calls.record(job);
        if (job.attempt < 3) throw new Error('store not reachable');
      });
      await queue.enqueue('process-feedback', 'fb-1');
      await calls.waitFor(3);
      await sleep(SETTLE_MS);
      assert.deepEqual(
        calls.jobs.map((job) => job.attempt),
        [1, 2, 3],
      );
      const [first, second, third] = calls.startedAt as [number, number, number];
      // Delay before retry n is backoffMs * 2^(n-1); 2 ms of slack for timer rounding.
      assert.ok(second - first >= 25 - 2, `first retry came after ${second - first} ms`);
      assert.ok(third - second >= 50 - 2, `second retry came after ${third - second} ms`);
    });

    it('gives up after `attempts` runs, and the same job can then be enqueued again', async function () {
      const queue = await newQueue({ attempts: 3, backoffMs: 10 });
      const calls = new Calls();
      work(queue, async (job) => {
        calls.record(job);
        throw new Error('always fails');
      });
      await queue.enqueue('process-feedback', 'fb-1');
      await calls.waitFor(3);
      await sleep(SETTLE_MS);
      assert.deepEqual(
        calls.jobs.map((job) => job.attempt),
        [1, 2, 3],
      );
      // What the sweeper does for a submission still "received".
      await queue.enqueue('process-feedback', 'fb-1');
      await calls.waitFor(4);
      assert.equal(calls.jobs[3]!.attempt, 1);
    });

    it('does not retry a handler that throws UnrecoverableJobError', async function () {
      const queue = await newQueue();
      const calls = new Calls();
      work(queue, async (job) => {
        calls.record(job);
        throw new UnrecoverableJobError('feedback record does not exist');
      });
      await queue.enqueue('process-feedback', 'fb-1');
      await calls.waitFor(1);
      await sleep(SETTLE_MS);
      assert.equal(calls.jobs.length, 1);
    });

    it('never runs more jobs at once than the concurrency allows', async function () {
      const queue = await newQueue();
      const calls = new Calls();
      const done = new Calls();
      let inFlight = 0;
      let maxInFlight = 0;
      work(
        queue,
        async (job) => {
          calls.record(job);
          inFlight += 1;
          maxInFlight = Math.max(maxInFlight, inFlight);
          await sleep(40);
          inFlight -= 1;
          done.record(job);
        },
        3,
      );
      for (let i = 0; i < 9; i += 1) await queue.enqueue('process-feedback', `fb-${i}`);
      await done.waitFor(9);
      assert.equal(maxInFlight, 3);
    });

    it('keeps jobs enqueued before work() is called, and runs them once it is', async function () {
      const queue = await newQueue();
      const calls = new Calls();
      for (const id of ['fb-1', 'fb-2', 'fb-3']) await queue.enqueue('process-feedback', id);
      await sleep(50);
      work(queue, async (job) => calls.record(job), 2);
      await calls.waitFor(3);
      assert.deepEqual(calls.jobs.map((job) => job.id).sort(), ['fb-1', 'fb-2', 'fb-3']);
    });

    it('close() waits for the running job to finish', async function () {
      const queue = await newQueue();
      const calls = new Calls();
      let finished = false;
      work(queue, async (job) => {
        calls.record(job);
        await sleep(150);
        finished = true;
      });
      await queue.enqueue('process-feedback', 'fb-1');
      await calls.waitFor(1);
      await queue.close();
      assert.equal(finished, true);
    });

    it('close() does not wait for retries that are not due, and stops taking jobs', async function () {
      const queue = await newQueue({ attempts: 3, backoffMs: 60_000 });
      const calls = new Calls();
      work(queue, async (job) => {
        calls.record(job);
        throw new Error('store not reachable');
      });
      await queue.enqueue('process-feedback', 'fb-1');
      await calls.waitFor(1);
      await sleep(50);
      const started = performance.now();
      await queue.close();
      assert.ok(performance.now() - started < 2000, 'close() waited for a retry timer');
      await assert.rejects(queue.enqueue('process-feedback', 'fb-2'), /closed/);
      assert.equal(calls.jobs.length, 1);
    });

    it('ping() resolves while the queue is reachable', async function () {
      const queue = await newQueue();
      await queue.ping();
    });
  });
}

describeJobQueueContract('in-process', async (retry) => ({
  queue: new InProcessJobQueue({ retry, logger: silentLogger }),
  dispose: async () => {},
}));

/** Null when Redis answers PING at `url`, else why not. */
async function redisProblem(url: string): Promise<string | null> {
  const probe = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 1000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  let connectionError: Error | undefined;
  probe.on('error', (error: Error) => (connectionError ??= error));
  try {
    await probe.connect();
    await probe.ping();
    return null;
  } catch (error) {
    return (connectionError ?? (error as Error)).message;
  } finally {
    probe.disconnect();
  }
}

describe('BullMQ on Redis', function () {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const prefix = 'yyg-test';
  let admin: Redis | undefined;

  before(async function () {
    const problem = await redisProblem(url);
    if (problem !== null) {
      console.error(`SKIPPED: BullMQ contract: no Redis at ${url} (${problem})`);
      this.skip();
    }
    admin = new Redis(url);
  });

  after(async function () {
    await admin?.quit();
  });

  /** Obliterates the queue through a fresh connection (the tested one may be closed) and checks. */
  async function removeQueue(queueName: string): Promise<void> {
    const cleaner = new BullMqJobQueue({ url, queueName, prefix, logger: silentLogger });
    await cleaner.obliterate();
    await cleaner.close();
    const left = await admin!.keys(`${prefix}:${queueName}:*`);
    assert.deepEqual(left, [], 'the queue left keys behind in Redis');
  }

  describeJobQueueContract('BullMQ', async (retry) => {
    const queueName = `yyg-jobs-${randomUUID()}`;
    return {
      queue: new BullMqJobQueue({ url, queueName, prefix, retry, logger: silentLogger }),
      dispose: () => removeQueue(queueName),
    };
  });

  describe('BullMQ adapter', function () {
    it('puts only the record id in Redis, never other data', async function () {
      const queueName = `yyg-jobs-${randomUUID()}`;
      const queue = new BullMqJobQueue({ url, queueName, prefix, logger: silentLogger });
      try {
        const id = randomUUID();
        await queue.enqueue('process-feedback', id);
        const stored = await admin!.hgetall(`${prefix}:${queueName}:${bullMqJobId('process-feedback', id)}`);
        assert.equal(stored.data, JSON.stringify({ id }));
        assert.equal(stored.name, 'process-feedback');
      } finally {
        await queue.close();
        await removeQueue(queueName);
      }
    });

    it('ping() rejects when Redis cannot be reached', async function () {
      const queue = new BullMqJobQueue({ url: 'redis://127.0.0.1:1', logger: silentLogger });
      try {
        await assert.rejects(queue.ping());
      } finally {
        await queue.close();
      }
    });
  });
});
