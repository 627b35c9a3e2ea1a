import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { PRACTICE, startHarness, type Harness } from '../support/harness.js';
import { makePractice } from '../support/fixtures.js';
import { storeProcessed } from '../support/inbox-data.js';
import { signInAs, type SignedIn, type StaffResponse } from '../support/staff.js';

/**
 * The authorisation matrix, written out by hand (not derived from the policy it checks): for
 * each staff endpoint, the status each role gets on its own practice and on another practice.
 * Roles: ICB administrator, moderator for every practice, moderator for C82001 only, practice
 * manager of C82001, analyst, councillor, and nobody signed in. "own" is C82001, "other" C82002.
 * Beyond status codes, it checks that what comes back never holds another practice's feedback,
 * counts or words, whatever filter was asked for.
 */
const OWN = PRACTICE.code;
const OTHER = makePractice('C82002', { name: 'Other Surgery' });
const ROLES = ['admin', 'modAll', 'modOwn', 'manager', 'analyst', 'councillor', 'anonymous'] as const;
type Role = (typeof ROLES)[number];
type Expect = Record<Role, number>;

/** [admin, modAll, modOwn, manager, analyst, councillor, anonymous] */
const row = (...codes: number[]): Expect => Object.fromEntries(ROLES.map((role, i) => [role, codes[i]])) as Expect;

interface Ids {
  own: string;
  other: string;
}

interface Case {
  name: string;
  expect: Expect;
  request: (as: Client, ids: Ids) => Promise<StaffResponse>;
}

type Client = Pick<SignedIn, 'get' | 'post' | 'put' | 'patch'>;

async function version(harness: Harness, id: string): Promise<number> {
  return (await harness.staff.inbox.getItem(id))!.moderation.version;
}

