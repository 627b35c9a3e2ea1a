import assert from 'node:assert/strict';
import { WIDGET_LANGUAGES } from '../../backend/src/domain/practice.js';
import { startHarness, type Harness } from '../support/harness.js';
import { signInAs, type SignedIn } from '../support/staff.js';

const NEW_SITE = 'https://www.new-surgery.example';

describe('practice widget settings: staff PUT, public GET', () => {
  let h: Harness;
  /** The practice manager of C82001, signed in. */
  let manager: SignedIn;
  beforeEach(async () => {
    h = await startHarness();
    manager = await signInAs(h, { role: 'practice-manager', practiceCodes: ['C82001'] });
  });
  afterEach(() => h.close());

  const put = (body: unknown, code = 'C82001', as: SignedIn = manager) =>
    as.put(`/api/v1/staff/practices/${code}/settings`, body);
  const publicSettings = async () => (await fetch(`${h.url}/api/v1/practices/C82001`)).json();

  it('changes the questions, about-you and complaints link the widget reads, normalising websites', async () => {
    const res = await put({
      allowedOrigins: ['HTTPS://WWW.New-Surgery.example:443/', NEW_SITE, ' http://legacy-surgery.example:8080 '],
      questions: { good: '  What went well today?  ' },
      aboutYouEnabled: true,
      complaintsUrl: 'https://www.new-surgery.example/complaints',
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const expected = {
      code: 'C82001',
      allowedOrigins: [NEW_SITE, 'http://legacy-surgery.example:8080'],
      questions: { good: 'What went well today?', better: null },
      aboutYouEnabled: true,
      complaintsUrl: 'https://www.new-surgery.example/complaints',
      contacts: [],
      emailIncludesText: false,
      languages: [...WIDGET_LANGUAGES],
    };
    assert.deepEqual(res.body, expected);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.deepEqual(await publicSettings(), {
      code: 'C82001',
      name: 'South Leicestershire Medical Partnership',
      questions: expected.questions,
      aboutYouEnabled: true,
      complaintsUrl: expected.complaintsUrl,
      languages: [...WIDGET_LANGUAGES],
    });
    const staffView = await manager.get('/api/v1/staff/practices/c82001/settings');
    assert.deepEqual(staffView.body, expected);
  });

  it('narrows the languages the widget offers, in the widget order, and the public settings carry them', async () => {
    const res = await put({ languages: ['pl', 'en', 'ur', 'pl'] });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(res.body.languages, ['en', 'pl', 'ur']);
    assert.deepEqual((await publicSettings()).languages, ['en', 'pl', 'ur']);
    assert.deepEqual((await put({ aboutYouEnabled: true })).body.languages, ['en', 'pl', 'ur'], 'kept when not sent');
    assert.deepEqual((await put({ languages: [...WIDGET_LANGUAGES] })).body.languages, [...WIDGET_LANGUAGES]);
  });

  it('keeps what is not sent, and null puts back the standard question', async () => {
    await put({ questions: { good: 'What went well?', better: 'What should we change?' }, aboutYouEnabled: true });
    const res = await put({ questions: { better: null } });
    assert.deepEqual(res.body.questions, { good: 'What went well?', better: null });
    assert.equal(res.body.aboutYouEnabled, true);
    assert.deepEqual(res.body.allowedOrigins, ['https://www.southleicsmedical.example']);
    assert.equal((await put({ complaintsUrl: null })).body.complaintsUrl, null);
  });

  it('lets the newly registered website past CORS and shuts out the one removed', async () => {
    await put({ allowedOrigins: [NEW_SITE] });
    const preflight = (origin: string) =>
      fetch(`${h.url}/api/v1/feedback`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
      });
    assert.equal((await preflight(NEW_SITE)).headers.get('access-control-allow-origin'), NEW_SITE);
    assert.equal(
      (await preflight('https://www.southleicsmedical.example')).headers.get('access-control-allow-origin'),
      null,
    );
  });

  it('sets who receives alerts and digests, and whether the digest quotes comments, never shown to patients', async () => {
    const contacts = [
      { name: ' Practice manager ', email: ' pm@new-surgery.example ' },
      { name: 'Shared inbox', email: 'feedback.team+yyg@new-surgery.nhs.uk' },
    ];
    const res = await put({ contacts, emailIncludesText: true });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(res.body.contacts, [
      { name: 'Practice manager', email: 'pm@new-surgery.example' },
      { name: 'Shared inbox', email: 'feedback.team+yyg@new-surgery.nhs.uk' },
    ]);
    assert.equal(res.body.emailIncludesText, true);
    assert.equal((await put({ aboutYouEnabled: true })).body.contacts.length, 2, 'kept when not sent');
    const shown = JSON.stringify(await publicSettings());
    assert.ok(!shown.includes('new-surgery.example') && !shown.includes('emailIncludesText'), shown);
    assert.deepEqual((await put({ contacts: [] })).body.contacts, []);
  });

  const bad: [string, unknown, string, RegExp][] = [
    ['a wildcard website', { allowedOrigins: ['https://*.example.nhs.uk'] }, 'allowedOrigins.0', /wildcards/],
    ['a website with a path', { allowedOrigins: ['https://x.example/feedback'] }, 'allowedOrigins.0', /no path/],
    ['a website with a query', { allowedOrigins: ['https://x.example?a=1'] }, 'allowedOrigins.0', /no path, query/],
    ['a website that is not http(s)', { allowedOrigins: ['ftp://x.example'] }, 'allowedOrigins.0', /https:\/\//],
    ['a website that is not a URL', { allowedOrigins: ['www.x.example'] }, 'allowedOrigins.0', /website address/],
    ['a website with a password', { allowedOrigins: ['https://a:b@x.example'] }, 'allowedOrigins.0', /password/],
    ['websites that are not a list', { allowedOrigins: 'https://x.example' }, 'allowedOrigins', /list/],
    [
      'too many websites',
      { allowedOrigins: Array.from({ length: 21 }, (_, i) => `https://s${i}.example`) },
      'allowedOrigins',
      /at most 20/,
    ],
    ['a complaints link over http', { complaintsUrl: 'http://x.example/complaints' }, 'complaintsUrl', /https/],
    ['a question too long to read', { questions: { good: 'x'.repeat(151) } }, 'questions.good', /150/],
    ['an unknown question', { questions: { why: 'Why?' } }, 'questions.why', /not a setting/],
    ['about-you as a string', { aboutYouEnabled: 'yes' }, 'aboutYouEnabled', /true or false/],
    ['a misspelt setting', { allowedOrigin: [NEW_SITE] }, 'allowedOrigin', /not a setting/],
    [
      'a contact email that is not one',
      { contacts: [{ name: 'PM', email: 'pm at surgery' }] },
      'contacts.0.email',
      /email address/,
    ],
    [
      'a contact email with a second header',
      { contacts: [{ name: 'PM', email: 'pm@x.example\r\nBcc: leak@evil.example' }] },
      'contacts.0.email',
      /email address/,
    ],
    ['a contact without a name', { contacts: [{ name: ' ', email: 'pm@x.example' }] }, 'contacts.0.name', /empty/],
    [
      'a contact with something else',
      { contacts: [{ name: 'PM', email: 'pm@x.example', phone: '1' }] },
      'contacts.0.phone',
      /not a setting/,
    ],
    [
      'the same contact twice',
      {
        contacts: [
          { name: 'A', email: 'pm@x.example' },
          { name: 'B', email: 'PM@x.example' },
        ],
      },
      'contacts.1.email',
      /twice/,
    ],
    [
      'too many contacts',
      { contacts: Array.from({ length: 11 }, (_, i) => ({ name: `P${i}`, email: `p${i}@x.example` })) },
      'contacts',
      /at most 10/,
    ],
    ['the email-text switch as a string', { emailIncludesText: 'on' }, 'emailIncludesText', /true or false/],
    ['a language the widget does not speak', { languages: ['en', 'fr'] }, 'languages.1', /language codes from en/],
    ['languages without English', { languages: ['pl'] }, 'languages', /must include en/],
    ['languages that are not a list', { languages: 'en' }, 'languages', /list of language codes/],
  ];
  for (const [what, body, field, problem] of bad) {
    it(`refuses ${what} with a 422 naming ${field}, changing nothing`, async () => {
      // Sent beside a good change, to show a bad field stops the whole write.
      const res = await put({ aboutYouEnabled: true, ...(body as object) });
      assert.equal(res.status, 422, JSON.stringify(res.body));
      const entry = res.body.error.fields.find((f: { field: string }) => f.field === field);
      assert.ok(entry, `fields should name ${field}: ${JSON.stringify(res.body)}`);
      assert.match(entry.problem, problem);
      assert.equal((await publicSettings()).aboutYouEnabled, false, 'nothing half-written');
    });
  }

  it('refuses a body with nothing to change, or not an object, with a 4xx that says so', async () => {
    const empty = await put({});
    assert.equal(empty.status, 422);
    assert.match(empty.body.error.fields[0].problem, /at least one of allowedOrigins/);
    for (const body of [[1], 'hello']) {
      // Sent as JSON text: the helper would send a bare string as it is, without a JSON type.
      const res = await manager.put('/api/v1/staff/practices/C82001/settings', JSON.stringify(body), {
        'Content-Type': 'application/json',
      });
      assert.ok(res.status === 400 || res.status === 422, `${JSON.stringify(body)} gave ${res.status}`);
      assert.ok(res.body.error.message);
    }
  });

  it('needs a session, keeps a practice manager to their own practices, and tells an ICB admin which is unknown', async () => {
    const signedOut = await fetch(`${h.url}/api/v1/staff/practices/C82001/settings`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ aboutYouEnabled: true }),
    });
    assert.equal(signedOut.status, 401);
    assert.equal((await put({ aboutYouEnabled: true }, 'Z99999')).status, 403, 'not theirs: existence not revealed');
    const admin = await signInAs(h, { role: 'icb-admin' });
    const unknown = await put({ aboutYouEnabled: true }, 'Z99999', admin);
    assert.equal(unknown.status, 404);
    assert.match(unknown.body.error.message, /Z99999/);
  });
});
