import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MongoInbox } from '../../backend/src/adapters/mongo/inbox.mongo.js';
import { MongoStore } from '../../backend/src/adapters/mongo/store.mongo.js';
import { NedbInbox } from '../../backend/src/adapters/nedb/inbox.nedb.js';
import { NedbStore } from '../../backend/src/adapters/nedb/store.nedb.js';
import { ValidationError } from '../../backend/src/domain/errors.js';
import type { FeedbackRecord } from '../../backend/src/domain/feedback.js';
import type { InboxPage, InboxQuery } from '../../backend/src/domain/staff/inbox-query.js';
import type { Moderation, ModerationStatus } from '../../backend/src/domain/staff/moderation.js';
import type { FeedbackResponse, YouSaidWeDid } from '../../backend/src/domain/staff/responses.js';
import type { FeedbackTags } from '../../backend/src/domain/tags.js';
import type { Inbox, ModerationChange } from '../../backend/src/ports/inbox.js';
import type { Store } from '../../backend/src/ports/store.js';
import { makeFeedback, makeTags } from '../support/fixtures.js';
import { mongoForSuite } from '../support/mongodb.js';

const T0 = Date.parse('2026-01-05T09:00:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000);

/** An inbox with the store it reads; `reopenInbox` closes it and opens another over the same data. */
interface InboxFixture {
  store: Store;
  inbox: Inbox;
  reopenInbox(): Promise<Inbox>;
  dispose(): Promise<void>;
}

/** Negative tags for an English comment; the redacted text is the comment unless given. */
function tagsFor(text: string, fields: Partial<FeedbackTags> = {}): FeedbackTags {
  return makeTags({
    sentiment: { label: 'negative', score: -0.6, raw: { score: -3, comparative: -0.3, label: 'negative' } },
    themes: [],
    redactedComments: [{ question: 'comment', text }],
    ...fields,
  });
}

/** The five records of C82001 most cases search, and one of C82002 that must never show. */
async function seedInbox(store: Store) {
  const add = async (minute: number, text: string, fields: Partial<FeedbackRecord>, tags: FeedbackTags | null) => {
    const record = makeFeedback({ receivedAt: at(minute), comments: [{ question: 'comment', text }], ...fields });
    await store.insertFeedback(record);
    if (tags) await store.markProcessed(record.id, tags, at(minute + 1));
    return record.id;
  };
  const kind = await add(
    1,
    'The nurse was kind and explained everything.',
    { rating: 'very-good', channel: 'web' },
    tagsFor('The nurse was kind and explained everything.', {
      sentiment: { label: 'positive', score: 0.7, raw: { score: 3, comparative: 0.4, label: 'positive' } },
      themes: [{ theme: 'clinician-manner', polarity: 'positive' }],
    }),
  );
  const phone = await add(
    2,
    'I waited forty minutes on the phone.',
    { rating: 'poor', channel: 'telephone' },
    tagsFor('I waited forty minutes on the phone.', {
      themes: [
        { theme: 'telephone', polarity: 'negative' },
        { theme: 'waiting-times', polarity: 'negative' },
      ],
    }),
  );
  const rude = await add(
    3,
    'The receptionist was very rude to my mother.',
    { rating: 'very-poor', channel: 'paper', assistedBy: { role: 'receptionist', accessCodeId: null } },
    tagsFor('The receptionist was very rude to my mother.', {
      themes: [{ theme: 'reception-admin', polarity: 'negative' }],
      flags: [{ kind: 'complaint-needs-reply', rule: 'complaint-words' }],
    }),
  );
  const polish = await add(
    4,
    'Długo czekałem na wizytę.',
    { rating: 'neither', channel: 'kiosk', language: 'pl' },
    tagsFor('Długo czekałem na wizytę.', {
      language: { code: 'pl', source: 'widget' },
      needsHumanReading: true,
      sentiment: null,
    }),
  );
  const pending = await add(5, 'Waiting room was clean.', { rating: 'good', channel: 'web' }, null);
  const elsewhere = await add(
    6,
    'Rude receptionist again, and I waited an hour.',
    { practiceCode: 'C82002', rating: 'poor', channel: 'web' },
    tagsFor('Rude receptionist again, and I waited an hour.', {
      themes: [{ theme: 'reception-admin', polarity: 'negative' }],
      flags: [{ kind: 'self-harm', rule: 'self-harm-intent' }],
    }),
  );
  return { kind, phone, rude, polish, pending, elsewhere };
}

const ours = (fields: Partial<InboxQuery> = {}): InboxQuery => ({ practiceCodes: ['C82001'], limit: 50, ...fields });
const ids = (page: InboxPage) => page.items.map((item) => item.record.id);
const sorted = (list: string[]) => [...list].sort();

function change(
  feedbackId: string,
  expectedVersion: number,
  status: ModerationStatus,
  when = at(60),
): ModerationChange {
  return {
    feedbackId,
    expectedVersion,
    next: {
      status,
      reason: status === 'not-published' ? 'irrelevant' : null,
      redactions: status === 'published' ? [{ comment: 0, start: 4, end: 9 }] : [],
      updatedAt: when,
      updatedBy: 'user-1',
      publishedAt: status === 'published' ? when : null,
    },
  };
}

/** All pages of a query, following `next`. */
async function allPages(inbox: Inbox, query: InboxQuery): Promise<{ ids: string[]; pages: number }> {
  const seen: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await inbox.search({ ...query, cursor });
    seen.push(...ids(page));
    cursor = page.next ?? undefined;
    pages += 1;
    assert.ok(pages < 50, 'paging never ends');
  } while (cursor);
  return { ids: seen, pages };
}