function cases(harness: Harness): Case[] {
  const moderate = (which: keyof Ids) => async (as: Client, ids: Ids) =>
    as.patch(`/api/v1/staff/feedback/${ids[which]}/moderation`, {
      version: await version(harness, ids[which]),
      status: 'in-review',
    });
  const csv =
    'A99999,TEST SURGERY,Y00,Q00,1 HIGH STREET,,LEICESTER,,,LE1 1AA,20000101,,A,B,04C,20130401,,0116 000000,,,,0,,04C,,4,\n';
  return [
    {
      name: 'GET /feedback',
      expect: row(200, 200, 200, 200, 200, 403, 401),
      request: (as) => as.get('/api/v1/staff/feedback'),
    },
    {
      name: 'GET /feedback?practice=own',
      expect: row(200, 200, 200, 200, 200, 403, 401),
      request: (as) => as.get(`/api/v1/staff/feedback?practice=${OWN}`),
    },
    {
      name: 'GET /feedback?practice=other',
      expect: row(200, 200, 403, 403, 200, 403, 401),
      request: (as) => as.get(`/api/v1/staff/feedback?practice=${OTHER.code}`),
    },
    {
      name: 'GET /feedback?practice=own&practice=other',
      expect: row(200, 200, 403, 403, 200, 403, 401),
      request: (as) => as.get(`/api/v1/staff/feedback?practice=${OWN}&practice=${OTHER.code}&q=receptionist`),
    },
    {
      name: 'GET /feedback/:own',
      expect: row(200, 200, 200, 200, 200, 404, 401),
      request: (as, ids) => as.get(`/api/v1/staff/feedback/${ids.own}`),
    },
    {
      name: 'GET /feedback/:other (guessed id)',
      expect: row(200, 200, 404, 404, 200, 404, 401),
      request: (as, ids) => as.get(`/api/v1/staff/feedback/${ids.other}`),
    },
    {
      name: 'PATCH /feedback/:own/moderation',
      expect: row(200, 200, 200, 200, 403, 404, 401),
      request: moderate('own'),
    },
    {
      name: 'PATCH /feedback/:other/moderation',
      expect: row(200, 200, 404, 404, 403, 404, 401),
      request: moderate('other'),
    },
    {
      name: 'POST /feedback/:own/responses',
      expect: row(403, 403, 403, 201, 403, 404, 401),
      request: (as, ids) =>
        as.post(`/api/v1/staff/feedback/${ids.own}/responses`, { kind: 'private-note', text: 'Checked.' }),
    },
    {
      name: 'POST /feedback/:other/responses',
      expect: row(403, 403, 404, 404, 403, 404, 401),
      request: (as, ids) =>
        as.post(`/api/v1/staff/feedback/${ids.other}/responses`, { kind: 'public-reply', text: 'Thank you.' }),
    },
    {
      name: 'GET /feedback.csv?practice=own',
      expect: row(200, 403, 403, 200, 200, 403, 401),
      request: (as) => as.get(`/api/v1/staff/feedback.csv?practice=${OWN}`),
    },
    {
      name: 'GET /feedback.csv?practice=other',
      expect: row(200, 403, 403, 403, 200, 403, 401),
      request: (as) => as.get(`/api/v1/staff/feedback.csv?practice=${OTHER.code}`),
    },
    {
      name: 'GET /practices/own/you-said-we-did',
      expect: row(200, 200, 200, 200, 200, 403, 401),
      request: (as) => as.get(`/api/v1/staff/practices/${OWN}/you-said-we-did`),
    },
    {
      name: 'POST /practices/own/you-said-we-did',
      expect: row(403, 403, 403, 201, 403, 403, 401),
      request: (as) =>
        as.post(`/api/v1/staff/practices/${OWN}/you-said-we-did`, { youSaid: 'Phones.', weDid: 'More lines.' }),
    },
    {
      name: 'POST /practices/other/you-said-we-did',
      expect: row(403, 403, 403, 403, 403, 403, 401),
      request: (as) =>
        as.post(`/api/v1/staff/practices/${OTHER.code}/you-said-we-did`, { youSaid: 'Phones.', weDid: 'More lines.' }),
    },
    {
      name: 'GET /practices/own/settings',
      expect: row(200, 403, 403, 200, 403, 403, 401),
      request: (as) => as.get(`/api/v1/staff/practices/${OWN}/settings`),
    },
    {
      name: 'GET /practices/other/settings',
      expect: row(200, 403, 403, 403, 403, 403, 401),
      request: (as) => as.get(`/api/v1/staff/practices/${OTHER.code}/settings`),
    },
    {
      name: 'PUT /practices/other/settings',
      expect: row(200, 403, 403, 403, 403, 403, 401),
      request: (as) => as.put(`/api/v1/staff/practices/${OTHER.code}/settings`, { aboutYouEnabled: true }),
    },
    {
      name: 'GET /practices/own/rollups',
      expect: row(200, 200, 200, 200, 200, 403, 401),
      request: (as) => as.get(`/api/v1/staff/practices/${OWN}/rollups?from=2026-01-01&to=2026-01-31`),
    },
    {
      name: 'GET /practices/other/rollups',
      expect: row(200, 200, 403, 403, 200, 403, 401),
      request: (as) => as.get(`/api/v1/staff/practices/${OTHER.code}/rollups?from=2026-01-01&to=2026-01-31`),
    },
    {
      name: 'POST /practices/own/access-codes',
      expect: row(201, 403, 403, 201, 403, 403, 401),
      request: (as) =>
        as.post(`/api/v1/staff/practices/${OWN}/access-codes`, {
          kind: 'helper',
          role: 'receptionist',
          label: 'Front desk',
          hours: 8,
        }),
    },
    {
      name: 'POST /practices/other/access-codes',
      expect: row(201, 403, 403, 403, 403, 403, 401),
      request: (as) =>
        as.post(`/api/v1/staff/practices/${OTHER.code}/access-codes`, {
          kind: 'helper',
          role: 'receptionist',
          label: 'Front desk',
          hours: 8,
        }),
    },
    {
      name: 'GET /users',
      expect: row(200, 403, 403, 403, 403, 403, 401),
      request: (as) => as.get('/api/v1/staff/users'),
    },
    {
      name: 'POST /users',
      expect: row(201, 403, 403, 403, 403, 403, 401),
      request: (as) =>
        as.post('/api/v1/staff/users', {
          email: `new-${Math.random().toString(36).slice(2)}@staff.test.invalid`,
          name: 'New Person',
          role: 'analyst',
          practiceCodes: [],
        }),
    },
    {
      name: 'GET /audit',
      expect: row(200, 403, 403, 200, 403, 403, 401),
      request: (as) => as.get('/api/v1/staff/audit'),
    },
    {
      name: 'GET /audit?practice=other',
      expect: row(200, 403, 403, 403, 403, 403, 401),
      request: (as) => as.get(`/api/v1/staff/audit?practice=${OTHER.code}`),
    },
    {
      name: 'GET /audit/verify',
      expect: row(200, 403, 403, 403, 403, 403, 401),
      request: (as) => as.get('/api/v1/staff/audit/verify'),
    },
    {
      name: 'GET /area-summary',
      expect: row(200, 200, 200, 200, 200, 200, 401),
      request: (as) => as.get('/api/v1/staff/area-summary?area=icb&code=QK1&from=2026-01-01&to=2026-01-31'),
    },
    {
      name: 'GET /areas',
      expect: row(200, 200, 200, 200, 200, 200, 401),
      request: (as) => as.get('/api/v1/staff/areas'),
    },
    {
      name: 'POST /directory/import',
      expect: row(200, 403, 403, 403, 403, 403, 401),
      request: (as) => as.post('/api/v1/staff/directory/import', csv, { 'Content-Type': 'text/csv' }),
    },
    {
      name: 'GET /unknown-path',
      expect: row(404, 404, 404, 404, 404, 404, 401),
      request: (as) => as.get('/api/v1/staff/no-such-thing'),
    },
  ];
}

