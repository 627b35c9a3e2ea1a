/**
 * `npm test`: build, start what can be started (Redis), run the mocha suites and the browser
 * suites, and end with one line of totals. Anything skipped is said loudly; under CI=true a
 * missing Redis or Chromium is a failure, since only the MongoDB run may be skipped there.
 */
import { spawn } from 'node:child_process';
import { chromiumPath } from '../test/support/chromium.js';
import { ensureRedis } from './services.js';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

const ci = process.env.CI === 'true';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const totals: Counts = { passed: 0, failed: 0, skipped: 0 };
const warnings: string[] = [];

function loud(line: string): void {
  warnings.push(line);
  process.stderr.write(`\n*** ${line}\n\n`);
}

/** Run a command, echo its output, and hand the output back for counting. */
function run(
  command: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function stripColours(output: string): string {
  // eslint-disable-next-line no-control-regex
  return output.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
}

function count(pattern: RegExp, output: string): number {
  return [...stripColours(output).matchAll(pattern)].reduce((sum, m) => sum + Number(m[1]), 0);
}

function last(pattern: RegExp, output: string): [number, number] {
  const matches = [...stripColours(output).matchAll(pattern)];
  const final = matches[matches.length - 1];
  return final ? [Number(final[1]), Number(final[2])] : [0, 0];
}

const redis = await ensureRedis(redisUrl);
if (redis.ok) process.stdout.write(`${redis.note}\n`);
else loud(`SKIPPED: BullMQ tests: ${redis.note}`);
const chromium = chromiumPath();
if (!chromium)
  loud('SKIPPED: browser and end-to-end tests: no Chromium (apt-get install chromium, or set CHROME_PATH)');
if (ci && (!redis.ok || !chromium)) {
  process.stderr.write('CI must run everything but MongoDB: install Redis and Chromium (see .ci/run)\n');
  process.stdout.write('0 passed, 1 failed\n');
  process.exit(1);
}

const build = await run('npm', ['run', '--silent', 'build']);
if (build.code !== 0) {
  process.stdout.write('build failed\n0 passed, 1 failed\n');
  process.exit(1);
}

// With no Redis, REDIS_URL stays unset so the suites run on the in-process queue and in-memory
// guards only, and the BullMQ contract suite says it skipped.
/** Every mocha suite (kept out of .mocharc.json so `npx mocha <file>` runs just that file). */
const MOCHA_SPECS = [
  'test/backend/**/*.test.ts',
  'test/contracts/**/*.test.ts',
  'test/build/**/*.test.ts',
  'test/e2e/**/*.test.ts',
];
const mocha = await run('npx', ['mocha', '--reporter', 'dot', ...MOCHA_SPECS], redis.ok ? { REDIS_URL: redisUrl } : {});
totals.passed += count(/(\d+) passing/g, mocha.output);
totals.failed += count(/(\d+) failing/g, mocha.output);
totals.skipped += count(/(\d+) pending/g, mocha.output);
for (const line of mocha.output.split('\n'))
  if (line.includes('SKIPPED:')) warnings.push(line.slice(line.indexOf('SKIPPED:')));
if (mocha.code !== 0 && count(/(\d+) failing/g, mocha.output) === 0) totals.failed += 1;

if (chromium) {
  const wtr = await run('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs'], {
    CHROME_PATH: chromium,
  });
  // The runner redraws its progress line; the last one holds the totals.
  const [passed, failed] = last(/(\d+) passed, (\d+) failed/g, wtr.output);
  totals.passed += passed;
  totals.failed += failed;
  if (wtr.code !== 0 && failed === 0) totals.failed += 1;
}

for (const line of warnings) process.stderr.write(`*** ${line}\n`);
process.stdout.write(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(totals.failed > 0 ? 1 : 0);