/** The Inbox port's contract: the same cases for every adapter; `makeFixture` runs once per test. */
function describeInboxContract(name: string, makeFixture: () => Promise<InboxFixture>): void {
  describe(`${name} honours the inbox contract`, function () {
    let fixture: InboxFixture | undefined;
    let store: Store;
    let inbox: Inbox;
    beforeEach(async function () {
      fixture = await makeFixture();
      ({ store, inbox } = fixture);
    });
    afterEach(async function () {
      await fixture?.dispose();
      fixture = undefined;
    });

    it("keeps to the practices asked for: another practice's records are never listed or counted", async function () {
      const seeded = await seedInbox(store);
      const page = await inbox.search(ours());
      assert.deepEqual(
        sorted(ids(page)),
        sorted([seeded.kind, seeded.phone, seeded.rude, seeded.polish, seeded.pending]),
      );
      assert.equal(page.total, 5);
      const ratingCounts = Object.values(page.facets.rating).reduce((sum, n) => sum + n, 0);
      assert.equal(ratingCounts, 5);
      assert.equal(page.facets.flag['self-harm'], undefined);

      const text = await inbox.search(ours({ text: 'rude receptionist' }));
      assert.deepEqual(ids(text), [seeded.rude]);
      assert.equal(text.total, 1);
      assert.deepEqual(text.facets.rating, { 'very-poor': 1 });

      assert.deepEqual(ids(await inbox.search(ours({ practiceCodes: ['C82002'] }))), [seeded.elsewhere]);
      assert.equal((await inbox.search(ours({ practiceCodes: ['C82001', 'C82001'] }))).total, 5);
      assert.equal((await inbox.search(ours({ practiceCodes: '*' }))).total, 6);
      const none = await inbox.search(ours({ practiceCodes: [] }));
      assert.deepEqual([none.total, none.items, none.facets.rating], [0, [], {}]);
    });

    it('lists newest first, each item with its record and moderation (new when untouched)', async function () {
      const seeded = await seedInbox(store);
      const page = await inbox.search(ours());
      assert.deepEqual(ids(page), [seeded.pending, seeded.polish, seeded.rude, seeded.phone, seeded.kind]);
      const item = page.items.find((i) => i.record.id === seeded.rude)!;
      assert.deepEqual(item.record, await store.getFeedback(seeded.rude));
      assert.equal(item.moderation.status, 'new');
      assert.equal(item.moderation.version, 0);
      assert.equal(item.moderation.practiceCode, 'C82001');
      assert.equal(page.next, null);
    });

    it('filters by each field: any of the values given, all fields together', async function () {
      const s = await seedInbox(store);
      const find = async (fields: Partial<InboxQuery>) => sorted(ids(await inbox.search(ours(fields))));
      assert.deepEqual(await find({ rating: ['poor', 'very-poor'] }), sorted([s.phone, s.rude]));
      assert.deepEqual(await find({ sentiment: ['negative'] }), sorted([s.phone, s.rude]));
      assert.deepEqual(await find({ sentiment: ['none'] }), sorted([s.polish, s.pending]));
      assert.deepEqual(await find({ theme: ['waiting-times'] }), [s.phone]);
      assert.deepEqual(await find({ theme: ['reception-admin', 'telephone'] }), sorted([s.phone, s.rude]));
      assert.deepEqual(await find({ flag: ['complaint-needs-reply'] }), [s.rude]);
      assert.deepEqual(await find({ flag: ['any'] }), [s.rude]);
      assert.deepEqual(await find({ flag: ['none'] }), sorted([s.kind, s.phone, s.polish, s.pending]));
      assert.deepEqual(await find({ flag: ['self-harm'] }), []);
      assert.deepEqual(await find({ channel: ['paper', 'kiosk'] }), sorted([s.rude, s.polish]));
      assert.deepEqual(await find({ language: ['pl'] }), [s.polish]);
      assert.deepEqual(await find({ language: ['en'] }), sorted([s.kind, s.phone, s.rude, s.pending]));
      assert.deepEqual(await find({ language: ['xx'] }), []);
      assert.deepEqual(await find({ from: at(2), to: at(4) }), sorted([s.phone, s.rude]));
      assert.deepEqual(await find({ from: at(4) }), sorted([s.polish, s.pending]));
      assert.deepEqual(await find({ to: at(2) }), [s.kind]);
      assert.deepEqual(await find({ rating: ['poor', 'very-poor'], channel: ['paper'] }), [s.rude]);
      assert.deepEqual(await find({ rating: ['poor'], channel: ['paper'] }), []);
      assert.deepEqual(await find({ rating: [] }), sorted([s.kind, s.phone, s.rude, s.polish, s.pending]));
    });

    it('filters by moderation status, which follows every change', async function () {
      const s = await seedInbox(store);
      await inbox.updateModeration(change(s.kind, 0, 'published'));
      await inbox.updateModeration(change(s.phone, 0, 'escalated'));
      const find = async (status: ModerationStatus[]) => sorted(ids(await inbox.search(ours({ status }))));
      assert.deepEqual(await find(['published']), [s.kind]);
      assert.deepEqual(await find(['escalated', 'published']), sorted([s.kind, s.phone]));
      assert.deepEqual(await find(['new']), sorted([s.rude, s.polish, s.pending]));
      await inbox.updateModeration(change(s.phone, 1, 'in-review'));
      assert.deepEqual(await find(['escalated']), []);
      assert.deepEqual(await find(['in-review']), [s.phone]);
      assert.deepEqual((await inbox.search(ours())).facets.status, { new: 3, published: 1, 'in-review': 1 });
    });

    it('finds every word of the text, in any order and by stem, and nothing for words not there', async function () {
      const s = await seedInbox(store);
      const find = async (text: string) => sorted(ids(await inbox.search(ours({ text }))));
      assert.deepEqual(await find('rude receptionist'), [s.rude]);
      assert.deepEqual(await find('Receptionist RUDE'), [s.rude]);
      assert.deepEqual(await find('rudely'), [s.rude]);
      // "waiting" finds "waited" (processed) and "Waiting" (not yet processed, its own words).
      assert.deepEqual(await find('waiting'), sorted([s.phone, s.pending]));
      assert.deepEqual(await find('waits phone'), [s.phone]);
      assert.deepEqual(await find('nurse explains'), [s.kind]);
      assert.deepEqual(await find('rude nurse'), []);
      assert.deepEqual(await find('parking'), []);
      const none = await inbox.search(ours({ text: 'parking' }));
      assert.deepEqual([none.total, none.next, none.facets.rating, none.facets.status], [0, null, {}, {}]);
      // Only stop words: nothing to look for, so the text narrows nothing.
      assert.equal((await inbox.search(ours({ text: 'the was' }))).total, 5);
      // Text and filters together.
      assert.deepEqual(sorted(ids(await inbox.search(ours({ text: 'waiting', rating: ['poor'] })))), [s.phone]);
    });

    it('searches the redacted words of a processed record, never the ones redaction took out', async function () {
      const record = makeFeedback({
        receivedAt: at(1),
        comments: [{ question: 'comment', text: 'Dr Okonkwo-Smith was rude.' }],
      });
      await store.insertFeedback(record);
      assert.deepEqual(ids(await inbox.search(ours({ text: 'okonkwo' }))), [record.id]);
      await store.markProcessed(record.id, tagsFor('Dr [name] was rude.', { pii: ['name'] }), at(2));
      assert.deepEqual(ids(await inbox.search(ours({ text: 'okonkwo' }))), []);
      assert.deepEqual(ids(await inbox.search(ours({ text: 'name' }))), []);
      assert.deepEqual(ids(await inbox.search(ours({ text: 'rude' }))), [record.id]);
    });

    it('counts each facet with its own filter left out and every other one applied', async function () {
      await seedInbox(store);
      const all = await inbox.search(ours());
      assert.deepEqual(all.facets, {
        rating: { 'very-good': 1, good: 1, neither: 1, poor: 1, 'very-poor': 1 },
        sentiment: { positive: 1, negative: 2, none: 2 },
        theme: { 'clinician-manner': 1, telephone: 1, 'waiting-times': 1, 'reception-admin': 1 },
        flag: { 'complaint-needs-reply': 1, any: 1, none: 4 },
        channel: { web: 2, telephone: 1, paper: 1, kiosk: 1 },
        language: { en: 4, pl: 1 },
        status: { new: 5 },
      });

      const page = await inbox.search(ours({ rating: ['poor', 'very-poor'], channel: ['telephone'] }));
      assert.equal(page.total, 1);
      // Rating counted over the telephone records; channel over the poor and very poor ones.
      assert.deepEqual(page.facets.rating, { poor: 1 });
      assert.deepEqual(page.facets.channel, { telephone: 1, paper: 1 });
      // The rest over the one full match.
      assert.deepEqual(page.facets.theme, { telephone: 1, 'waiting-times': 1 });
      assert.deepEqual(page.facets.sentiment, { negative: 1 });
      assert.deepEqual(page.facets.flag, { none: 1 });
      assert.deepEqual(page.facets.language, { en: 1 });
      assert.deepEqual(page.facets.status, { new: 1 });

      // With text, every facet is within the text's matches.
      const text = await inbox.search(ours({ text: 'waiting', sentiment: ['negative'] }));
      assert.equal(text.total, 1);
      assert.deepEqual(text.facets.sentiment, { negative: 1, none: 1 });
      assert.deepEqual(text.facets.rating, { poor: 1 });
    });

    it('pages newest first by (time, id): items stored in the same millisecond are never skipped or repeated', async function () {
      const add = async (minute: number, practiceCode = 'C82001') => {
        const record = makeFeedback({
          practiceCode,
          receivedAt: at(minute),
          comments: [{ question: 'comment', text: 'Could not get an appointment.' }],
        });
        await store.insertFeedback(record);
        return record.id;
      };
      const older = await add(9);
      const sameMs = [await add(10), await add(10), await add(10)];
      const newer = await add(11);
      const theirs = [await add(10, 'C82002'), await add(12, 'C82002')];
      const expected = [newer, ...[...sameMs].sort().reverse(), older];

      for (const limit of [1, 2, 3]) {
        const plain = await allPages(inbox, ours({ limit }));
        assert.deepEqual(plain.ids, expected, `limit ${limit}`);
        assert.equal(plain.pages, Math.ceil(expected.length / limit));
        const text = await allPages(inbox, ours({ limit, text: 'appointments' }));
        assert.deepEqual(text.ids, expected, `text, limit ${limit}`);
      }
      const both = await allPages(inbox, ours({ limit: 2, practiceCodes: ['C82001', 'C82002'] }));
      const everyone = [theirs[1]!, newer, ...[...sameMs, theirs[0]!].sort().reverse(), older];
      assert.deepEqual(both.ids, everyone);
      const page = await inbox.search(ours({ limit: 2 }));
      assert.equal(page.total, 5);
      assert.deepEqual((await inbox.search(ours({ limit: 2, cursor: page.next! }))).total, 5);
    });

    it('refuses a cursor it did not give out', async function () {
      await assert.rejects(inbox.search(ours({ cursor: 'not-a-cursor' })), ValidationError);
    });

    it('finds feedback stored after it opened, and follows the worker when it is processed', async function () {
      const before = await inbox.search(ours({ text: 'parking' }));
      assert.equal(before.total, 0);
      const record = makeFeedback({
        receivedAt: at(1),
        rating: 'poor',
        comments: [{ question: 'better', text: 'Parking is impossible, I circled for twenty minutes.' }],
      });
      await store.insertFeedback(record);
      const found = await inbox.search(ours({ text: 'parking' }));
      assert.deepEqual(ids(found), [record.id]);
      assert.deepEqual(found.facets.sentiment, { none: 1 });

      await store.markProcessed(
        record.id,
        tagsFor('Parking is impossible, I circled for twenty minutes.', {
          themes: [{ theme: 'environment', polarity: 'negative' }],
        }),
        at(2),
      );
      const processed = await inbox.search(ours({ text: 'parked', theme: ['environment'] }));
      assert.deepEqual(ids(processed), [record.id]);
      assert.deepEqual(processed.facets.sentiment, { negative: 1 });
      assert.equal(processed.items[0]!.record.state, 'processed');
    });

    it('changes moderation only from the version seen: a stale version gets null', async function () {
      const { rude } = await seedInbox(store);
      const first = await inbox.updateModeration(change(rude, 0, 'in-review'));
      assert.deepEqual(first, {
        feedbackId: rude,
        practiceCode: 'C82001',
        status: 'in-review',
        reason: null,
        redactions: [],
        version: 1,
        updatedAt: at(60),
        updatedBy: 'user-1',
        publishedAt: null,
      } satisfies Moderation);
      assert.equal(await inbox.updateModeration(change(rude, 0, 'published')), null);
      const second = await inbox.updateModeration(change(rude, 1, 'not-published', at(61)));
      assert.equal(second?.version, 2);
      assert.equal(second?.reason, 'irrelevant');
      assert.equal(await inbox.updateModeration(change(rude, 1, 'published')), null);
      assert.deepEqual((await inbox.getItem(rude))?.moderation, second);

      // Two moderators at once from the same version: exactly one wins.
      const racers = await Promise.all([
        inbox.updateModeration(change(rude, 2, 'published')),
        inbox.updateModeration(change(rude, 2, 'escalated')),
      ]);
      assert.equal(racers.filter((result) => result !== null).length, 1);
      assert.equal((await inbox.getItem(rude))?.moderation.version, 3);
    });

    it('answers null for an unknown item, and keeps moderation across a reopen', async function () {
      const { rude, kind } = await seedInbox(store);
      assert.equal(await inbox.getItem(randomUUID()), null);
      const item = await inbox.getItem(kind);
      assert.deepEqual(item?.record, await store.getFeedback(kind));
      assert.equal(item?.moderation.status, 'new');

      const published = await inbox.updateModeration(change(rude, 0, 'published'));
      inbox = await fixture!.reopenInbox();
      assert.deepEqual((await inbox.getItem(rude))?.moderation, published);
      assert.deepEqual(ids(await inbox.search(ours({ status: ['published'] }))), [rude]);
      assert.equal((await inbox.search(ours())).total, 5);
    });

    it('keeps public replies and private notes, oldest first, per submission', async function () {
      const { rude, kind } = await seedInbox(store);
      const response = (feedbackId: string, minute: number, kind: FeedbackResponse['kind']): FeedbackResponse => ({
        id: randomUUID(),
        feedbackId,
        practiceCode: 'C82001',
        kind,
        text: `Reply written at minute ${minute}.`,
        authorId: 'user-1',
        authorLabel: 'Practice manager, Surgery C82001',
        createdAt: at(minute),
      });
      const later = response(rude, 30, 'public-reply');
      const earlier = response(rude, 20, 'private-note');
      const other = response(kind, 25, 'public-reply');
      for (const r of [later, earlier, other]) await inbox.addResponse(r);
      assert.deepEqual(await inbox.listResponses(rude), [earlier, later]);
      assert.deepEqual(await inbox.listResponses(kind), [other]);
      assert.deepEqual(await inbox.listResponses(randomUUID()), []);
    });

    it('keeps "you said, we did" per practice, newest first', async function () {
      const { rude, phone } = await seedInbox(store);
      const action = (practiceCode: string, minute: number, feedbackIds: string[]): YouSaidWeDid => ({
        id: randomUUID(),
        practiceCode,
        youSaid: 'You could not get through on the phone in the morning.',
        weDid: `Change number ${minute}: more staff on the phones from 8 am.`,
        feedbackIds,
        authorId: 'user-1',
        createdAt: at(minute),
      });
      const first = action('C82001', 30, [phone]);
      const second = action('C82001', 40, [rude, phone]);
      const theirs = action('C82002', 35, []);
      for (const a of [first, second, theirs]) await inbox.addYouSaidWeDid(a);
      assert.deepEqual(await inbox.listYouSaidWeDid('C82001'), [second, first]);
      assert.deepEqual(await inbox.listYouSaidWeDid('C82002'), [theirs]);
      assert.deepEqual(await inbox.listYouSaidWeDid('Y00000'), []);
    });

    it("lists one practice's published feedback, newest published first, with a cursor", async function () {
      const s = await seedInbox(store);
      await inbox.updateModeration(change(s.kind, 0, 'published', at(100)));
      await inbox.updateModeration(change(s.phone, 0, 'published', at(300)));
      await inbox.updateModeration(change(s.rude, 0, 'published', at(200)));
      await inbox.updateModeration(change(s.polish, 0, 'published', at(200)));
      await inbox.updateModeration(change(s.pending, 0, 'not-published', at(400)));
      await inbox.updateModeration(change(s.elsewhere, 0, 'published', at(500)));
      const sameTime = [s.rude, s.polish].sort().reverse();
      const expected = [s.phone, ...sameTime, s.kind];

      const first = await inbox.listPublished({ practiceCode: 'C82001', limit: 3 });
      assert.deepEqual(
        first.items.map((item) => item.record.id),
        expected.slice(0, 3),
      );
      assert.equal(first.items[0]!.moderation.status, 'published');
      assert.ok(first.next);
      const second = await inbox.listPublished({ practiceCode: 'C82001', limit: 3, cursor: first.next! });
      assert.deepEqual(
        second.items.map((item) => item.record.id),
        expected.slice(3),
      );
      assert.equal(second.next, null);

      // Taken back into review: no longer public.
      await inbox.updateModeration(change(s.phone, 1, 'in-review'));
      const after = await inbox.listPublished({ practiceCode: 'C82001', limit: 10 });
      assert.deepEqual(
        after.items.map((item) => item.record.id),
        [...sameTime, s.kind],
      );
    });
  });
}

describe('NedbInbox', function () {
  describeInboxContract('NedbInbox', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'yyg-inbox-'));
    const store = await NedbStore.open({ dataDir });
    const fixture: InboxFixture = {
      store,
      inbox: await NedbInbox.open({ dataDir, store }),
      async reopenInbox() {
        await fixture.inbox.close();
        fixture.inbox = await NedbInbox.open({ dataDir, store });
        return fixture.inbox;
      },
      async dispose() {
        await fixture.inbox.close();
        await store.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
    return fixture;
  });
});

describe('MongoInbox', function () {
  const mongo = mongoForSuite('MongoDB inbox contract', 'yyg_inbox');

  describeInboxContract('MongoInbox', async () => {
    const dbName = mongo.nextDbName();
    const store = await MongoStore.connect({ uri: mongo.uri, dbName });
    const fixture: InboxFixture = {
      store,
      inbox: await MongoInbox.open(store.database),
      async reopenInbox() {
        await fixture.inbox.close();
        fixture.inbox = await MongoInbox.open(store.database);
        return fixture.inbox;
      },
      async dispose() {
        await fixture.inbox.close();
        await store.close();
        await mongo.admin.db(dbName).dropDatabase();
      },
    };
    return fixture;
  });
});
