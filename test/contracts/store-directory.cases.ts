import assert from 'node:assert/strict';
import type { PracticeAssignment } from '../../backend/src/domain/practice.js';
import type { Practice } from '../../backend/src/domain/practice.js';
import type { Store } from '../../backend/src/ports/store.js';
import { makePractice } from '../support/fixtures.js';
import type { StoreFixture } from './store-pipeline.cases.js';

const QK1: PracticeAssignment = {
  pcnCode: null,
  pcnName: null,
  icbCode: 'QK1',
  icbName: 'NHS Leicester, Leicestershire and Rutland Integrated Care Board',
  commissioner: '03W',
  from: '2022-07-01',
  to: null,
};

const codes = (practices: Practice[]) => practices.map((practice) => practice.code);

/** The practice directory's part of the store contract: search, areas, paging, partial updates. */
export function describeDirectoryStoreContract(name: string, makeStore: () => Promise<StoreFixture>): void {
  describe(`${name} honours the store contract for the practice directory`, function () {
    let fixture: StoreFixture | undefined;
    let store: Store;
    beforeEach(async function () {
      fixture = await makeStore();
      store = fixture.store;
      await store.upsertPractices([
        makePractice('C82002', { name: 'Countesthorpe Health Centre', postcode: 'LE8 5QJ', assignments: [QK1] }),
        makePractice('C82001', { name: 'South Leicestershire Medical Partnership', postcode: 'LE8 0LG' }),
        makePractice('A81001', {
          name: 'The Densham Surgery',
          postcode: 'TS18 1HU',
          assignments: [{ ...QK1, icbCode: 'QHM', pcnCode: 'U12345', pcnName: 'Stockton PCN', from: '2019-07-01' }],
        }),
      ]);
    });
    afterEach(async function () {
      await fixture?.dispose();
      fixture = undefined;
    });

    it('lists every practice by code, or only the codes asked for, with limit and after-paging', async function () {
      assert.deepEqual(codes(await store.listPractices({})), ['A81001', 'C82001', 'C82002']);
      assert.deepEqual(codes(await store.listPractices({ codes: ['C82002', 'A81001', 'Y00000'] })), [
        'A81001',
        'C82002',
      ]);
      assert.deepEqual(codes(await store.listPractices({ limit: 2 })), ['A81001', 'C82001']);
      assert.deepEqual(codes(await store.listPractices({ after: 'C82001', limit: 2 })), ['C82002']);
      assert.deepEqual(codes(await store.listPractices({ codes: ['A81001', 'C82002'], after: 'A81001' })), ['C82002']);
      assert.deepEqual(codes(await store.listPractices({ codes: [] })), []);
    });

    it('finds by words in the name, the start of the code, or the postcode with or without its space', async function () {
      const find = async (q: string) => codes(await store.listPractices({ q }));
      assert.deepEqual(await find('leicestershire med'), ['C82001']);
      assert.deepEqual(await find('c8200'), ['C82001', 'C82002']);
      assert.deepEqual(await find('le80lg'), ['C82001']);
      assert.deepEqual(await find('LE8 5Q'), ['C82002']);
      assert.deepEqual(await find('LE8'), ['C82001', 'C82002']);
      assert.deepEqual(await find('surgery'), ['A81001']);
      assert.deepEqual(await find('(.*'), [], 'the query is text, not a pattern');
      assert.deepEqual(codes(await store.listPractices({ q: 'LE8', codes: ['C82002'] })), ['C82002']);
    });

    it('finds the practices ever assigned to an ICB or a PCN', async function () {
      assert.deepEqual(codes(await store.listPractices({ area: { kind: 'icb', code: 'QK1' } })), ['C82002']);
      assert.deepEqual(codes(await store.listPractices({ area: { kind: 'pcn', code: 'U12345' } })), ['A81001']);
      assert.deepEqual(codes(await store.listPractices({ area: { kind: 'icb', code: 'QXX' } })), []);
    });

    it('sets some fields of stored practices and leaves the rest, skipping unknown codes', async function () {
      const before = await store.getPractice('C82001');
      await store.upsertPractices([{ ...before!, contacts: [{ name: 'PM', email: 'pm@c82001.example' }] }]);
      const found = await store.updatePractices([
        { code: 'C82001', set: { name: 'Renamed', status: 'closed', closedOn: '2026-03-31', assignments: [QK1] } },
        { code: 'Y00000', set: { name: 'Nobody' } },
      ]);
      assert.equal(found, 1);
      assert.deepEqual(await store.getPractice('C82001'), {
        ...before,
        name: 'Renamed',
        status: 'closed',
        closedOn: '2026-03-31',
        assignments: [QK1],
        contacts: [{ name: 'PM', email: 'pm@c82001.example' }],
      });
      assert.equal(await store.getPractice('Y00000'), null, 'not created');
      assert.equal(await store.updatePractices([]), 0);
      const reopened = await fixture!.reopen();
      assert.equal((await reopened.getPractice('C82001'))?.name, 'Renamed', 'durable');
    });

    it('upserts many new practices and some stored ones in one call', async function () {
      const many = Array.from({ length: 300 }, (_, i) => makePractice(`Y${String(10000 + i)}`));
      const renamed = makePractice('C82002', { name: 'Renamed Centre' });
      assert.equal(await store.upsertPractices([...many, renamed]), 301);
      assert.equal(await store.countPractices(), 303);
      assert.equal((await store.getPractice('C82002'))?.name, 'Renamed Centre');
      assert.deepEqual(await store.getPractice('Y10299'), many[299]);
    });
  });
}
