import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Ask the OS for a port nobody is listening on. */
export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Start the real backend (`node --import tsx backend/src/main.ts`) on a free port with a fresh
 * temporary DATA_DIR and a random staff token, and wait until `GET /healthz` answers 200.
 * Its output is kept, not printed, and shown only if it fails to start.
 * @returns {Promise<{ origin: string, staffToken: string, demoPassword: string, stop: () => Promise<void> }>}
 */
export async function startRealBackend({ cwd = process.cwd(), readyTimeoutMs = 30_000 } = {}) {
  const dataDir = await mkdtemp(join(tmpdir(), 'yyg-browser-tests-'));
  const port = await freePort();
  const staffToken = randomBytes(24).toString('hex');
  const demoPassword = `Browser-${randomBytes(12).toString('hex')}`;
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    STAFF_TOKEN: staffToken,
    // The demo accounts sign in with a password the tests know; no demo feedback to wade through.
    DEMO_STAFF_PASSWORD: demoPassword,
    DEMO_FEEDBACK: '0',
    // One browser sends every test's feedback from one address: budgets for a test run, not a crowd.
    RATE_LIMIT_IP: '10000/10m',
    RATE_LIMIT_PRACTICE: '10000/1h',
    RATE_LIMIT_CHALLENGE: '10000/10m',
  };
  // The browser tests need the embedded adapters only; never touch a shared database or mailbox.
  for (const name of ['MONGODB_URI', 'REDIS_URL', 'SMTP_URL']) delete env[name];

  const child = spawn(process.execPath, ['--import', 'tsx', 'backend/src/main.ts'], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${origin}/healthz`)).status === 200) return { origin, staffToken, demoPassword, stop };
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  await stop();
  throw new Error(`The backend did not become ready at ${origin}/healthz. Its output:\n${output}`);
}
