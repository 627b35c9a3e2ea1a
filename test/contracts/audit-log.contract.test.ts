import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { NedbAuditLog } from '../../backend/src/adapters/nedb/audit-log.nedb.js';
import { MongoAuditLog } from '../../backend/src/adapters/mongo/audit-log.mongo.js';
import type { NewAuditEntry } from '../../backend/src/domain/staff/audit.js';
import type { AuditLog } from '../../backend/src/ports/audit-log.js';
import { mongoForSuite } from '../support/mongodb.js';

function entry(fields: Partial<NewAuditEntry> = {}): NewAuditEntry {
  return {
    at: new Date('2026-11-23T10:00:00.000Z'),
    actorId: 'user-1',
    actorRole: 'practice-manager',
    action: 'feedback.moderate',
    targetType: 'feedback',
    targetId: 'f-1',
    practiceCode: 'C82001',
    ip: '127.0.0.1',
    before: { status: 'new', redactions: [] },
    after: { status: 'published', redactions: [{ comment: 0, start: 4, end: 9 }] },
    ...fields,
  };
}

interface AuditFixture {
  log: AuditLog;
  /** Change one stored entry behind the log's back, as someone with disk or database access could. */
  tamper(seq: number): Promise<AuditLog>;
  dispose(): Promise<void>;
}

function describeAuditContract(name: string, make: () => Promise<AuditFixture>): void {
  describe(`${name} honours the audit log contract`, function () {
    let fixture: AuditFixture;
    beforeEach(async function () {
      fixture = await make();
    });
    afterEach(async function () {
      await fixture?.dispose();
    });

    it('numbers entries 1, 2, 3 and links each to the one before', async function () {
      const first = await fixture.log.append(entry());
      const second = await fixture.log.append(entry({ action: 'feedback.reply' }));
      assert.equal(first.seq, 1);
      assert.equal(first.prevHash, '0'.repeat(64));
      assert.equal(second.seq, 2);
      assert.equal(second.prevHash, first.hash);
      assert.deepEqual(await fixture.log.verify(), { ok: true, checked: 2, brokenAt: null, problem: null });
    });

    it('never forks under concurrent appends', async function () {
      await Promise.all(Array.from({ length: 40 }, (_, i) => fixture.log.append(entry({ targetId: `f-${i}` }))));
      const check = await fixture.log.verify();
      assert.equal(check.ok, true, check.problem ?? '');
      assert.equal(check.checked, 40);
    });

    it('lists newest first, by practice, target and page', async function () {
      await fixture.log.append(entry({ practiceCode: 'C82001', targetId: 'a' }));
      await fixture.log.append(entry({ practiceCode: 'C82002', targetId: 'b' }));
      await fixture.log.append(entry({ practiceCode: 'C82001', targetId: 'c' }));
      await fixture.log.append(entry({ practiceCode: null, targetId: 'd', action: 'session.sign-in' }));
      const mine = await fixture.log.list({ practiceCodes: ['C82001'], limit: 10 });
      assert.deepEqual(
        mine.map((e) => e.targetId),
        ['c', 'a'],
      );
      const all = await fixture.log.list({ practiceCodes: '*', limit: 2 });
      assert.deepEqual(
        all.map((e) => e.seq),
        [4, 3],
      );
      const older = await fixture.log.list({ practiceCodes: '*', limit: 10, beforeSeq: 3 });
      assert.deepEqual(
        older.map((e) => e.seq),
        [2, 1],
      );
      const one = await fixture.log.list({ practiceCodes: '*', limit: 10, targetId: 'b' });
      assert.equal(one.length, 1);
      assert.ok(one[0].at instanceof Date);
    });

    it('detects an entry changed behind its back, and says which', async function () {
      for (let i = 0; i < 5; i += 1) await fixture.log.append(entry({ targetId: `f-${i}` }));
      const reopened = await fixture.tamper(3);
      const check = await reopened.verify();
      assert.equal(check.ok, false);
      assert.equal(check.brokenAt, 3);
      assert.match(check.problem ?? '', /hash/);
    });
  });
}

describe('NedbAuditLog', function () {
  describeAuditContract('NedbAuditLog', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'yyg-audit-'));
    const logs: AuditLog[] = [await NedbAuditLog.open({ dataDir })];
    return {
      log: logs[0],
      async tamper(seq) {
        await logs[0].close();
        const file = path.join(dataDir, 'audit.db');
        const lines = (await readFile(file, 'utf8')).split('\n');
        const edited = lines.map((line) => {
          if (!line.trim()) return line;
          const doc = JSON.parse(line);
          if (doc.seq !== seq) return line;
          return JSON.stringify({ ...doc, after: { status: 'not-published' } });
        });
        await writeFile(file, edited.join('\n'));
        const reopened = await NedbAuditLog.open({ dataDir });
        logs.push(reopened);
        return reopened;
      },
      async dispose() {
        for (const log of logs) await log.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  });
});

describe('MongoAuditLog', function () {
  const mongo = mongoForSuite('MongoDB audit log contract', 'yyg_audit');

  describeAuditContract('MongoAuditLog', async () => {
    const db = mongo.admin.db(mongo.nextDbName());
    const log = await MongoAuditLog.open(db);
    return {
      log,
      async tamper(seq) {
        await db.collection('audit').updateOne({ seq }, { $set: { after: { status: 'not-published' } } });
        return log;
      },
      dispose: () => db.dropDatabase().then(() => undefined),
    };
  });
});
