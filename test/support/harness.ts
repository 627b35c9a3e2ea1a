import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { NedbStore } from '../../backend/src/adapters/nedb/store.nedb.js';
import { InProcessJobQueue } from '../../backend/src/adapters/in-process/job-queue.in-process.js';
import { BullMqJobQueue } from '../../backend/src/adapters/bullmq/job-queue.bullmq.js';
import { createApp } from '../../backend/src/http/app.js';
import { createLogger, type Logger } from '../../backend/src/logger.js';
import type { JobHandler, JobQueue } from '../../backend/src/ports/job-queue.js';
import type { Store } from '../../backend/src/ports/store.js';
import type { Practice } from '../../backend/src/domain/practice.js';
import type { AbuseGuards } from '../../backend/src/abuse/abuse-guards.js';
import { makePractice } from './fixtures.js';
import { openStaffAdapters, type StaffAdapters } from '../../backend/src/staff-adapters.js';
import { FileMailer } from '../../backend/src/adapters/file-mail/mailer.file.js';
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from '../../backend/src/http/staff/staff-deps.js';
import { testGuards } from './guards.js';

export const STAFF_TOKEN = 'test-staff-token-0123456789';

export const silentLogger = createLogger('silent');

export const PRACTICE: Practice = makePractice('C82001', {
  name: 'South Leicestershire Medical Partnership',
  postcode: 'LE8 0LG',
  commissioner: '03W',
  allowedOrigins: ['https://www.southleicsmedical.example'],
});

export async function tempDir(prefix = 'yyg-test-'): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export interface Harness {
  url: string;
  store: Store;
  queue: JobQueue;
  /** Staff accounts, audit log and inbox, on the same embedded store. */
  staff: StaffAdapters;
  /** Where the file mailer writes `.eml` files (invitations and alerts). */
  outboxDir: string;
  /** The data directory (nedb files) of this harness. */
  dataDir: string;
  /** Move the staff side's clock (session timeouts, lock-outs) by this many milliseconds. */
  advanceClock(ms: number): void;
  /** Jobs the queue has delivered to the recording handler, when `record` is on. */
  jobs: string[];
  close(): Promise<void>;
}

/**
 * The real app over real HTTP on an ephemeral port, on the real embedded store in a fresh
 * temporary directory. The queue is the in-process adapter; with `record` its handler only
 * records job ids, so HTTP tests can see what was enqueued without processing it.
 */
export type QueueKind = 'in-process' | 'bullmq';

/**
 * The queue adapters the HTTP and end-to-end suites run on: always in-process, and BullMQ too
 * when `REDIS_URL` is set (`npm test` sets it once Redis answers).
 */
export function queueKinds(): QueueKind[] {
  return process.env.REDIS_URL ? ['in-process', 'bullmq'] : ['in-process'];
}

function makeQueue(kind: QueueKind): JobQueue {
  if (kind === 'in-process') return new InProcessJobQueue({ logger: silentLogger });
  return new BullMqJobQueue({ url: process.env.REDIS_URL!, prefix: `yyg-test-${randomUUID()}`, logger: silentLogger });
}

export interface HarnessOptions {
  queue?: QueueKind;
  handler?: JobHandler;
  /** Default: `testGuards()`. */
  guards?: AbuseGuards;
  publicUrl?: string;
  trustProxy?: number;
  /** Default: silent. */
  logger?: Logger;
  /** More practices besides `PRACTICE`. */
  practices?: Practice[];
  /** Session lifetimes and lock-out; default `DEFAULT_SESSION_POLICY`. */
  session?: Partial<SessionPolicy>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const temp = await tempDir();
  const store = await NedbStore.open({ dataDir: temp.dir });
  await store.upsertPractices([PRACTICE, ...(options.practices ?? [])]);
  const queue = makeQueue(options.queue ?? 'in-process');
  const jobs: string[] = [];
  queue.work({ 'process-feedback': options.handler ?? (async (job) => void jobs.push(job.id)) }, { concurrency: 2 });
  const staff = await openStaffAdapters(store, temp.dir);
  const outboxDir = path.join(temp.dir, 'outbox');
  const mailer = new FileMailer({ outboxDir, from: 'You and Your GP <no-reply@test.invalid>' });
  let clockOffset = 0;
  const app = createApp({
    store,
    queue,
    logger: options.logger ?? silentLogger,
    guards: options.guards ?? testGuards(),
    staff: {
      ...staff,
      mailer,
      session: { ...DEFAULT_SESSION_POLICY, ...options.session },
      now: () => new Date(Date.now() + clockOffset),
    },
    config: { staffToken: STAFF_TOKEN, publicUrl: options.publicUrl, trustProxy: options.trustProxy },
  });
  const server: Server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    queue,
    staff,
    outboxDir,
    dataDir: temp.dir,
    advanceClock(ms: number) {
      clockOffset += ms;
    },
    jobs,
    async close() {
      server.close();
      await staff.close();
      await mailer.close();
      if (queue instanceof BullMqJobQueue) await queue.obliterate();
      await queue.close();
      await store.close();
      await temp.remove();
    },
  };
}

/** POST JSON (or any raw string) and return status and parsed body. */
export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}
