import assert from 'node:assert/strict';
import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { MongoStaffAccounts } from '../../backend/src/adapters/mongo/staff-accounts.mongo.js';
import { NedbStaffAccounts } from '../../backend/src/adapters/nedb/staff-accounts.nedb.js';
import { ConflictError, NotFoundError } from '../../backend/src/domain/errors.js';
import type { StaffInvitation, StaffSession, StaffUser } from '../../backend/src/domain/staff/roles.js';
import type { StaffAccounts } from '../../backend/src/ports/staff-accounts.js';
import { mongoForSuite } from '../support/mongodb.js';

const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000);

let users = 0;
function user(fields: Partial<StaffUser> = {}): StaffUser {
  users += 1;
  return {
    id: `user-${users}`,
    email: `person${users}@surgery.example`,
    name: `Person ${users}`,
    role: 'practice-manager',
    practiceCodes: ['C82001'],
    status: 'active',
    passwordHash: 'scrypt$32768$8$1$c2FsdA$aGFzaA',
    failedSignIns: 0,
    lockedUntil: null,
    createdAt: at(0),
    updatedAt: at(0),
    lastSignInAt: null,
    ...fields,
  };
}

function session(userId: string, tokenHash: string, fields: Partial<StaffSession> = {}): StaffSession {
  return {
    tokenHash,
    userId,
    csrfToken: `csrf-${tokenHash}`,
    createdAt: at(0),
    lastSeenAt: at(0),
    expiresAt: at(12 * 60),
    ip: '192.0.2.1',
    ...fields,
  };
}

function invitation(userId: string, tokenHash: string, fields: Partial<StaffInvitation> = {}): StaffInvitation {
  return {
    tokenHash,
    userId,
    invitedBy: 'admin-1',
    createdAt: at(0),
    expiresAt: at(7 * 24 * 60),
    usedAt: null,
    ...fields,
  };
}

interface AccountsFixture {
  accounts: StaffAccounts;
  /** The same storage opened again (a restart, or another API process). */
  reopen(): Promise<StaffAccounts>;
  dispose(): Promise<void>;
}

/**
 * The StaffAccounts port's contract: the same cases for every adapter; `make` runs once per test.
 * `shared`: two opens of the same storage are two live views of it (MongoDB, many processes);
 * nedb files belong to one process, so that case does not apply to them.
 */
