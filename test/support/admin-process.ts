import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { ROOT } from '../../backend/src/paths.js';

/**
 * Make an ICB administrator in a data directory the way an operator does (`npm run create-admin
 * -- --password-stdin`), for tests that start the real server as a child process and then sign
 * in over HTTP. Run it before the server starts: the nedb files belong to one process.
 */
export async function createAdminIn(env: Record<string, string>): Promise<{ email: string; password: string }> {
  const email = `admin-${randomBytes(4).toString('hex')}@icb.test.invalid`;
  const password = `Test-${randomBytes(12).toString('base64url')}`;
  const cli = path.join(ROOT, 'backend', 'src', 'cli', 'create-admin.ts');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', cli, '--email', email, '--name', 'Test Admin', '--password-stdin'],
    {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'silent', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  child.stdin.end(`${password}\n`);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) throw new Error(`create-admin exited with ${code}:\n${output}`);
  return { email, password };
}
