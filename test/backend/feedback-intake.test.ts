import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { solvedAltcha } from '../support/altcha.js';
import { WIDGET_LANGUAGES } from '../../backend/src/domain/practice.js';
import { postJson, queueKinds, startHarness, type Harness } from '../support/harness.js';
import { signInAs } from '../support/staff.js';
import { waitFor } from '../support/wait.js';

/** A submission as the widget sends it, with a freshly solved proof of work and an empty honeypot. */
async function validBody(h: Harness, overrides: Record<string, unknown> = {}) {
  return {
    submissionId: randomUUID(),
    practiceCode: 'C82001',
    rating: 'good',
    comment: 'The nurse was kind and explained everything.',
    channel: 'web',
    language: 'en',
    website: '',
    altcha: await solvedAltcha(h.url),
    ...overrides,
  };
}

async function storedCount(h: Harness): Promise<number> {
  return (await h.store.listFeedback({ practiceCode: 'C82001', limit: 500 })).length;
}

for (const kind of queueKinds()) {
  describe(`POST /api/v1/feedback (${kind} queue)`, () => {
    let h: Harness;
    beforeEach(async () => {
      h = await startHarness({ queue: kind });
    });
    afterEach(() => h.close());

    it('stores a valid submission, answers 202 with id and receipt, and enqueues its id', async () => {
      const body = await validBody(h);
      const res = await postJson(`${h.url}/api/v1/feedback`, body);
      assert.equal(res.status, 202);
      assert.match(res.body.receipt, /^YYG-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      const stored = await h.store.getFeedback(res.body.id);
      assert.ok(stored, 'the record is in the store when the 202 arrives');
      assert.equal(stored.submissionId, body.submissionId);
      assert.deepEqual(stored.comments, [{ question: 'comment', text: body.comment }]);
      assert.equal(stored.state, 'received');
      await waitFor(() => h.jobs.includes(res.body.id));
    });

    it('answers a repeated submissionId with the same result and stores nothing new', async () => {
      const body = await validBody(h);
      const first = await postJson(`${h.url}/api/v1/feedback`, body);
      const again = await postJson(`${h.url}/api/v1/feedback`, body);
      assert.equal(again.status, 202);
      assert.deepEqual(again.body, first.body);
      assert.equal(await storedCount(h), 1);
    });

    it('stores one row when the same submission arrives ten times at once', async () => {
      const body = await validBody(h);
      const results = await Promise.all(Array.from({ length: 10 }, () => postJson(`${h.url}/api/v1/feedback`, body)));
      assert.deepEqual(new Set(results.map((r) => r.status)), new Set([202]));
      assert.equal(new Set(results.map((r) => r.body.id)).size, 1);
      assert.equal(await storedCount(h), 1);
    });

    it('refuses a reused submissionId with different content (409)', async () => {
      const body = await validBody(h);
      await postJson(`${h.url}/api/v1/feedback`, body);
      const clash = await postJson(`${h.url}/api/v1/feedback`, { ...body, rating: 'poor' });
      assert.equal(clash.status, 409);
      assert.match(clash.body.error.message, /submissionId/);
      assert.equal(await storedCount(h), 1);
    });

    it('accepts a rating with no comment and normalises the practice code', async () => {
      const res = await postJson(
        `${h.url}/api/v1/feedback`,
        await validBody(h, { comment: undefined, practiceCode: ' c82001 ' }),
      );
      assert.equal(res.status, 202);
      const stored = await h.store.getFeedback(res.body.id);
      assert.deepEqual(stored?.comments, []);
      assert.equal(stored?.practiceCode, 'C82001');
    });

    const badFields: [string, Record<string, unknown>, string, RegExp][] = [
      ['a missing rating', { rating: undefined }, 'rating', /required/],
      ['an unknown rating', { rating: 'excellent' }, 'rating', /very-good, good/],
      ['a rating of the wrong type', { rating: 5 }, 'rating', /one of/],
      ['a submissionId that is not a UUID', { submissionId: '1234' }, 'submissionId', /UUID/],
      ['a missing submissionId', { submissionId: undefined }, 'submissionId', /required/],
      ['a malformed practice code', { practiceCode: 'DROP TABLE' }, 'practiceCode', /ODS/],
      ['a practice code of the wrong type', { practiceCode: ['C82001'] }, 'practiceCode', /ODS/],
      ['a comment over 2,000 characters', { comment: 'x'.repeat(2001) }, 'comment', /2000/],
      ['a comment that is not text', { comment: { text: 'hi' } }, 'comment', /text/],
      ['an unknown channel', { channel: 'fax' }, 'channel', /web/],
      ['a bad language tag', { language: 'english please' }, 'language', /language tag/],
      [
        'contact details without consent',
        { contact: { consent: false, email: 'a@b.org' } },
        'contact.consent',
        /consent/,
      ],
      [
        'a contact request with no way to reach the patient',
        { contact: { consent: true, name: 'Sam' } },
        'contact.email',
        /email address or a phone/,
      ],
      ['a malformed contact email', { contact: { consent: true, email: 'not-an-email' } }, 'contact.email', /email/],
      [
        'two answers to one question',
        {
          comment: undefined,
          comments: [
            { question: 'good', text: 'a' },
            { question: 'good', text: 'b' },
          ],
        },
        'comments',
        /at most once/,
      ],
      [
        'an answer to an unknown question',
        { comment: undefined, comments: [{ question: 'why', text: 'a' }] },
        'comments.0.question',
        /good, better/,
      ],
      [
        'both comment and comments',
        { comments: [{ question: 'good', text: 'a' }] },
        'comment',
        /either comment or comments/,
      ],
      ['an unknown age band', { aboutYou: { ageBand: 'old' } }, 'aboutYou.ageBand', /65-74/],
      ['a client time that is not a date', { clientSubmittedAt: 'yesterday' }, 'clientSubmittedAt', /ISO 8601/],
    ];
    for (const [what, overrides, field, problem] of badFields) {
      it(`refuses ${what} with a 422 naming ${field}, storing nothing`, async () => {
        const res = await postJson(`${h.url}/api/v1/feedback`, await validBody(h, overrides));
        assert.equal(res.status, 422);
        const entry = res.body.error.fields.find((f: { field: string }) => f.field === field);
        assert.ok(entry, `fields should name ${field}: ${JSON.stringify(res.body)}`);
        assert.match(entry.problem, problem);
        assert.equal(await storedCount(h), 0);
      });
    }

    it('stores answers to both questions, about-you answers and a consented contact request', async () => {
      const res = await postJson(
        `${h.url}/api/v1/feedback`,
        await validBody(h, {
          comment: undefined,
          comments: [
            { question: 'good', text: 'Kind nurse.' },
            { question: 'better', text: '  ' },
          ],
          aboutYou: { ageBand: '75-plus', role: 'carer' },
          contact: { consent: true, name: 'Sam', email: 'sam@example.org', phone: '' },
          clientSubmittedAt: '2026-11-20T09:30:00+00:00',
        }),
      );
      assert.equal(res.status, 202);
      const stored = await h.store.getFeedback(res.body.id);
      assert.deepEqual(stored?.comments, [{ question: 'good', text: 'Kind nurse.' }], 'blank answers are left out');
      assert.deepEqual(stored?.aboutYou, { ageBand: '75-plus', role: 'carer' });
      assert.deepEqual(stored?.contact, { name: 'Sam', email: 'sam@example.org', phone: null });
      assert.equal(stored?.clientSubmittedAt?.toISOString(), '2026-11-20T09:30:00.000Z');
    });

    it('refuses an unknown practice with a 422 naming practiceCode', async () => {
      const res = await postJson(`${h.url}/api/v1/feedback`, await validBody(h, { practiceCode: 'Z99999' }));
      assert.equal(res.status, 422);
      assert.equal(res.body.error.fields[0].field, 'practiceCode');
      assert.match(res.body.error.fields[0].problem, /Z99999/);
    });

    it('refuses broken JSON with a 400 that says so', async () => {
      const res = await postJson(`${h.url}/api/v1/feedback`, '{"rating": "good",');
      assert.equal(res.status, 400);
      assert.match(res.body.error.message, /not valid JSON/);
    });

    it('refuses a JSON array or a bare string with a 4xx', async () => {
      for (const body of ['[1,2]', '"hello"', 'null']) {
        const res = await postJson(`${h.url}/api/v1/feedback`, body);
        assert.ok(res.status === 400 || res.status === 422, `${body} gave ${res.status}`);
        assert.ok(res.body.error.message);
      }
      assert.equal(await storedCount(h), 0);
    });

    it('refuses a body that is not JSON with a 415', async () => {
      const res = await postJson(`${h.url}/api/v1/feedback`, 'rating=good', {
        'Content-Type': 'application/x-www-form-urlencoded',
      });
      assert.equal(res.status, 415);
      assert.match(res.body.error.message, /Content-Type: application\/json/);
    });

    it('refuses an over-size body with a 413', async () => {
      const res = await postJson(`${h.url}/api/v1/feedback`, await validBody(h, { comment: 'x'.repeat(40_000) }));
      assert.equal(res.status, 413);
      assert.match(res.body.error.message, /too large/);
      assert.equal(await storedCount(h), 0);
    });

    it('lets signed-in staff of the practice list its feedback, and refuses without a session', async () => {
      const res = await postJson(`${h.url}/api/v1/feedback`, await validBody(h));
      const path = '/api/v1/staff/feedback?practice=C82001';
      assert.equal((await fetch(`${h.url}${path}`)).status, 401);
      const manager = await signInAs(h, { role: 'practice-manager', practiceCodes: ['C82001'] });
      const listed = await manager.get(path);
      assert.equal(listed.status, 200);
      assert.deepEqual(
        listed.body.items.map((i: { id: string }) => i.id),
        [res.body.id],
      );
    });

    it('answers /healthz and /readyz', async () => {
      assert.equal((await fetch(`${h.url}/healthz`)).status, 200);
      const ready = await fetch(`${h.url}/readyz`);
      assert.equal(ready.status, 200);
      assert.deepEqual(await ready.json(), { status: 'ready', store: 'ok', queue: 'ok' });
    });

    it('serves a practice name and widget settings for the widget, and 404 for an unknown one', async () => {
      const res = await fetch(`${h.url}/api/v1/practices/c82001`);
      assert.deepEqual(await res.json(), {
        code: 'C82001',
        name: 'South Leicestershire Medical Partnership',
        questions: { good: null, better: null },
        aboutYouEnabled: false,
        complaintsUrl: null,
        languages: [...WIDGET_LANGUAGES],
      });
      assert.equal((await fetch(`${h.url}/api/v1/practices/Z99999`)).status, 404);
    });
  });
}
