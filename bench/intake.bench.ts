/**
 * Intake throughput: POST /api/v1/feedback against the real `npm start` program on the embedded
 * store (every 202 durable on disk), beside a bare Koa hello-world, in the same run on the same
 * machine. Each server runs in its own process; autocannon drives both from this one.
 *
 * Each submission carries a proof of work, as the widget's does. The patient's solving is not
 * what is measured here, so the bench mints challenges with the server's CHALLENGE_SECRET at
 * the lowest cost and pre-solves a pool of them; the server checks each exactly as in production
 * (two HMACs, then the spent-challenge set). Rate limits are raised out of the way.
 *
 *   npm run bench            (or: npx tsx bench/intake.bench.ts [seconds] [connections])
 */
import autocannon from 'autocannon';
import { randomBytes, randomUUID } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../backend/src/paths.js';
import { NedbStore } from '../backend/src/adapters/nedb/store.nedb.js';
import { ProofOfWork, type AltchaPayload } from '../backend/src/abuse/proof-of-work.js';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';

const seconds = Number(process.argv[2] ?? 10);
const connections = Number(process.argv[3] ?? 32);
const TOKEN = 'bench-staff-token-0123456789';
const CHALLENGE_SECRET = randomBytes(32).toString('base64url');
/** More solved challenges than the intake can take in the time: each one is single-use. */
const POOL_SIZE = seconds * 4000;
const UNLIMITED = '1000000000/1h';

async function start(script: string, env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return { url, child };
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function cannon(options: autocannon.Options): Promise<autocannon.Result> {
  return autocannon({ duration: seconds, connections, ...options });
}

const hello = await start('bench/hello-koa.ts', {});
const baseline = await cannon({ url: hello.url });
await stop(hello.child);

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'yyg-bench-'));
const minting = new ProofOfWork({ secret: CHALLENGE_SECRET, cost: 1, counterRange: [0, 1] });
const poolStarted = performance.now();
const pool: AltchaPayload[] = [];
while (pool.length < POOL_SIZE) {
  const batch = Array.from({ length: 200 }, async () => {
    const challenge = await minting.issue();
    return { challenge, solution: (await solveChallenge({ challenge, deriveKey }))! };
  });
  pool.push(...(await Promise.all(batch)));
}
const poolSeconds = (performance.now() - poolStarted) / 1000;
const app = await start('backend/src/main.ts', {
  DATA_DIR: dataDir,
  STAFF_TOKEN: TOKEN,
  CHALLENGE_SECRET,
  CHALLENGE_COST: '1',
  RATE_LIMIT_IP: UNLIMITED,
  RATE_LIMIT_PRACTICE: UNLIMITED,
});
const comments = [
  'The receptionist was kind and the doctor listened carefully.',
  'Could not get through on the phone at 8am, waited forty minutes.',
  null,
  'Nurse was lovely, explained my results clearly. Thank you.',
];
let n = 0;
const intake = await cannon({
  url: `${app.url}/api/v1/feedback`,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  requests: [
    {
      setupRequest: (request) => {
        const i = n++;
        return {
          ...request,
          body: JSON.stringify({
            submissionId: randomUUID(),
            practiceCode: 'C82001',
            rating: 'good',
            comment: comments[i % comments.length],
            channel: 'web',
            language: 'en',
            website: '',
            // Past the pool's end a spent challenge is sent again, and its 422 shows as an error.
            altcha: pool[Math.min(i, pool.length - 1)],
          }),
        };
      },
    },
  ],
});
const accepted = intake['2xx'];
await stop(app.child);
// Every acknowledged submission must be on disk: reopen the store the server wrote and count.
const store = await NedbStore.open({ dataDir });
const stored = (await store.listFeedback({ practiceCode: 'C82001', limit: Number.MAX_SAFE_INTEGER })).length;
await store.close();
await rm(dataDir, { recursive: true, force: true });

const row = (name: string, r: autocannon.Result) =>
  `${name.padEnd(34)} ${r.requests.average.toFixed(0).padStart(8)} req/s   p50 ${String(r.latency.p50).padStart(4)} ms   p99 ${String(r.latency.p99).padStart(4)} ms   errors ${r.errors + r.non2xx}`;
process.stdout.write(
  [
    `Intake benchmark: ${seconds} s per target, ${connections} connections, ${os.cpus().length} cores, Node ${process.version}`,
    row('bare Koa hello-world', baseline),
    row('POST /api/v1/feedback (embedded)', intake),
    `  with proof of work: ${pool.length} challenges minted at cost 1 with the server's secret and pre-solved in ${poolSeconds.toFixed(1)} s (not timed); rate limits raised to ${UNLIMITED}`,
    `intake / hello-world ratio: ${(intake.requests.average / baseline.requests.average).toFixed(3)}`,
    `acknowledged ${accepted}, found in store ${stored}${stored >= accepted ? '' : '  <-- LOST SUBMISSIONS'}`,
    '',
  ].join('\n'),
);
if (stored < accepted) process.exitCode = 1;