function describeStaffAccountsContract(name: string, make: () => Promise<AccountsFixture>, shared: boolean): void {
  describe(`${name} honours the staff accounts contract`, function () {
    let fixture: AccountsFixture | undefined;
    let accounts: StaffAccounts;
    beforeEach(async function () {
      fixture = await make();
      accounts = fixture.accounts;
    });
    afterEach(async function () {
      await fixture?.dispose();
      fixture = undefined;
    });

    it('stores a user and finds it by id and by email in any case, dates as Dates, nulls kept', async function () {
      const stored = user({ email: 'Jo.Bloggs@Surgery.Example' });
      await accounts.createUser(stored);
      const expected = { ...stored, email: 'jo.bloggs@surgery.example' };
      const byId = await accounts.getUser(stored.id);
      assert.deepEqual(byId, expected);
      assert.ok(byId!.createdAt instanceof Date && byId!.updatedAt instanceof Date);
      assert.deepEqual(await accounts.findUserByEmail('JO.BLOGGS@surgery.example'), expected);
      assert.equal(await accounts.getUser('no-such-user'), null);
      assert.equal(await accounts.findUserByEmail('nobody@surgery.example'), null);
    });

    it('refuses a second user with the same email, whatever its case (ConflictError)', async function () {
      await accounts.createUser(user({ email: 'same@surgery.example' }));
      await assert.rejects(accounts.createUser(user({ email: 'SAME@surgery.example' })), ConflictError);
      assert.equal(await accounts.countUsers(), 1);
    });

    it('creates exactly one of 10 concurrent users with one email', async function () {
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, () => accounts.createUser(user({ email: 'race@surgery.example' }))),
      );
      assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
      for (const r of results) if (r.status === 'rejected') assert.ok(r.reason instanceof ConflictError);
      assert.equal(await accounts.countUsers(), 1);
    });

    it('lists users by email and counts them', async function () {
      for (const email of ['c@x.example', 'a@x.example', 'b@x.example']) await accounts.createUser(user({ email }));
      assert.deepEqual(
        (await accounts.listUsers()).map((u) => u.email),
        ['a@x.example', 'b@x.example', 'c@x.example'],
      );
      assert.equal(await accounts.countUsers(), 3);
    });

    it('replaces a user on update, keeps Dates, refuses an unknown id and a taken email', async function () {
      const first = user();
      const second = user();
      await accounts.createUser(first);
      await accounts.createUser(second);
      const locked = { ...first, failedSignIns: 5, lockedUntil: at(15), lastSignInAt: at(1), name: 'Renamed' };
      await accounts.updateUser(locked);
      const stored = await accounts.getUser(first.id);
      assert.deepEqual(stored, locked);
      assert.ok(stored!.lockedUntil instanceof Date && stored!.lastSignInAt instanceof Date);
      await assert.rejects(accounts.updateUser(user({ id: 'no-such-user' })), NotFoundError);
      await assert.rejects(accounts.updateUser({ ...second, email: first.email }), ConflictError);
      assert.deepEqual(await accounts.getUser(second.id), second);
    });

    it('stores, touches and deletes a session by its token hash', async function () {
      const s = session('user-a', 'hash-a');
      await accounts.createSession(s);
      assert.deepEqual(await accounts.getSession('hash-a'), s);
      await accounts.touchSession('hash-a', at(5));
      const touched = await accounts.getSession('hash-a');
      assert.ok(touched!.lastSeenAt instanceof Date);
      assert.deepEqual(touched, { ...s, lastSeenAt: at(5) });
      await accounts.touchSession('no-such-hash', at(6));
      await accounts.deleteSession('hash-a');
      assert.equal(await accounts.getSession('hash-a'), null);
      await accounts.deleteSession('hash-a');
    });

    it("ends every session of one user and no one else's", async function () {
      await accounts.createSession(session('user-a', 'a1'));
      await accounts.createSession(session('user-a', 'a2'));
      await accounts.createSession(session('user-b', 'b1'));
      assert.equal(await accounts.deleteSessionsOfUser('user-a'), 2);
      assert.equal(await accounts.getSession('a1'), null);
      assert.equal(await accounts.getSession('a2'), null);
      assert.ok(await accounts.getSession('b1'));
      assert.equal(await accounts.deleteSessionsOfUser('user-a'), 0);
    });

    it('deletes sessions past their absolute expiry only', async function () {
      await accounts.createSession(session('user-a', 'ended', { expiresAt: at(10) }));
      await accounts.createSession(session('user-a', 'live', { expiresAt: at(30) }));
      assert.equal(await accounts.deleteExpiredSessions(at(20)), 1);
      assert.equal(await accounts.getSession('ended'), null);
      assert.ok(await accounts.getSession('live'));
    });

    it('stores an invitation and lets it be used once', async function () {
      const inv = invitation('user-a', 'invite-1');
      await accounts.createInvitation(inv);
      assert.deepEqual(await accounts.findInvitation('invite-1'), inv);
      assert.equal(await accounts.useInvitation('invite-1', at(3)), true);
      assert.equal(await accounts.useInvitation('invite-1', at(4)), false);
      const used = await accounts.findInvitation('invite-1');
      assert.ok(used!.usedAt instanceof Date);
      assert.deepEqual(used, { ...inv, usedAt: at(3) });
      assert.equal(await accounts.useInvitation('no-such-invite', at(5)), false);
      assert.equal(await accounts.findInvitation('no-such-invite'), null);
    });

    it('lets exactly one of 20 concurrent callers use an invitation', async function () {
      await accounts.createInvitation(invitation('user-a', 'invite-race'));
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => accounts.useInvitation('invite-race', at(i))),
      );
      assert.equal(results.filter(Boolean).length, 1);
    });

    if (shared) {
      it('lets exactly one of two stores on the same storage (two API processes) use an invitation', async function () {
        await accounts.createInvitation(invitation('user-a', 'invite-shared'));
        const other = await fixture!.reopen();
        const results = await Promise.all([
          accounts.useInvitation('invite-shared', at(1)),
          other.useInvitation('invite-shared', at(1)),
        ]);
        assert.deepEqual(results.filter(Boolean), [true]);
      });
    }

    it('keeps everything across a reopen', async function () {
      const u = user();
      await accounts.createUser(u);
      await accounts.createSession(session(u.id, 'kept'));
      await accounts.createInvitation(invitation(u.id, 'kept-invite'));
      await accounts.useInvitation('kept-invite', at(2));
      await accounts.close();
      const reopened = await fixture!.reopen();
      assert.deepEqual(await reopened.getUser(u.id), u);
      assert.deepEqual(await reopened.getSession('kept'), session(u.id, 'kept'));
      assert.deepEqual((await reopened.findInvitation('kept-invite'))?.usedAt, at(2));
    });
  });
}

