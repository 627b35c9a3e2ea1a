import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { issueAccessCode } from '../../backend/src/domain/access-code.js';
import { londonDate } from '../../backend/src/domain/london-time.js';
import { formSubmissionId } from '../../backend/src/http/assisted.schema.js';
import { toFeedbackRecord } from '../../backend/src/adapters/record-mapping.js';
import type { FeedbackRecord } from '../../backend/src/domain/feedback.js';
import { makeFeedback, makePractice } from '../support/fixtures.js';
import { postJson, startHarness, STAFF_TOKEN, type Harness } from '../support/harness.js';

const ENDPOINT = '/api/v1/assisted/feedback';
const today = () => londonDate(new Date());
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

function body(fields: Record<string, unknown> = {}) {
  return {
    submissionId: randomUUID(),
    practiceCode: 'C82001',
    rating: 'good',
    comments: [{ question: 'good', text: 'The receptionist was kind' }],
    channel: 'paper',
    agreed: true,
    formDate: daysAgo(2),
    ...fields,
  };
}

describe('assisted entry: POST /api/v1/assisted/feedback', () => {
  let h: Harness;
  let helper: { Authorization: string };
  let codeId: string;

  async function issue(hours: number, practiceCode = 'C82001', issuedHoursAgo = 0) {
    const { record, token } = issueAccessCode(
      { kind: 'helper', practiceCode, role: 'hub-helper', label: 'Library hub, Tuesdays' },
      hours,
      new Date(Date.now() - issuedHoursAgo * 3_600_000),
    );
    await h.store.insertAccessCode(record);
    return { token, id: record.id };
  }

  beforeEach(async () => {
    h = await startHarness({ practices: [makePractice('C82002', { name: 'Other practice' })] });
    const { token, id } = await issue(8);
    helper = { Authorization: `Helper ${token}` };
    codeId = id;
  });
  afterEach(() => h.close());

  const post = (b: unknown, headers: Record<string, string> = helper) => postJson(`${h.url}${ENDPOINT}`, b, headers);

  it('refuses no code, a wrong code and a kiosk code with 401, an expired code with 401, another practice with 403', async () => {
    assert.equal((await post(body(), {})).status, 401);
    assert.equal((await post(body(), { Authorization: 'Helper H-0000-0000-0000' })).status, 401);
    const kiosk = issueAccessCode(
      { kind: 'kiosk', practiceCode: 'C82001', role: null, label: 'Tablet' },
      24,
      new Date(),
    );
    await h.store.insertAccessCode(kiosk.record);
    assert.equal((await post(body(), { Authorization: `Helper ${kiosk.token}` })).status, 401);
    const expired = await issue(1, 'C82001', 2);
    const res = await post(body(), { Authorization: `Helper ${expired.token}` });
    assert.equal(res.status, 401);
    assert.match(res.body.error.message, /expired/);
    const other = await issue(8, 'C82002');
    const forbidden = await post(body(), { Authorization: `Helper ${other.token}` });
    assert.equal(forbidden.status, 403);
    assert.match(forbidden.body.error.message, /for practice C82002, not C82001/);
    assert.equal((await post(body(), { Authorization: 'Bearer not-the-staff-token' })).status, 401);
  });

  for (const channel of ['paper', 'telephone', 'in-person', 'hub', 'other']) {
    it(`stores a ${channel} submission with the form date and who helped, by role and code id only`, async () => {
      const formDate = daysAgo(3);
      const res = await post(body({ channel, formDate }));
      assert.equal(res.status, 202, JSON.stringify(res.body));
      assert.match(res.body.receipt, /^YYG-/);
      const stored = await h.store.getFeedbackBySubmissionId((await h.store.getFeedback(res.body.id))!.submissionId);
      assert.equal(stored?.channel, channel);
      assert.equal(londonDate(stored!.clientSubmittedAt!), formDate);
      assert.deepEqual(stored?.assistedBy, { role: 'hub-helper', accessCodeId: codeId });
      assert.ok(!JSON.stringify(stored).includes('Library hub'), 'the code label is not copied');
    });
  }

  it('takes the interim staff token too, recorded as practice staff without a code', async () => {
    const res = await post(body({ channel: 'telephone' }), { Authorization: `Bearer ${STAFF_TOKEN}` });
    assert.equal(res.status, 202, JSON.stringify(res.body));
    assert.deepEqual((await h.store.getFeedback(res.body.id))?.assistedBy, {
      role: 'practice-staff',
      accessCodeId: null,
    });
  });

  it('reads rows stored before assisted entry, or from the public route, as helped by no one', () => {
    const row = makeFeedback() as Partial<FeedbackRecord>;
    delete row.assistedBy;
    assert.equal(toFeedbackRecord(row as FeedbackRecord).assistedBy, null);
  });

  const invalid: [string, Record<string, unknown>, string, RegExp][] = [
    ['agreed missing', { agreed: undefined }, 'agreed', /required/],
    ['agreed false', { agreed: false }, 'agreed', /patient agreed/],
    ['a future form date', { formDate: daysAgo(-2) }, 'formDate', /future/],
    ['a form date over a year old', { formDate: daysAgo(400) }, 'formDate', /last year/],
    ['a form date that is no date', { formDate: '2026-02-30' }, 'formDate', /YYYY-MM-DD/],
    ['no form date', { formDate: undefined }, 'formDate', /required/],
    ['the web channel', { channel: 'web' }, 'channel', /paper, telephone/],
    ['no channel', { channel: undefined }, 'channel', /required/],
    ['a bad form number', { formNumber: 'X-1' }, 'formNumber', /F-7K3Q9X/],
    ['no rating', { rating: undefined }, 'rating', /required/],
  ];
  for (const [what, fields, field, problem] of invalid) {
    it(`refuses ${what} with a 422 naming ${field}`, async () => {
      const res = await post(body(fields));
      assert.equal(res.status, 422);
      const entry = res.body.error.fields.find((f: { field: string }) => f.field === field);
      assert.ok(entry, JSON.stringify(res.body));
      assert.match(entry.problem, problem);
    });
  }

  it('accepts today as the form date', async () => {
    assert.equal((await post(body({ formDate: today() }))).status, 202);
  });

  it('refuses the same paper form entered twice with a 409 saying when and its receipt, and keeps one', async () => {
    const first = await post(body({ formNumber: 'f 7k2m9q' }));
    assert.equal(first.status, 202);
    assert.equal(first.body.formNumber, 'F-7K2M9Q');
    // Entered again, by another helper, with other words and another client id: still the same form.
    // Typed as read off the paper: the letter O for the digit 0 is the same number.
    const first0 = await post(body({ formNumber: 'F-7K2M9O' }));
    assert.equal(first0.status, 202);
    const again0 = await post(body({ formNumber: 'F-7K2M90', submissionId: randomUUID() }));
    assert.equal(again0.status, 409);
    const again = await post(body({ formNumber: 'F-7K2M9Q', rating: 'poor', submissionId: randomUUID() }));
    assert.equal(again.status, 409);
    assert.match(again.body.error.message, /^Form F-7K2M9Q was already entered on \d{1,2} \w+ \d{4} \(receipt YYG-/);
    assert.equal(again.body.duplicate.receipt, first.body.receipt);
    assert.equal(again.body.error.fields[0].field, 'formNumber');
    const stored = await h.store.getFeedbackBySubmissionId(formSubmissionId('C82001', 'F-7K2M9Q'));
    assert.equal(stored?.id, first.body.id);
    assert.equal(stored?.rating, 'good');
    // The same number at another practice is another form.
    const staff = { Authorization: `Bearer ${STAFF_TOKEN}` };
    assert.equal((await post(body({ practiceCode: 'C82002', formNumber: 'F-7K2M9Q' }), staff)).status, 202);
  });

  it('derives the same UUID v5 from practice and form number, whatever the case', () => {
    const id = formSubmissionId('c82001', 'f-abc123');
    assert.equal(id, formSubmissionId('C82001', 'F-ABC123'));
    assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.notEqual(id, formSubmissionId('C82002', 'F-ABC123'));
  });

  it('keeps assisted and kiosk channels off the public route, which checks no code', async () => {
    for (const channel of ['paper', 'telephone', 'kiosk']) {
      const res = await postJson(`${h.url}/api/v1/feedback`, { ...body({ channel }), agreed: undefined });
      assert.equal(res.status, 422);
      const entry = res.body.error.fields.find((f: { field: string }) => f.field === 'channel');
      assert.match(entry?.problem ?? '', /must be web here/, JSON.stringify(res.body));
    }
    assert.deepEqual(await h.store.listFeedback({ practiceCode: 'C82001', limit: 10 }), []);
  });

  it('tells the page the practice and role of the code in use, and nothing for no code', async () => {
    const me = await fetch(`${h.url}/api/v1/assisted/me`, { headers: helper });
    assert.equal(me.status, 200);
    const body = await me.json();
    assert.equal(body.practiceCode, 'C82001');
    assert.equal(body.role, 'hub-helper');
    assert.ok(!('label' in body));
    assert.equal((await fetch(`${h.url}/api/v1/assisted/me`)).status, 401);
  });

  it('serves the assisted-entry page under the strict CSP, and 404 for an unknown practice', async () => {
    const page = await fetch(`${h.url}/assist/c82001`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    const html = await page.text();
    assert.match(html, /<yyg-assisted-entry[^>]*practice="C82001"/);
    assert.doesNotMatch(html, /<script>|style=/);
    assert.equal((await fetch(`${h.url}/assist/Z99999`)).status, 404);
  });
});
