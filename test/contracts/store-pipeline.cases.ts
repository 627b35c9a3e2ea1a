import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { DigestClaim } from '../../backend/src/domain/digest.js';
import { NotFoundError } from '../../backend/src/domain/errors.js';
import type { FeedbackRecord } from '../../backend/src/domain/feedback.js';
import { computeDailyRollup, type DailyRollup } from '../../backend/src/domain/rollup.js';
import type { Store } from '../../backend/src/ports/store.js';
import { flaggedTags, makeFeedback, makePractice, makeTags } from '../support/fixtures.js';

/** One test's store, on storage nobody else uses. */
export interface StoreFixture {
  store: Store;
  /** Another store on the same storage, to prove what was written survives a restart. */
  reopen(): Promise<Store>;
  /** Close every store this fixture opened and remove its storage. */
  dispose(): Promise<void>;
}

const T0 = Date.parse('2026-01-05T09:00:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000);
const ids = (records: FeedbackRecord[]) => records.map((record) => record.id);

function rollup(practiceCode: string, date: string, fields: Partial<DailyRollup> = {}): DailyRollup {
  const records = [
    makeFeedback({ practiceCode, rating: 'very-good', state: 'processed', tags: makeTags() }),
    makeFeedback({ practiceCode, rating: 'poor', state: 'processed', tags: flaggedTags() }),
  ];
  return { ...computeDailyRollup(practiceCode, date, records, at(10)), ...fields };
}

function claim(fields: Partial<DigestClaim> = {}): DigestClaim {
  return {
    practiceCode: 'C82001',
    date: '2026-01-05',
    owner: randomUUID(),
    since: at(-1440),
    until: at(0),
    at: at(0),
    ...fields,
  };
}

/**
 * The store cases the processing pipeline relies on (date ranges, alerts, roll-ups, digests),
 * run against every adapter by store.contract.test.ts inside its own set-up.
 */
export function describePipelineStoreContract(name: string, makeStore: () => Promise<StoreFixture>): void {
  describe(`${name} honours the store contract for the processing pipeline`, function () {
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

    it('keeps practice contacts and the email-text switch, and lists practices with contacts', async function () {
      const withContacts = makePractice('C82002', {
        contacts: [{ name: 'Practice manager', email: 'pm@c82002.example' }],
        emailIncludesText: true,
      });
      await store.upsertPractices([makePractice('C82001'), withContacts, makePractice('C82003')]);
      assert.deepEqual(await store.getPractice('C82002'), withContacts);
      assert.deepEqual(await store.listPracticesWithContacts(), [withContacts]);
    });

    it('lists and counts one practice’s submissions received in [from, to), oldest first', async function () {
      const records = [30, -1, 0, 59.99, 60].map((minute) => makeFeedback({ receivedAt: at(minute) }));
      const other = makeFeedback({ practiceCode: 'C82002', receivedAt: at(10) });
      for (const record of [...records, other]) await store.insertFeedback(record);
      const range = { practiceCode: 'C82001', from: at(0), to: at(60) };
      assert.deepEqual(ids(await store.listFeedbackReceived(range)), ids([records[2]!, records[0]!, records[3]!]));
      assert.equal(await store.countFeedbackReceived(range), 3);
      assert.equal(await store.countFeedbackReceived({ ...range, practiceCode: 'Y00000' }), 0);
    });

    it('sets alertSentAt once: the first call wins, a second changes nothing', async function () {
      const record = makeFeedback();
      await store.insertFeedback(record);
      assert.equal(await store.markAlertSent(record.id, at(5)), true);
      assert.equal(await store.markAlertSent(record.id, at(9)), false);
      assert.deepEqual((await store.getFeedback(record.id))?.alertSentAt, at(5));
      await assert.rejects(store.markAlertSent(randomUUID(), at(5)), NotFoundError);
    });

    it('lists flagged records processed before the cut-off whose alert is unsent, by practice', async function () {
      const flagged = [1, 2, 3].map((minute) => makeFeedback({ receivedAt: at(minute) }));
      const otherPractice = makeFeedback({ practiceCode: 'C82002' });
      const calm = makeFeedback();
      for (const record of [...flagged, otherPractice, calm]) await store.insertFeedback(record);
      await store.markProcessed(flagged[1]!.id, flaggedTags(), at(11));
      await store.markProcessed(flagged[0]!.id, flaggedTags(), at(12));
      await store.markProcessed(flagged[2]!.id, flaggedTags(), at(30));
      await store.markProcessed(otherPractice.id, flaggedTags(), at(10));
      await store.markProcessed(calm.id, makeTags(), at(10));
      const before = at(20);
      assert.deepEqual(
        ids(await store.listUnalerted({ processedBefore: before, limit: 10 })),
        ids([otherPractice, flagged[1]!, flagged[0]!]),
      );
      assert.deepEqual(
        ids(await store.listUnalerted({ processedBefore: before, practiceCodes: ['C82001'], limit: 10 })),
        ids([flagged[1]!, flagged[0]!]),
      );
      await store.markAlertSent(flagged[1]!.id, at(13));
      assert.deepEqual(
        ids(await store.listUnalerted({ processedBefore: before, practiceCodes: ['C82001'], limit: 1 })),
        ids([flagged[0]!]),
      );
      assert.deepEqual(await store.listUnalerted({ processedBefore: before, practiceCodes: [], limit: 10 }), []);
    });

    it('writes a roll-up over the old one (set, never add) and lists them by practice and date', async function () {
      const first = rollup('C82001', '2026-01-05', { total: 1 });
      const recount = rollup('C82001', '2026-01-05');
      await store.upsertRollup(first);
      await store.upsertRollup(recount);
      await store.upsertRollup(recount);
      const other = [
        rollup('C82001', '2026-01-04'),
        rollup('C82001', '2026-01-07'),
        rollup('C82002', '2026-01-05'),
        rollup('C82003', '2026-01-05'),
      ];
      for (const day of other) await store.upsertRollup(day);
      const listed = await store.listRollups({
        practiceCodes: ['C82002', 'C82001'],
        from: '2026-01-04',
        to: '2026-01-06',
      });
      assert.deepEqual(listed, [other[0], recount, other[2]]);
      assert.deepEqual(listed[1]!.themePolarity, { 'reception-admin': { positive: 1, neutral: 0, negative: 0 } });
      assert.deepEqual(
        await store.listRollups({ practiceCodes: ['C82001'], from: '2026-01-08', to: '2026-02-01' }),
        [],
      );
    });

    it('lets one of 20 concurrent claims on a digest win, and no one claim it while it is live', async function () {
      const claims = Array.from({ length: 20 }, () => claim());
      const results = await Promise.all(claims.map((c) => store.claimDigest(c, at(-15))));
      const winners = results.filter((result) => result !== null);
      assert.equal(winners.length, 1);
      assert.deepEqual(winners[0], {
        practiceCode: 'C82001',
        date: '2026-01-05',
        state: 'sending',
        owner: winners[0]!.owner,
        claimedAt: at(0),
        since: at(-1440),
        until: at(0),
        sentAt: null,
      });
      assert.deepEqual(await store.getDigest('C82001', '2026-01-05'), winners[0]);
      assert.notEqual(await store.claimDigest(claim({ date: '2026-01-06' }), at(-15)), null, 'another day is free');
    });

    it('takes over a stale claim with its window, and only the owner marks it sent', async function () {
      const first = (await store.claimDigest(claim(), at(-15)))!;
      const late = claim({ at: at(20), until: at(20), since: at(5) });
      assert.equal(await store.claimDigest(late, at(-1)), null, 'not stale yet');
      const taken = await store.claimDigest(late, at(5));
      assert.deepEqual(taken, { ...first, owner: late.owner, claimedAt: at(20) }, 'same window as the first claim');
      assert.equal(await store.markDigestSent('C82001', '2026-01-05', first.owner, at(21)), false);
      assert.equal(await store.markDigestSent('C82001', '2026-01-05', late.owner, at(21)), true);
      const sent = await store.getDigest('C82001', '2026-01-05');
      assert.deepEqual(sent, { ...taken, state: 'sent', sentAt: at(21) });
      assert.equal(await store.claimDigest(claim({ at: at(99) }), at(98)), null, 'a sent digest is never claimed');
      assert.equal(await store.markDigestSent('C82001', '2026-01-05', late.owner, at(30)), false);
    });

    it('frees a released claim for the next run, but not for another owner’s release', async function () {
      const held = (await store.claimDigest(claim(), at(-15)))!;
      await store.releaseDigest('C82001', '2026-01-05', randomUUID());
      assert.equal(await store.claimDigest(claim(), at(-15)), null);
      await store.releaseDigest('C82001', '2026-01-05', held.owner);
      assert.equal(await store.getDigest('C82001', '2026-01-05'), null);
      assert.notEqual(await store.claimDigest(claim(), at(-15)), null);
    });

    it('finds a practice’s latest sent digest, and keeps digests and roll-ups across a reopen', async function () {
      assert.equal(await store.lastSentDigest('C82001'), null);
      for (const date of ['2026-01-03', '2026-01-04', '2026-01-05']) {
        const held = (await store.claimDigest(claim({ date }), at(-15)))!;
        if (date !== '2026-01-05') await store.markDigestSent('C82001', date, held.owner, at(1));
      }
      await store.claimDigest(claim({ practiceCode: 'C82002', date: '2026-01-06' }), at(-15));
      assert.equal((await store.lastSentDigest('C82001'))?.date, '2026-01-04');
      assert.equal(await store.lastSentDigest('C82002'), null);
      const day = rollup('C82001', '2026-01-05');
      await store.upsertRollup(day);
      await store.close();

      const reopened = await fixture!.reopen();
      assert.equal((await reopened.lastSentDigest('C82001'))?.date, '2026-01-04');
      assert.equal((await reopened.getDigest('C82001', '2026-01-05'))?.state, 'sending');
      assert.deepEqual(
        await reopened.listRollups({ practiceCodes: ['C82001'], from: '2026-01-05', to: '2026-01-05' }),
        [day],
      );
      assert.equal(await reopened.claimDigest(claim({ date: '2026-01-04' }), at(99)), null, 'unique after reopen');
    });
  });
}