describe('NedbStaffAccounts', function () {
  async function freshNedb(): Promise<AccountsFixture & { dataDir: string }> {
    const dataDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'yyg-accounts-')), 'data');
    const opened: StaffAccounts[] = [];
    const open = async () => {
      const accounts = await NedbStaffAccounts.open({ dataDir });
      opened.push(accounts);
      return accounts;
    };
    return {
      dataDir,
      accounts: await open(),
      reopen: open,
      async dispose() {
        for (const accounts of opened) await accounts.close();
        await rm(path.dirname(dataDir), { recursive: true, force: true });
      },
    };
  }

  describeStaffAccountsContract('NedbStaffAccounts', freshNedb, false);

  it('keeps three files under dataDir, with the user on disk once createUser resolves', async function () {
    const { dataDir, accounts, dispose } = await freshNedb();
    try {
      for (const file of ['staff-users.db', 'staff-sessions.db', 'staff-invitations.db']) {
        await access(path.join(dataDir, file));
      }
      const u = user({ email: 'on.disk@surgery.example' });
      await accounts.createUser(u);
      assert.ok((await readFile(path.join(dataDir, 'staff-users.db'), 'utf8')).includes('on.disk@surgery.example'));
    } finally {
      await dispose();
    }
  });

  it('stops its compaction timers on close', async function () {
    const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
    const { accounts, dispose } = await freshNedb();
    try {
      const whileOpen = timers();
      await accounts.close();
      assert.equal(timers(), whileOpen - 3);
    } finally {
      await dispose();
    }
  });
});

describe('MongoStaffAccounts', function () {
  const mongo = mongoForSuite('MongoDB staff accounts contract', 'yyg_accounts');

  describeStaffAccountsContract(
    'MongoStaffAccounts',
    async () => {
      const dbName = mongo.nextDbName();
      const clients: MongoClient[] = [];
      const open = async () => {
        const client = new MongoClient(mongo.uri);
        clients.push(client);
        await client.connect();
        return MongoStaffAccounts.open(client.db(dbName));
      };
      return {
        accounts: await open(),
        reopen: open,
        async dispose() {
          for (const client of clients) await client.close();
          await mongo.admin.db(dbName).dropDatabase();
        },
      };
    },
    true,
  );

  it('has a TTL index on sessions.expiresAt and unique indexes on emails, ids and token hashes', async function () {
    const db = mongo.admin.db(mongo.nextDbName());
    try {
      await MongoStaffAccounts.open(db);
      const sessions = await db.collection('staffSessions').indexes();
      const ttl = sessions.find((index) => index.key.expiresAt === 1);
      assert.equal(ttl?.expireAfterSeconds, 0);
      assert.ok(sessions.some((index) => index.key.tokenHash === 1 && index.unique));
      const users = await db.collection('staffUsers').indexes();
      assert.ok(users.some((index) => index.key.email === 1 && index.unique));
      assert.ok(users.some((index) => index.key.id === 1 && index.unique));
      const invitations = await db.collection('staffInvitations').indexes();
      assert.ok(invitations.some((index) => index.key.tokenHash === 1 && index.unique));
    } finally {
      await db.dropDatabase();
    }
  });
});
