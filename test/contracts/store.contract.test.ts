import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { NedbStore } from '../../backend/src/adapters/nedb/store.nedb.js';
import { MongoStore } from '../../backend/src/adapters/mongo/store.mongo.js';
import { NotFoundError } from '../../backend/src/domain/errors.js';
import type { FeedbackRecord } from '../../backend/src/domain/feedback.js';
import type { Store } from '../../backend/src/ports/store.js';
import { mongoForSuite } from '../support/mongodb.js';
import { makeFeedback, makePractice, makeTags } from '../support/fixtures.js';
import { issueAccessCode } from '../../backend/src/domain/access-code.js';
import { describePipelineStoreContract, type StoreFixture } from './store-pipeline.cases.js';
import { describeDirectoryStoreContract } from './store-directory.cases.js';

const T0 = Date.parse('2026-01-05T09:00:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000);

const practice = (code: string, name = `Surgery ${code}`) => makePractice(code, { name });
const feedback = (fields: Partial<FeedbackRecord> = {}) => makeFeedback({ receivedAt: at(0), ...fields });

/** The Store port's contract: the same cases for every adapter; `makeStore` runs once per test. */
function describeStoreContract(name: string, makeStore: () => Promise<StoreFixture>): void {
  describe(`${name} honours the store contract`, function () {
    let fixture: StoreFixture | undefined;
    let store: Store;
    beforeEach(async function () {
      fixture = await makeStore();
      store = fixture.store;
    });
    afterEach(async function () {
      await fixture?.dispose();
      fixture = undefined;
    });

    it('upserts practices by ODS code: a second upsert updates, never duplicates', async function () {
      assert.equal(await store.upsertPractices([practice('C82001'), practice('C82002')]), 2);
      assert.equal(await store.upsertPractices([practice('C82001', 'Renamed Surgery')]), 1);
      assert.equal(await store.countPractices(), 2);
      assert.deepEqual(await store.getPractice('C82001'), practice('C82001', 'Renamed Surgery'));
      assert.deepEqual(await store.getPractice('C82002'), practice('C82002'));
      assert.equal(await store.getPractice('Y00000'), null);
      assert.equal(await store.upsertPractices([]), 0);
    });

    it('stores a new submission and returns it with created: true, dates as Dates', async function () {
      const record = feedback();
      assert.deepEqual(await store.insertFeedback(record), { created: true, record });
      const stored = await store.getFeedback(record.id);
      assert.deepEqual(stored, record);
      assert.ok(stored?.receivedAt instanceof Date);
    });

    it('returns the original record with created: false for a repeated submissionId', async function () {
      const first = feedback();
      await store.insertFeedback(first);
      const again = await store.insertFeedback(feedback({ submissionId: first.submissionId, receivedAt: at(1) }));
      assert.deepEqual(again, { created: false, record: first });
      assert.equal((await store.listFeedback({ practiceCode: first.practiceCode, limit: 10 })).length, 1);
    });

    it('writes exactly one row for 20 concurrent inserts of one submissionId', async function () {
      const submissionId = randomUUID();
      const results = await Promise.all(
        Array.from({ length: 20 }, () => store.insertFeedback(feedback({ submissionId }))),
      );
      assert.equal(results.filter((result) => result.created).length, 1);
      const winner = results.find((result) => result.created)!.record;
      for (const result of results) assert.deepEqual(result.record, winner);
      assert.deepEqual(await store.listFeedback({ practiceCode: 'C82001', limit: 50 }), [winner]);
    });

    it('round-trips every field of a full submission: answers, about you, contact, client time', async function () {
      const full = feedback({
        rating: 'poor',
        comments: [
          { question: 'good', text: 'The nurse was kind.' },
          { question: 'better', text: 'Answer the phone before 8:30.' },
        ],
        aboutYou: { ageBand: '65-74', role: 'carer' },
        contact: { name: 'A. Patient', email: 'a.patient@example.org', phone: null },
        clientSubmittedAt: at(-5),
      });
      await store.insertFeedback(full);
      assert.deepEqual(await store.getFeedback(full.id), full);
    });

    it('round-trips who helped with an assisted submission, by role and code id', async function () {
      const assisted = feedback({ channel: 'paper', assistedBy: { role: 'hub-helper', accessCodeId: 'code-1' } });
      const byStaff = feedback({ channel: 'telephone', assistedBy: { role: 'practice-staff', accessCodeId: null } });
      await store.insertFeedback(assisted);
      await store.insertFeedback(byStaff);
      assert.deepEqual((await store.getFeedback(assisted.id))?.assistedBy, assisted.assistedBy);
      assert.deepEqual((await store.getFeedback(byStaff.id))?.assistedBy, byStaff.assistedBy);
      assert.equal((await store.getFeedback(assisted.id))?.channel, 'paper');
    });

    it('keeps access codes by token hash, and finds none for an unknown hash', async function () {
      const { record } = issueAccessCode(
        { kind: 'helper', practiceCode: 'C82001', role: 'volunteer', label: 'Library hub' },
        8,
        at(0),
      );
      await store.insertAccessCode(record);
      assert.deepEqual(await store.findAccessCode(record.tokenHash), record);
      assert.equal(await store.findAccessCode('0'.repeat(64)), null);
    });

    it('tells whether any practice registered a website origin', async function () {
      await store.upsertPractices([practice('C82001'), practice('C82002')]);
      assert.equal(await store.isOriginRegistered('https://c82002.example'), true);
      assert.equal(await store.isOriginRegistered('https://evil.example'), false);
      assert.equal(await store.isOriginRegistered('https://c82002.example.evil.example'), false);
    });

    it('returns null for an unknown feedback id', async function () {
      assert.equal(await store.getFeedback(randomUUID()), null);
    });

    it('finds a stored submission by its client-made submissionId, and null for an unknown one', async function () {
      const record = feedback();
      await store.insertFeedback(record);
      assert.deepEqual(await store.getFeedbackBySubmissionId(record.submissionId), record);
      assert.equal(await store.getFeedbackBySubmissionId(randomUUID()), null);
    });

    it("lists one practice's feedback newest first, with limit and before-paging", async function () {
      const ours = [1, 2, 3, 4, 5].map((minute) => feedback({ practiceCode: 'C82001', receivedAt: at(minute) }));
      const theirs = [1.5, 3.5, 6].map((minute) => feedback({ practiceCode: 'C82002', receivedAt: at(minute) }));
      for (const record of [...ours, ...theirs]) await store.insertFeedback(record);
      const newestFirst = [...ours].reverse();
      const ids = (records: FeedbackRecord[]) => records.map((record) => record.id);

      assert.deepEqual(ids(await store.listFeedback({ practiceCode: 'C82001', limit: 10 })), ids(newestFirst));
      const page1 = await store.listFeedback({ practiceCode: 'C82001', limit: 2 });
      assert.deepEqual(ids(page1), ids(newestFirst.slice(0, 2)));
      const page2 = await store.listFeedback({ practiceCode: 'C82001', limit: 2, before: page1[1]!.receivedAt });
      assert.deepEqual(ids(page2), ids(newestFirst.slice(2, 4)));
      const page3 = await store.listFeedback({ practiceCode: 'C82001', limit: 2, before: page2[1]!.receivedAt });
      assert.deepEqual(ids(page3), ids(newestFirst.slice(4)));
      assert.deepEqual(
        await store.listFeedback({ practiceCode: 'C82001', limit: 2, before: page3[0]!.receivedAt }),
        [],
      );
      assert.deepEqual(await store.listFeedback({ practiceCode: 'Y00000', limit: 10 }), []);
    });

    it('marks a record processed with its tags, and a repeated call changes nothing', async function () {
      const record = feedback();
      await store.insertFeedback(record);
      const tags = makeTags({
        language: { code: 'pl', source: 'detected' },
        needsHumanReading: true,
        sentiment: null,
        themes: [],
        flags: [{ kind: 'urgent-clinical', rule: 'chest-pain' }],
        redactedComments: [{ question: 'comment', text: 'Call [name] on [phone]' }],
        pii: ['phone', 'name'],
      });
      await store.markProcessed(record.id, tags, at(2));
      const processed = { ...record, state: 'processed' as const, tags, processedAt: at(2) };
      assert.deepEqual(await store.getFeedback(record.id), processed);

      await store.markProcessed(record.id, makeTags(), at(9));
      assert.deepEqual(await store.getFeedback(record.id), processed);
      await assert.rejects(store.markProcessed(randomUUID(), makeTags(), at(2)), NotFoundError);
      const scored = feedback();
      await store.insertFeedback(scored);
      await store.markProcessed(scored.id, makeTags(), at(3));
      assert.deepEqual((await store.getFeedback(scored.id))?.tags, makeTags(), 'sentiment with its raw score');
    });

    it('lists only records still received before the cut-off, oldest first, up to the limit', async function () {
      const records = [4, 1, 3, 2, 5].map((minute) =>
        feedback({ receivedAt: at(minute), practiceCode: minute % 2 ? 'C82001' : 'C82002' }),
      );
      for (const record of records) await store.insertFeedback(record);
      const [m4, m1, m3, m2] = records;
      await store.markProcessed(m2!.id, makeTags(), at(6));

      const ids = (list: FeedbackRecord[]) => list.map((record) => record.id);
      assert.deepEqual(ids(await store.listUnprocessed(at(4.5), 10)), ids([m1!, m3!, m4!]));
      assert.deepEqual(ids(await store.listUnprocessed(at(4), 10)), ids([m1!, m3!]));
      assert.deepEqual(ids(await store.listUnprocessed(at(4.5), 2)), ids([m1!, m3!]));
      assert.deepEqual(await store.listUnprocessed(at(1), 10), []);
    });

    it('keeps practices, feedback and unique keys across close and reopen', async function () {
      const kept = feedback();
      const processed = feedback({ receivedAt: at(1) });
      await store.upsertPractices([practice('C82001')]);
      await store.insertFeedback(kept);
      await store.insertFeedback(processed);
      await store.markProcessed(processed.id, makeTags(), at(3));
      await store.close();

      const reopened = await fixture!.reopen();
      assert.deepEqual(await reopened.getPractice('C82001'), practice('C82001'));
      assert.deepEqual(await reopened.getFeedback(kept.id), kept);
      assert.deepEqual(await reopened.getFeedback(processed.id), {
        ...processed,
        state: 'processed',
        processedAt: at(3),
        tags: makeTags(),
      });
      assert.equal((await reopened.insertFeedback(feedback({ submissionId: kept.submissionId }))).created, false);
      assert.equal((await reopened.listFeedback({ practiceCode: 'C82001', limit: 10 })).length, 2);
    });

    it('answers ping while open and closes cleanly, twice', async function () {
      await store.ping();
      await store.close();
      await store.close();
    });
  });

  describePipelineStoreContract(name, makeStore);
  describeDirectoryStoreContract(name, makeStore);
}

describe('NedbStore', function () {
  async function openNedb(dataDir: string, stores: Store[]): Promise<NedbStore> {
    const store = await NedbStore.open({ dataDir });
    stores.push(store);
    return store;
  }
  async function freshNedb(): Promise<StoreFixture & { dataDir: string }> {
    const dataDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'yyg-store-')), 'data');
    const stores: Store[] = [];
    return {
      dataDir,
      store: await openNedb(dataDir, stores),
      reopen: () => openNedb(dataDir, stores),
      async dispose() {
        for (const store of stores) await store.close();
        await rm(path.dirname(dataDir), { recursive: true, force: true });
      },
    };
  }

  describeStoreContract('NedbStore', freshNedb);

  it('creates the data directory and both files, and has a record on disk once insert resolves', async function () {
    const { dataDir, store, dispose } = await freshNedb();
    try {
      await access(path.join(dataDir, 'practices.db'));
      const record = feedback();
      await store.insertFeedback(record);
      const onDisk = await readFile(path.join(dataDir, 'feedback.db'), 'utf8');
      assert.ok(onDisk.includes(record.receipt), 'the receipt is in feedback.db');
    } finally {
      await dispose();
    }
  });

  it('stops every compaction timer (one per file) on close', async function () {
    const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
    const { store, dispose } = await freshNedb();
    try {
      const whileOpen = timers();
      await store.close();
      assert.equal(timers(), whileOpen - 5);
    } finally {
      await dispose();
    }
  });
});

describe('MongoStore', function () {
  const mongo = mongoForSuite('MongoDB store contract', 'yyg_contract');

  describeStoreContract('MongoStore', async () => {
    const dbName = mongo.nextDbName();
    const stores: Store[] = [];
    const open = async () => {
      const store = await MongoStore.connect({ uri: mongo.uri, dbName });
      stores.push(store);
      return store;
    };
    return {
      store: await open(),
      reopen: open,
      async dispose() {
        for (const store of stores) await store.close();
        await mongo.admin.db(dbName).dropDatabase();
      },
    };
  });
});
