import assert from 'node:assert/strict';
import { PRACTICE, startHarness, type Harness } from '../support/harness.js';
import { makePractice } from '../support/fixtures.js';
import { storeProcessed } from '../support/inbox-data.js';
import { signInAs, type SignedIn } from '../support/staff.js';
import { parse } from 'csv-parse/sync';

const OTHER = makePractice('C82002', { name: 'Other Surgery' });
const DAY = 86_400_000;

describe('Staff inbox over HTTP: search, moderation, replies, stories and the audit trail', function () {
  this.timeout(20_000);
  let harness: Harness;
  let manager: SignedIn;
  let rude: string;
  let flagged: string;

  before(async function () {
    harness = await startHarness({ practices: [OTHER] });
    const now = Date.now();
    rude = (
      await storeProcessed(harness.store, {
        text: 'The receptionist was very rude to my mother, Mrs Patel, on the phone.',
        rating: 'very-poor',
        receivedAt: new Date(now - 3 * DAY),
      })
    ).id;
    await storeProcessed(harness.store, {
      text: 'I waited forty minutes past my appointment time.',
      rating: 'poor',
      receivedAt: new Date(now - 2 * DAY),
    });
    await storeProcessed(harness.store, {
      text: '=HYPERLINK("https://evil.example","Click") the doctor was very poor',
      rating: 'very-poor',
      receivedAt: new Date(now - 2.5 * DAY),
    });
    await storeProcessed(harness.store, {
      text: 'Lovely nurse, quick appointment.',
      rating: 'very-good',
      channel: 'kiosk',
      receivedAt: new Date(now - DAY),
    });
    flagged = (
      await storeProcessed(harness.store, {
        text: 'I want to end my life, nobody at the surgery listens.',
        rating: 'very-poor',
        receivedAt: new Date(now - DAY / 2),
      })
    ).id;
    // Another practice's rude receptionist: never seen by C82001's manager.
    await storeProcessed(harness.store, {
      practiceCode: OTHER.code,
      text: 'Rude receptionist again at the other surgery.',
      rating: 'poor',
    });
    manager = await signInAs(harness, { role: 'practice-manager', practiceCodes: [PRACTICE.code] });
  });

  after(async function () {
    await harness?.close();
  });

  it('finds words in any order and by stem, only in the practices the user may see, with highlights', async function () {
    const found = await manager.get('/api/v1/staff/feedback?q=receptionist%20rude');
    assert.equal(found.status, 200, JSON.stringify(found.body));
    assert.deepEqual(
      found.body.items.map((i: { id: string }) => i.id),
      [rude],
    );
    assert.equal(found.body.total, 1);
    const comment = found.body.items[0].comments[0];
    const marked = comment.highlights.map((h: { start: number; end: number }) => comment.text.slice(h.start, h.end));
    assert.deepEqual(marked.map((m: string) => m.toLowerCase()).sort(), ['receptionist', 'rude']);

    const stem = await manager.get('/api/v1/staff/feedback?q=waiting');
    assert.equal(stem.body.total, 1, 'waiting finds waited');
  });

  it('lists newest first with counts per filter, and filters narrow the list', async function () {
    const all = await manager.get('/api/v1/staff/feedback');
    assert.equal(all.status, 200);
    assert.equal(all.body.total, 5);
    const times = all.body.items.map((i: { receivedAt: string }) => Date.parse(i.receivedAt));
    assert.deepEqual(times, [...times].sort((a, b) => b - a));
    assert.equal(all.body.facets.rating['very-poor'], 3);
    assert.equal(all.body.facets.channel.kiosk, 1);

    const poor = await manager.get('/api/v1/staff/feedback?rating=very-poor&rating=poor');
    assert.equal(poor.body.total, 4);
    // Leave-one-out: the rating counts still show every rating while rating is filtered.
    assert.equal(poor.body.facets.rating['very-good'], 1);
    const kiosk = await manager.get('/api/v1/staff/feedback?channel=kiosk');
    assert.equal(kiosk.body.total, 1);
  });

  it('refuses a search widened to another practice, and a bad filter with a field to fix', async function () {
    const widened = await manager.get(`/api/v1/staff/feedback?practice=${OTHER.code}`);
    assert.equal(widened.status, 403);
    const bad = await manager.get('/api/v1/staff/feedback?rating=excellent&limit=1000');
    assert.equal(bad.status, 422);
    const fields = bad.body.error.fields.map((f: { field: string }) => f.field);
    assert.ok(fields.includes('rating') && fields.includes('limit'), JSON.stringify(bad.body));
  });

  it('shows the practice manager the original words; the redacted text hides the name', async function () {
    const answer = await manager.get(`/api/v1/staff/feedback/${rude}`);
    assert.equal(answer.status, 200);
    const { item } = answer.body;
    assert.match(item.original[0].text, /Mrs Patel/);
    assert.doesNotMatch(item.comments[0].text, /Patel/);
    assert.equal(item.status, 'new');
    assert.equal(item.version, 0);
  });

  it('publishes with a removal, refuses a stale version, and the public story shows only the redacted text', async function () {
    const { item } = (await manager.get(`/api/v1/staff/feedback/${rude}`)).body;
    const text: string = item.comments[0].text;
    const start = text.indexOf('to my mother');
    const end = start + 'to my mother'.length;
    const published = await manager.patch(`/api/v1/staff/feedback/${rude}/moderation`, {
      version: 0,
      status: 'published',
      redactions: [{ comment: 0, start, end }],
    });
    assert.equal(published.status, 200, JSON.stringify(published.body));
    assert.equal(published.body.moderation.status, 'published');
    assert.equal(published.body.moderation.version, 1);

    const stale = await manager.patch(`/api/v1/staff/feedback/${rude}/moderation`, {
      version: 0,
      status: 'not-published',
      reason: 'duplicate',
    });
    assert.equal(stale.status, 409);

    const outOfRange = await manager.patch(`/api/v1/staff/feedback/${rude}/moderation`, {
      version: 1,
      status: 'published',
      redactions: [{ comment: 0, start: 0, end: 100_000 }],
    });
    assert.equal(outOfRange.status, 422);

    const reply = await manager.post(`/api/v1/staff/feedback/${rude}/responses`, {
      kind: 'public-reply',
      text: 'We are sorry. We have talked with the reception team about how we answer the phone.',
    });
    assert.equal(reply.status, 201, JSON.stringify(reply.body));
    const note = await manager.post(`/api/v1/staff/feedback/${rude}/responses`, {
      kind: 'private-note',
      text: 'Spoke to the receptionist on duty that morning.',
    });
    assert.equal(note.status, 201);

    const stories = await fetch(`${harness.url}/api/v1/practices/${PRACTICE.code}/stories`).then((r) => r.json());
    assert.equal(stories.items.length, 1);
    const story = stories.items[0];
    assert.equal(story.id, rude);
    assert.match(story.comments[0].text, /\[removed\]/);
    assert.doesNotMatch(story.comments[0].text, /mother|Patel/);
    assert.deepEqual(
      story.replies.map((r: { text: string }) => r.text),
      ['We are sorry. We have talked with the reception team about how we answer the phone.'],
    );
    assert.doesNotMatch(JSON.stringify(stories), /Spoke to the receptionist/, 'private notes stay private');
  });

  it('will not publish safeguarding content without a person confirming it, nor straight from escalation', async function () {
    const refused = await manager.patch(`/api/v1/staff/feedback/${flagged}/moderation`, {
      version: 0,
      status: 'published',
    });
    assert.equal(refused.status, 422);
    assert.equal(refused.body.error.fields[0].field, 'flagsReviewed');
    const escalated = await manager.patch(`/api/v1/staff/feedback/${flagged}/moderation`, {
      version: 0,
      status: 'escalated',
    });
    assert.equal(escalated.status, 200);
    const straight = await manager.patch(`/api/v1/staff/feedback/${flagged}/moderation`, {
      version: 1,
      status: 'published',
      flagsReviewed: true,
    });
    assert.equal(straight.status, 422);
    assert.equal(straight.body.error.fields[0].field, 'status');
    const noReason = await manager.patch(`/api/v1/staff/feedback/${flagged}/moderation`, {
      version: 1,
      status: 'not-published',
    });
    assert.equal(noReason.status, 422);
    assert.equal(noReason.body.error.fields[0].field, 'reason');
  });

  it('records you said, we did for the practice only, linked to its own feedback', async function () {
    const foreign = (await harness.store.listFeedback({ practiceCode: OTHER.code, limit: 1 }))[0];
    const refused = await manager.post(`/api/v1/staff/practices/${PRACTICE.code}/you-said-we-did`, {
      youSaid: 'The phones are hard to get through on.',
      weDid: 'We added two lines at 8am.',
      feedbackIds: [foreign.id],
    });
    assert.equal(refused.status, 422);
    const ok = await manager.post(`/api/v1/staff/practices/${PRACTICE.code}/you-said-we-did`, {
      youSaid: 'Reception could be kinder on the phone.',
      weDid: 'Customer-care training for the whole reception team.',
      feedbackIds: [rude],
    });
    assert.equal(ok.status, 201);
    const stories = await fetch(`${harness.url}/api/v1/practices/${PRACTICE.code}/stories`).then((r) => r.json());
    assert.deepEqual(
      stories.youSaidWeDid.map((a: { weDid: string }) => a.weDid),
      ['Customer-care training for the whole reception team.'],
    );
  });

  it('exports the filtered list as CSV with redacted text only, and audits the export', async function () {
    const response = await fetch(`${harness.url}/api/v1/staff/feedback.csv?rating=very-poor`, {
      headers: { Cookie: manager.cookie },
    });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /text\/csv/);
    const rows: Record<string, string>[] = parse(await response.text(), { columns: true });
    assert.equal(rows.length, 3);
    assert.ok(rows.every((row) => row.practice === PRACTICE.code));
    assert.ok(!rows.some((row) => /Patel/.test(row.comment)), 'no names in the export');
    const formula = rows.find((row) => row.comment.includes('HYPERLINK'));
    assert.ok(formula && formula.comment.startsWith("'="), 'a formula is defused, not run by a spreadsheet');
    const log = await manager.get(`/api/v1/staff/audit?practice=${PRACTICE.code}`);
    const exported = log.body.items.find((e: { action: string }) => e.action === 'feedback.export');
    assert.ok(exported, 'the export is in the audit log');
    assert.deepEqual(exported.after.filters.rating, ['very-poor']);
  });

  it('keeps every action in a hash-chained audit log that shows who, what, when, from where, before and after', async function () {
    const item = (await manager.get(`/api/v1/staff/feedback/${rude}`)).body;
    const actions = item.history.map((h: { action: string }) => h.action);
    assert.ok(actions.includes('feedback.moderate') && actions.includes('feedback.reply'), actions.join(','));
    const moderate = item.history.find((h: { action: string }) => h.action === 'feedback.moderate');
    assert.equal(moderate.before.status, 'new');
    assert.equal(moderate.after.status, 'published');

    const log = await manager.get(`/api/v1/staff/audit?practice=${PRACTICE.code}`);
    assert.equal(log.status, 200);
    const entry = log.body.items.find((e: { action: string }) => e.action === 'feedback.moderate');
    assert.equal(entry.actorId, manager.user.id);
    assert.equal(entry.actorName, 'Test practice-manager', 'the name is shown beside the id');
    assert.equal(entry.ip, '127.0.0.1');
    assert.match(entry.hash, /^[0-9a-f]{64}$/);
    const note = log.body.items.find((e: { action: string }) => e.action === 'feedback.note');
    assert.doesNotMatch(JSON.stringify(note), /Spoke to the receptionist/, 'a private note is logged by fingerprint');

    const notAdmin = await manager.get('/api/v1/staff/audit/verify');
    assert.equal(notAdmin.status, 403);
    const admin = await signInAs(harness, { role: 'icb-admin' });
    const verified = await admin.get('/api/v1/staff/audit/verify');
    assert.equal(verified.status, 200);
    assert.equal(verified.body.ok, true);
    assert.ok(verified.body.checked >= 5);
  });
});
