import assert from 'node:assert/strict';
import { stat, readFile } from 'node:fs/promises';
import { DEMO_STAFF, randomDemoPassword, seedDemoStaff } from '../../backend/src/practices/demo-staff.js';
import { startHarness, type Harness } from '../support/harness.js';
import { createStaffUser, signIn } from '../support/staff.js';

describe('demo staff accounts for npm start', function () {
  this.timeout(30_000);
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.close());

  it('makes one active account per role on a fresh data directory, each able to sign in with the password', async () => {
    const demo = await seedDemoStaff(h.staff.accounts, h.staff.audit, h.dataDir, { password: 'demo staff passphrase' });
    assert.ok(demo?.created);
    assert.equal(demo.password, 'demo staff passphrase');
    assert.deepEqual(
      demo.users.map((u) => u.role),
      ['icb-admin', 'practice-manager', 'moderator', 'analyst', 'councillor'],
    );
    const pm = await h.staff.accounts.findUserByEmail('pm@demo.invalid');
    assert.deepEqual(pm?.practiceCodes, ['C82001']);
    assert.deepEqual((await h.staff.accounts.findUserByEmail('mod@demo.invalid'))?.practiceCodes, ['*']);
    for (const { email, role } of DEMO_STAFF) {
      const staff = await signIn(h.url, email, demo.password);
      assert.equal(staff.user.role, role);
    }
    const file = await stat(demo.file);
    assert.equal(file.mode & 0o777, 0o600, 'owner-readable only');
    assert.match(await readFile(demo.file, 'utf8'), /Password: demo staff passphrase/);
    const audited = await h.staff.audit.list({ practiceCodes: '*', actorId: 'system', limit: 10 });
    assert.equal(audited.filter((entry) => entry.action === 'user.create-demo').length, 5);
    assert.ok(!JSON.stringify(audited).includes('scrypt$'));
  });

  it('on a later start makes nothing new and gives back the same password from the file', async () => {
    const first = await seedDemoStaff(h.staff.accounts, h.staff.audit, h.dataDir);
    assert.match(first!.password, /^[a-z]+-[a-z]+-[a-z]+-\d{4}$/, 'three words and digits');
    const again = await seedDemoStaff(h.staff.accounts, h.staff.audit, h.dataDir, { password: 'another passphrase' });
    assert.deepEqual({ ...again, created: true }, first);
    assert.equal(again!.created, false);
    assert.equal(await h.staff.accounts.countUsers(), 5);
  });

  it('does nothing where real staff accounts exist', async () => {
    await createStaffUser(h, { role: 'icb-admin' });
    assert.equal(await seedDemoStaff(h.staff.accounts, h.staff.audit, h.dataDir), null);
    assert.equal(await h.staff.accounts.findUserByEmail('admin@demo.invalid'), null);
  });

  it('makes a different random password each time', () => {
    const passwords = new Set(Array.from({ length: 20 }, randomDemoPassword));
    assert.ok(passwords.size >= 19);
  });
});
