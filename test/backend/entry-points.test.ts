import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { ROOT } from '../../backend/src/paths.js';

/** Run an entry point to its exit and return the code and what it printed. */
function runEntry(script: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: ROOT,
      env: { PATH: process.env.PATH!, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('entry points refuse a bad configuration at start-up', () => {
  it('npm start stops on a bad PORT with a message naming it', async () => {
    const { code, output } = await runEntry('backend/src/main.ts', { PORT: 'eighty' });
    assert.equal(code, 78);
    assert.match(output, /Configuration error: PORT must be a whole number/);
  });

  for (const [script, role] of [
    ['backend/src/api.ts', 'API'],
    ['backend/src/worker.ts', 'worker'],
  ]) {
    it(`the separate ${role} process needs MongoDB and Redis, and says so`, async () => {
      const { code, output } = await runEntry(script, {});
      assert.equal(code, 78);
      assert.match(output, new RegExp(`MONGODB_URI and REDIS_URL must be set for a separate ${role} process`));
    });
  }

  it('separate API processes need one CHALLENGE_SECRET between them, and say so', async () => {
    const { code, output } = await runEntry('backend/src/api.ts', {
      MONGODB_URI: 'mongodb://127.0.0.1:9/yyg',
      REDIS_URL: 'redis://127.0.0.1:9',
    });
    assert.equal(code, 78);
    assert.match(output, /CHALLENGE_SECRET must be set for separate API processes/);
  });
});