describe('Authorisation matrix: every staff endpoint × every role × own and other practice', function () {
  this.timeout(60_000);
  let harness: Harness;
  const clients = {} as Record<Role, Client>;
  const ids = {} as Ids;

  before(async function () {
    harness = await startHarness({ practices: [OTHER] });
    ids.own = (await storeProcessed(harness.store, { text: 'The receptionist at my own surgery was rude.' })).id;
    ids.other = (
      await storeProcessed(harness.store, {
        practiceCode: OTHER.code,
        text: 'The receptionist at the other surgery, Mrs Jones, was rude and unhelpful.',
        rating: 'very-poor',
      })
    ).id;
    clients.admin = await signInAs(harness, { role: 'icb-admin' });
    clients.modAll = await signInAs(harness, { role: 'moderator', practiceCodes: ['*'] });
    clients.modOwn = await signInAs(harness, { role: 'moderator', practiceCodes: [OWN] });
    clients.manager = await signInAs(harness, { role: 'practice-manager', practiceCodes: [OWN] });
    clients.analyst = await signInAs(harness, { role: 'analyst' });
    clients.councillor = await signInAs(harness, { role: 'councillor' });
    const anonymous = async (method: string, path: string, body?: unknown) =>
      fetch(`${harness.url}${path}`, {
        method,
        headers: { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      }).then(async (r) => ({ status: r.status, headers: r.headers, body: await r.text() }));
    clients.anonymous = {
      get: (path) => anonymous('GET', path),
      post: (path, body) => anonymous('POST', path, body),
      put: (path, body) => anonymous('PUT', path, body),
      patch: (path, body) => anonymous('PATCH', path, body),
    };
  });

  after(async function () {
    await harness?.close();
  });

  it('gives each role exactly the statuses in the table', async function () {
    const table = cases(harness);
    const wrong: string[] = [];
    for (const testCase of table) {
      for (const role of ROLES) {
        const answer = await testCase.request(clients[role], ids);
        if (answer.status !== testCase.expect[role]) {
          wrong.push(
            `${testCase.name} as ${role}: expected ${testCase.expect[role]}, got ${answer.status} ${JSON.stringify(answer.body).slice(0, 160)}`,
          );
        }
      }
    }
    process.stdout.write(
      `      authorisation matrix: ${table.length} endpoints × ${ROLES.length} roles = ${table.length * ROLES.length} checks\n`,
    );
    assert.deepEqual(wrong, []);
  });

  it("never lets a scoped user see, count or search another practice's feedback", async function () {
    for (const role of ['manager', 'modOwn'] as const) {
      const list = await clients[role].get('/api/v1/staff/feedback?q=receptionist%20rude&limit=100');
      assert.equal(list.status, 200);
      assert.deepEqual(
        list.body.items.map((i: { practiceCode: string }) => i.practiceCode),
        [OWN],
        `${role} sees only ${OWN}`,
      );
      assert.equal(list.body.total, 1, `${role}'s total counts only ${OWN}`);
      const counted = Object.values(list.body.facets.rating as Record<string, number>).reduce((a, b) => a + b, 0);
      assert.equal(counted, 1, `${role}'s counts per rating hold only ${OWN}`);
      assert.doesNotMatch(JSON.stringify(list.body), /other surgery|Jones/i);
      const audit = await clients[role].get('/api/v1/staff/audit?limit=200');
      if (audit.status === 200) {
        assert.ok(audit.body.items.every((e: { practiceCode: string | null }) => e.practiceCode === OWN));
      }
    }
    const csv = await fetch(`${harness.url}/api/v1/staff/feedback.csv`, {
      headers: { Cookie: (clients.manager as SignedIn).cookie },
    });
    assert.equal(csv.status, 200);
    const text = await csv.text();
    assert.doesNotMatch(
      text,
      new RegExp(`${OTHER.code}|other surgery`, 'i'),
      'an unfiltered export holds only the own practice',
    );
    assert.match(text, new RegExp(ids.own));
  });

  it("shows the patient's own words and contact details only to the practice's manager", async function () {
    const asManager = await clients.manager.get(`/api/v1/staff/feedback/${ids.own}`);
    assert.ok(asManager.body.item.original, 'the practice manager sees the original');
    for (const role of ['admin', 'modAll', 'modOwn', 'analyst'] as const) {
      const answer = await clients[role].get(`/api/v1/staff/feedback/${ids.own}`);
      assert.equal(answer.body.item.original, undefined, `${role} sees redacted text only`);
      assert.equal(answer.body.item.contact, undefined, `${role} sees no contact details`);
    }
    const otherAsAdmin = await clients.admin.get(`/api/v1/staff/feedback/${ids.other}`);
    assert.doesNotMatch(JSON.stringify(otherAsAdmin.body.item.comments), /Jones/, 'names are redacted for the ICB');
  });

  it('keeps the audit chain whole after the whole matrix ran', async function () {
    const check = await clients.admin.get('/api/v1/staff/audit/verify');
    assert.equal(check.body.ok, true);
    const raw = await readFile(`${harness.dataDir}/audit.db`, 'utf8');
    assert.doesNotMatch(raw, /rude and unhelpful|Jones/, 'no patient words in the audit log');
  });
});
