import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { NedbAuditLog } from '../../backend/src/adapters/nedb/audit-log.nedb.js';
import { NedbStaffAccounts } from '../../backend/src/adapters/nedb/staff-accounts.nedb.js';
import { verifyPassword } from '../../backend/src/domain/staff/password.js';
import { tokenHash } from '../../backend/src/domain/staff/secret-token.js';
import { tempDir } from '../support/harness.js';
import { latestInvitation } from '../support/staff.js';

const CLI = path.resolve('backend/src/cli/create-admin.ts');
const PUBLIC_URL = 'https://feedback.example.nhs.uk';

/** Run the CLI as `npm run create-admin` does, against `dataDir` on the embedded store. */
function runCli(
  dataDir: string,
  args: string[],
  stdin = '',
  extraEnv: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PUBLIC_URL, LOG_LEVEL: 'silent', ...extraEnv };
  for (const name of ['MONGODB_URI', 'REDIS_URL', 'SMTP_URL']) delete env[name];
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdin.end(stdin);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe('npm run create-admin', function () {
  this.timeout(60_000);
  let temp: Awaited<ReturnType<typeof tempDir>>;
  beforeEach(async () => {
    temp = await tempDir('yyg-create-admin-');
  });
  afterEach(() => temp.remove());

  /** Open the data directory the CLI wrote to (after it exited: nedb files are one process's). */
  async function stored() {
    const accounts = await NedbStaffAccounts.open({ dataDir: temp.dir });
    const audit = await NedbAuditLog.open({ dataDir: temp.dir });
    return {
      accounts,
      audit,
      close: async () => {
        await accounts.close();
        await audit.close();
      },
    };
  }

  it('creates an invited ICB administrator, prints a one-time link, emails it, audits as cli, and refuses the email twice', async () => {
    const run = await runCli(temp.dir, ['--email', 'First.Admin@ICB.example', '--name', 'First Admin']);
    assert.equal(run.code, 0, run.stderr);
    const link = /(https:\/\/\S+\/staff\/#\/invite\/([A-Za-z0-9_-]{43}))/.exec(run.stdout);
    assert.ok(link, run.stdout);
    assert.ok(link[1].startsWith(`${PUBLIC_URL}/staff/#/invite/`));
    assert.ok(!run.stdout.includes('first.admin@icb.example'), 'the email address is not printed');
    const emailed = await latestInvitation(path.join(temp.dir, 'outbox'), 'first.admin@icb.example');
    assert.equal(emailed?.token, link[2], 'the same link went by email');

    const { accounts, audit, close } = await stored();
    try {
      const admin = await accounts.findUserByEmail('first.admin@icb.example');
      assert.ok(admin);
      assert.equal(admin.role, 'icb-admin');
      assert.equal(admin.status, 'invited');
      assert.equal(admin.passwordHash, null);
      assert.deepEqual(admin.practiceCodes, []);
      const invitation = await accounts.findInvitation(tokenHash(link[2]));
      assert.equal(invitation?.userId, admin.id);
      assert.equal(invitation?.invitedBy, 'cli');
      const [entry] = await audit.list({ practiceCodes: '*', limit: 10 });
      assert.equal(entry.actorId, 'cli');
      assert.equal(entry.action, 'user.invite');
      assert.equal(entry.targetId, admin.id);
      assert.ok(!JSON.stringify(entry).includes(link[2]), 'no token in the audit log');
    } finally {
      await close();
    }

    const again = await runCli(temp.dir, ['--email', 'first.admin@icb.example', '--name', 'Someone Else']);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /already exists/);
  });

  it('with --password-stdin, creates an active administrator with that password', async () => {
    const password = 'granite puffin lighthouse 19';
    const run = await runCli(
      temp.dir,
      ['--email', 'ops@icb.example', '--name', 'Ops Admin', '--password-stdin'],
      `${password}\n`,
    );
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /can sign in at https:\/\/feedback\.example\.nhs\.uk\/staff\//);
    assert.ok(!run.stdout.includes(password));
    const { accounts, audit, close } = await stored();
    try {
      const admin = await accounts.findUserByEmail('ops@icb.example');
      assert.equal(admin?.status, 'active');
      assert.equal(await verifyPassword(password, admin!.passwordHash), true);
      assert.equal(
        await verifyPassword(`${password}\n`, admin!.passwordHash),
        false,
        'the trailing newline is not part of it',
      );
      const [entry] = await audit.list({ practiceCodes: '*', limit: 10 });
      assert.deepEqual([entry.actorId, entry.action], ['cli', 'user.create']);
      assert.ok(!JSON.stringify(entry).includes('scrypt$'), 'no password hash in the audit log');
    } finally {
      await close();
    }
  });

  it('refuses a weak password, bad arguments and a bad configuration, creating nothing', async () => {
    const weak = await runCli(
      temp.dir,
      ['--email', 'a@icb.example', '--name', 'A', '--password-stdin'],
      'password1234\n',
    );
    assert.equal(weak.code, 1);
    assert.match(weak.stderr, /well-known/);
    const missing = await runCli(temp.dir, ['--email', 'a@icb.example']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /--name/);
    const notEmail = await runCli(temp.dir, ['--email', 'not an email', '--name', 'A']);
    assert.equal(notEmail.code, 2);
    const unknownOption = await runCli(temp.dir, ['--email', 'a@icb.example', '--name', 'A', '--role', 'x']);
    assert.equal(unknownOption.code, 2);
    const badConfig = await runCli(temp.dir, ['--email', 'a@icb.example', '--name', 'A'], '', { PORT: 'eighty' });
    assert.equal(badConfig.code, 78);
    assert.match(badConfig.stderr, /Configuration error: PORT/);
    const { accounts, close } = await stored();
    try {
      assert.equal(await accounts.countUsers(), 0);
    } finally {
      await close();
    }
  });
});
