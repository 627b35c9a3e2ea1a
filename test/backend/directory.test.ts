import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { NedbStore } from '../../backend/src/adapters/nedb/store.nedb.js';
import { WIDGET_LANGUAGES, type PracticeAssignment } from '../../backend/src/domain/practice.js';
import { assignFrom, assignmentOn } from '../../backend/src/domain/practice-assignment.js';
import { refreshRollup } from '../../backend/src/jobs/refresh-rollup.js';
import { ROOT } from '../../backend/src/paths.js';
import { parseCcgToIcb } from '../../backend/src/practices/ccg-to-icb.js';
import { commissionerAssignments } from '../../backend/src/practices/directory-import.js';
import { readEpraccur } from '../../backend/src/practices/epraccur.js';
import { LANGUAGES, offeredLanguages } from '../../widget/src/i18n/languages.js';
import { flaggedTags, makeFeedback, makePractice, makeTags } from '../support/fixtures.js';
import { startHarness, tempDir, type Harness } from '../support/harness.js';
import { signInAs, type SignedIn } from '../support/staff.js';

/** The national file, beside the repository (shared/data/README.md); not shipped with the code. */
const EPRACCUR = path.join(ROOT, '..', 'shared', 'data', 'epraccur-2019.csv');
const QK1_NAME = 'NHS Leicester, Leicestershire and Rutland Integrated Care Board';
const MAPPING = parseCcgToIcb(`ccg_code,icb_code,icb_name,from\n03W,QK1,"${QK1_NAME}",2022-07-01\n`);

/** Made-up PCN and ICB codes for tests: real memberships are set by hand, never assumed. */
const NORTH = { pcnCode: 'U99991', pcnName: 'Test PCN North' };
const SOUTH = { pcnCode: 'U99992', pcnName: 'Test PCN South' };
const QK1 = { icbCode: 'QK1', icbName: QK1_NAME };

function assignment(fields: Partial<PracticeAssignment> & { from: string }): PracticeAssignment {
  return { pcnCode: null, pcnName: null, icbCode: null, icbName: null, commissioner: null, to: null, ...fields };
}

describe('practice assignments over time', () => {
  const ccg = assignment({ commissioner: '03W', from: '2013-04-01', to: '2022-06-30' });
  const icb = assignment({ ...QK1, commissioner: '03W', from: '2022-07-01' });
  const practice = { assignments: [ccg, icb] };

  it('finds the assignment in force on a date, both ends included, and none before the first', () => {
    assert.equal(assignmentOn(practice, '2013-03-31'), null);
    assert.equal(assignmentOn(practice, '2013-04-01'), ccg);
    assert.equal(assignmentOn(practice, '2022-06-30'), ccg);
    assert.equal(assignmentOn(practice, '2022-07-01'), icb);
    assert.equal(assignmentOn(practice, '2031-01-01'), icb);
  });

  it('starts a new one from a date, ending the one in force the day before and keeping its commissioner', () => {
    const moved = assignFrom(practice.assignments, { ...NORTH, ...QK1 }, '2024-04-01');
    assert.deepEqual(moved, [
      ccg,
      { ...icb, to: '2024-03-31' },
      assignment({ ...NORTH, ...QK1, commissioner: '03W', from: '2024-04-01' }),
    ]);
  });

  it('keeps one entered ahead (an ICB merger) when a change is put in before it, and replaces one of the same date', () => {
    const merger = assignFrom(
      practice.assignments,
      { ...NORTH, icbCode: 'QZZ', icbName: 'Test merged ICB' },
      '2026-04-01',
    );
    const earlier = assignFrom(merger, { ...SOUTH, ...QK1 }, '2025-01-01');
    assert.deepEqual(
      earlier.map((a) => [a.pcnCode, a.icbCode, a.from, a.to]),
      [
        [null, null, '2013-04-01', '2022-06-30'],
        [null, 'QK1', '2022-07-01', '2024-12-31'],
        ['U99992', 'QK1', '2025-01-01', '2026-03-31'],
        ['U99991', 'QZZ', '2026-04-01', null],
      ],
    );
    const corrected = assignFrom(earlier, { ...NORTH, ...QK1 }, '2025-01-01');
    assert.deepEqual(
      corrected.map((a) => [a.pcnCode, a.from, a.to]),
      [
        [null, '2013-04-01', '2022-06-30'],
        [null, '2022-07-01', '2024-12-31'],
        ['U99991', '2025-01-01', '2026-03-31'],
        ['U99991', '2026-04-01', null],
      ],
    );
  });

  it('gives epraccur commissioners an ICB from the day the mapping says, and none to practices gone before it', () => {
    const [row, closed, elsewhere] = readEpraccur(
      [
        '"C82001","A","","","","","","","","LE8 0LG","19740401","","A","B","03W","20130401","","","","","","0","","03W","","4",""',
        '"C82099","B","","","","","","","","LE8 0LG","19740401","20200331","C","B","03W","20130401","20200331","","","","","0","","03W","","4",""',
        '"A81001","C","","","","","","","","TS18 1HU","19740401","","A","B","00K","20130401","","","","","","0","","00K","","4",""',
      ].join('\n'),
    ).rows;
    assert.deepEqual(commissionerAssignments(row, MAPPING), [
      assignment({ commissioner: '03W', from: '2013-04-01', to: '2022-06-30' }),
      assignment({ ...QK1, commissioner: '03W', from: '2022-07-01' }),
    ]);
    assert.deepEqual(commissionerAssignments(closed, MAPPING), [
      assignment({ commissioner: '03W', from: '2013-04-01', to: '2020-03-31' }),
    ]);
    assert.deepEqual(commissionerAssignments(elsewhere, MAPPING), [
      assignment({ commissioner: '00K', from: '2013-04-01' }),
    ]);
  });
});

describe('widget languages a practice may offer', () => {
  it('are exactly the languages the widget speaks', () => {
    assert.deepEqual([...WIDGET_LANGUAGES], Object.keys(LANGUAGES));
  });

  it("are the practice's choice in the picker, always with the one on screen; all when it chose none", () => {
    assert.deepEqual(offeredLanguages(['en', 'pl'], 'en'), ['en', 'pl']);
    assert.deepEqual(offeredLanguages(['en', 'pl'], 'ur'), ['en', 'pl', 'ur']);
    assert.deepEqual(offeredLanguages(undefined, 'en'), Object.keys(LANGUAGES));
    assert.deepEqual(offeredLanguages([], 'pl'), Object.keys(LANGUAGES));
  });
});

describe('practices stored before the directory kept its details', () => {
  it('read back as active, with no address or assignments, offering every language', async () => {
    const temp = await tempDir();
    try {
      const old = {
        _id: 'x1',
        code: 'C82001',
        name: 'South Leicestershire Medical Partnership',
        postcode: 'LE8 0LG',
        commissioner: '03W',
        allowedOrigins: ['https://www.southleicsmedical.example'],
        questions: { good: null, better: null },
        aboutYouEnabled: true,
        complaintsUrl: null,
        contacts: [],
        emailIncludesText: false,
      };
      await writeFile(path.join(temp.dir, 'practices.db'), `${JSON.stringify(old)}\n`);
      const store = await NedbStore.open({ dataDir: temp.dir });
      try {
        const { _id, ...fields } = old;
        assert.deepEqual(await store.getPractice('C82001'), {
          ...fields,
          status: 'active',
          openedOn: null,
          closedOn: null,
          address: [],
          phone: null,
          assignments: [],
          languages: [...WIDGET_LANGUAGES],
        });
      } finally {
        await store.close();
      }
    } finally {
      await temp.remove();
    }
  });
});

describe('epraccur import through the staff API, with the real 2019 file', function () {
  // One directory for the whole sequence: each step builds on the one before, as imports do.
  this.timeout(120_000);
  let h: Harness;
  let admin: SignedIn;
  let csv: string;
  const importCsv = (body: string, as: SignedIn = admin, type = 'text/csv') =>
    as.post('/api/v1/staff/directory/import', body, { 'Content-Type': type });
  before(async () => {
    h = await startHarness();
    admin = await signInAs(h, { role: 'icb-admin' });
    csv = await readFile(EPRACCUR, 'utf8');
  });
  after(() => h.close());

  it('imports every GP practice of 14,357 rows, open or closed, into their CCG and the demo ICB', async function () {
    const started = performance.now();
    const res = await importCsv(csv);
    const ms = Math.round(performance.now() - started);
    this.test!.title += ` (full import over HTTP: ${ms} ms)`;
    assert.equal(res.status, 200, JSON.stringify(res.body));
    // C82001 was in the directory already (the harness's practice): updated, not created.
    assert.deepEqual(res.body, { created: 8203, updated: 1, closed: 0, unchanged: 0, skipped: 6153 });
    assert.equal(csv.split('\r\n').filter(Boolean).length, 8203 + 1 + 6153, 'every row in one bucket');
    const all = await h.store.listPractices({});
    assert.equal(all.length, 8204);
    const byStatus: Record<string, number> = {};
    for (const { status } of all) byStatus[status] = (byStatus[status] ?? 0) + 1;
    assert.deepEqual(byStatus, { active: 6830, closed: 1073, dormant: 301 });
    const closed = await h.store.getPractice('A81003');
    assert.deepEqual(
      [closed?.name, closed?.status, closed?.closedOn],
      ['Victoria Medical Practice', 'closed', '2017-10-31'],
    );
    const c82001 = (await h.store.getPractice('C82001'))!;
    assert.deepEqual(c82001.address, ['Smeeton Road', 'Kibworth', 'Leicestershire']);
    assert.deepEqual(c82001.allowedOrigins, ['https://www.southleicsmedical.example'], 'settings kept');
    assert.equal(assignmentOn(c82001, '2022-06-30')?.icbCode, null);
    assert.equal(assignmentOn(c82001, '2022-07-01')?.icbCode, 'QK1');
    assert.equal(assignmentOn((await h.store.getPractice('A81001'))!, '2024-01-01')?.icbCode, null, 'not mapped');
    const inQk1 = await h.store.listPractices({ area: { kind: 'icb', code: 'QK1' } });
    assert.equal(inQk1.filter((practice) => practice.status === 'active').length, 134, 'the demo area');
    const [entry] = await h.staff.audit.list({ practiceCodes: '*', targetType: 'directory', limit: 1 });
    assert.equal(entry.action, 'directory.import');
    assert.equal(entry.actorId, admin.user.id);
    assert.deepEqual(
      (({ created, updated, closed: c, unchanged, skipped }) => ({ created, updated, closed: c, unchanged, skipped }))(
        entry.after as Record<string, number>,
      ),
      res.body,
    );
  });

  it('finds nothing to change when the same file comes again', async function () {
    const started = performance.now();
    const res = await importCsv(csv);
    this.test!.title += ` (${Math.round(performance.now() - started)} ms)`;
    assert.deepEqual(res.body, { created: 0, updated: 0, closed: 0, unchanged: 8204, skipped: 6153 });
  });

  it('updates names from a newer file, keeping settings, languages and PCN set by hand', async () => {
    const settings = await admin.put('/api/v1/staff/practices/C82001/settings', {
      contacts: [{ name: 'Practice manager', email: 'pm@southleics.example' }],
      languages: ['en', 'pl'],
    });
    assert.equal(settings.status, 200, JSON.stringify(settings.body));
    const assigned = await admin.put('/api/v1/staff/practices/C82001/assignment', {
      ...NORTH,
      ...QK1,
      from: '2024-04-01',
    });
    assert.equal(assigned.status, 200, JSON.stringify(assigned.body));
    const before = (await h.store.getPractice('C82001'))!;
    const renamed = csv.replace('"SOUTH LEICESTERSHIRE MEDICAL PARTNERSHIP"', '"SOUTH LEICS MEDICAL PARTNERSHIP"');
    const res = await importCsv(renamed);
    assert.deepEqual(res.body, { created: 0, updated: 1, closed: 0, unchanged: 8203, skipped: 6153 });
    const after = (await h.store.getPractice('C82001'))!;
    assert.equal(after.name, 'South Leics Medical Partnership');
    assert.deepEqual({ ...after, name: before.name }, before, 'nothing else changed');
    assert.equal(assignmentOn(after, '2025-01-01')?.pcnCode, 'U99991');
    assert.deepEqual(after.languages, ['en', 'pl']);
    assert.equal((await importCsv(csv)).body.updated, 1, 'and back');
  });

  it('marks a practice closed when the file says it has closed', async () => {
    const reopened = csv.replace(
      '"A81003","VICTORIA MEDICAL PRACTICE","Y54","Q74","THE HEALTH CENTRE","VICTORIA ROAD","HARTLEPOOL","CLEVELAND","","TS26 8DB","19740401","20171031","C","B","00K","20130401","20171031"',
      '"A81003","VICTORIA MEDICAL PRACTICE","Y54","Q74","THE HEALTH CENTRE","VICTORIA ROAD","HARTLEPOOL","CLEVELAND","","TS26 8DB","19740401","","A","B","00K","20130401",""',
    );
    assert.notEqual(reopened, csv);
    assert.equal((await importCsv(reopened)).body.updated, 1);
    assert.equal((await h.store.getPractice('A81003'))?.status, 'active');
    const res = await importCsv(csv);
    assert.deepEqual(res.body, { created: 0, updated: 0, closed: 1, unchanged: 8203, skipped: 6153 });
    const closed = await h.store.getPractice('A81003');
    assert.deepEqual([closed?.status, closed?.closedOn], ['closed', '2017-10-31']);
  });

  it('refuses a file with bad lines, naming each line, and writes nothing', async () => {
    const lines = csv
      .replace('"SOUTH LEICESTERSHIRE MEDICAL PARTNERSHIP"', '"A GOOD LINE THAT MUST NOT BE WRITTEN"')
      .split('\r\n');
    lines[4] = lines[4].replace(/^"A81005"/, '"NOT A CODE"');
    lines[9] = '"A81011","SHORT ROW"';
    const res = await importCsv(lines.join('\r\n'));
    assert.equal(res.status, 422);
    assert.deepEqual(
      res.body.error.fields.map((f: { field: string }) => f.field),
      ['line 5', 'line 10'],
    );
    assert.match(res.body.error.fields[0].problem, /not an ODS code/);
    assert.match(res.body.error.fields[1].problem, /has 2 columns/);
    const unclosed = await importCsv('"C82001","SOUTH LEICS\n"C82002"');
    assert.equal(unclosed.status, 422);
    assert.match(unclosed.body.error.fields[0].field, /^line \d+$/);
    assert.equal((await importCsv('')).status, 422);
    assert.equal(
      (await h.store.getPractice('C82001'))?.name,
      'South Leicestershire Medical Partnership',
      'nothing written',
    );
  });

  it('takes text/csv only (415), up to 10 MB (413), from users who manage the directory only', async () => {
    assert.equal((await importCsv(csv, admin, 'application/json')).status, 415);
    assert.equal((await importCsv(csv, admin, 'text/plain')).status, 415);
    assert.equal((await importCsv('x'.repeat(10_000_001))).status, 413);
    for (const role of ['practice-manager', 'analyst', 'moderator', 'councillor'] as const) {
      const user = await signInAs(h, { role });
      assert.equal((await importCsv(csv, user)).status, 403, role);
    }
  });
});

describe('staff directory: practices, assignment, area summaries and permissions', () => {
  let h: Harness;
  let admin: SignedIn;
  let manager: SignedIn;
  beforeEach(async () => {
    h = await startHarness({
      practices: [
        makePractice('C82002', { name: 'Countesthorpe Health Centre', postcode: 'LE8 5QJ' }),
        makePractice('C82003', { name: 'Greengate Medical Centre', postcode: 'LE4 3JF' }),
      ],
    });
    admin = await signInAs(h, { role: 'icb-admin' });
    manager = await signInAs(h, { role: 'practice-manager', practiceCodes: ['C82001'] });
  });
  afterEach(() => h.close());

  const assign = (code: string, from: string, org: object, as: SignedIn = admin) =>
    as.put(`/api/v1/staff/practices/${code}/assignment`, { pcnCode: null, pcnName: null, ...org, from });

  it('lists the practices a user may read, searched and paged; ICB-wide roles see all', async () => {
    await assign('C82002', '2024-01-01', { ...NORTH, ...QK1 });
    const all = await admin.get('/api/v1/staff/practices');
    assert.equal(all.status, 200);
    assert.deepEqual(
      all.body.items.map((p: { code: string }) => p.code),
      ['C82001', 'C82002', 'C82003'],
    );
    assert.deepEqual(all.body.items[1], {
      code: 'C82002',
      name: 'Countesthorpe Health Centre',
      postcode: 'LE8 5QJ',
      status: 'active',
      pcn: { code: 'U99991', name: 'Test PCN North' },
      icb: { code: 'QK1', name: QK1_NAME },
    });
    const page = await admin.get('/api/v1/staff/practices?limit=2');
    assert.deepEqual([page.body.items.length, page.body.next], [2, 'C82002']);
    const rest = await admin.get('/api/v1/staff/practices?limit=2&after=C82002');
    assert.deepEqual([rest.body.items.map((p: { code: string }) => p.code), rest.body.next], [['C82003'], null]);
    const found = await admin.get('/api/v1/staff/practices?q=le80');
    assert.deepEqual(
      found.body.items.map((p: { code: string }) => p.code),
      ['C82001'],
    );
    const analyst = await signInAs(h, { role: 'analyst' });
    assert.equal((await analyst.get('/api/v1/staff/practices')).body.items.length, 3);
    const mine = await manager.get('/api/v1/staff/practices?q=LE');
    assert.deepEqual(
      mine.body.items.map((p: { code: string }) => p.code),
      ['C82001'],
      'only their own, whatever the search',
    );
    const councillor = await signInAs(h, { role: 'councillor' });
    assert.equal((await councillor.get('/api/v1/staff/practices')).status, 403);
    assert.equal((await admin.get('/api/v1/staff/practices?limit=0')).status, 422);
    assert.equal((await fetch(`${h.url}/api/v1/staff/practices`)).status, 401);
  });

  it('shows one practice with its assignments, and its settings only to those who may change them', async () => {
    const mine = await manager.get('/api/v1/staff/practices/c82001');
    assert.equal(mine.status, 200);
    assert.equal(mine.body.code, 'C82001');
    assert.deepEqual(mine.body.assignments, []);
    assert.deepEqual(mine.body.settings.allowedOrigins, ['https://www.southleicsmedical.example']);
    const analyst = await signInAs(h, { role: 'analyst' });
    const read = await analyst.get('/api/v1/staff/practices/C82001');
    assert.equal(read.status, 200);
    assert.ok(!('settings' in read.body), 'contacts and websites are for those who change them');
    assert.equal((await manager.get('/api/v1/staff/practices/C82002')).status, 403);
    assert.equal((await manager.get('/api/v1/staff/practices/Z99999')).status, 403, 'existence not revealed');
    assert.equal((await admin.get('/api/v1/staff/practices/Z99999')).status, 404);
  });

  it('sets PCN and ICB from a date, ending the previous one the day before, audited', async () => {
    assert.equal((await assign('C82001', '2022-07-01', QK1)).status, 200);
    const res = await assign('C82001', '2024-04-01', { ...NORTH, ...QK1 });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(
      res.body.assignments.map((a: PracticeAssignment) => [a.pcnCode, a.icbCode, a.from, a.to]),
      [
        [null, 'QK1', '2022-07-01', '2024-03-31'],
        ['U99991', 'QK1', '2024-04-01', null],
      ],
    );
    assert.deepEqual(res.body.pcn, { code: 'U99991', name: 'Test PCN North' });
    const entries = await h.staff.audit.list({ practiceCodes: ['C82001'], targetType: 'practice', limit: 5 });
    assert.equal(entries[0].action, 'practice.assignment');
    assert.equal((entries[0].before as PracticeAssignment[]).length, 1);
    assert.equal((entries[0].after as PracticeAssignment[]).length, 2);
  });

  it('refuses a bad assignment naming the field, and lets only directory managers assign', async () => {
    const bad: [object, string][] = [
      [{ ...NORTH, ...QK1, from: '2024-02-30' }, 'from'],
      [{ pcnCode: 'U99991', pcnName: null, ...QK1, from: '2024-01-01' }, 'pcnName'],
      [{ ...NORTH, icbCode: 'Q K1', icbName: 'x', from: '2024-01-01' }, 'icbCode'],
      [{ ...NORTH, ...QK1, from: '2024-01-01', to: '2025-01-01' }, 'to'],
    ];
    for (const [body, field] of bad) {
      const res = await admin.put('/api/v1/staff/practices/C82001/assignment', body);
      assert.equal(res.status, 422, JSON.stringify(body));
      assert.ok(
        res.body.error.fields.some((f: { field: string }) => f.field === field),
        `${field}: ${JSON.stringify(res.body)}`,
      );
    }
    assert.equal((await assign('C82001', '2024-01-01', QK1, manager)).status, 403);
    const analyst = await signInAs(h, { role: 'analyst' });
    assert.equal((await assign('C82001', '2024-01-01', QK1, analyst)).status, 403);
    assert.equal((await assign('Z99999', '2024-01-01', QK1)).status, 404);
    assert.deepEqual((await h.store.getPractice('C82001'))?.assignments, [], 'nothing written');
  });

  it('sums the roll-ups of the practices in an area on each date, with no comment text', async () => {
    await assign('C82001', '2025-01-01', { ...NORTH, ...QK1 });
    await assign('C82002', '2025-01-01', { ...NORTH, ...QK1 });
    await assign('C82002', '2026-01-11', { ...SOUTH, ...QK1 });
    await assign('C82003', '2025-01-01', { icbCode: 'QZZ', icbName: 'Test other ICB' });
    const processed = { state: 'processed' as const };
    const feedback: [string, string, Parameters<typeof makeFeedback>[0]][] = [
      ['C82001', '2026-01-05', { ...processed, rating: 'very-good', tags: makeTags() }],
      ['C82001', '2026-01-12', { ...processed, rating: 'poor', tags: flaggedTags() }],
      ['C82002', '2026-01-08', { ...processed, rating: 'good', tags: makeTags() }],
      ['C82002', '2026-01-12', { rating: 'very-poor', channel: 'paper' }],
      ['C82003', '2026-01-08', { ...processed, rating: 'neither', tags: makeTags() }],
    ];
    for (const [practiceCode, day, fields] of feedback) {
      await h.store.insertFeedback(makeFeedback({ ...fields, practiceCode, receivedAt: new Date(`${day}T10:00:00Z`) }));
      await refreshRollup(h.store, practiceCode, day);
    }
    const councillor = await signInAs(h, { role: 'councillor' });
    // Exact numbers as an analyst (who may see practice-level data); councillors get small numbers hidden, below.
    const analyst = await signInAs(h, { role: 'analyst' });
    const summary = (query: string, as: SignedIn = analyst) => as.get(`/api/v1/staff/area-summary?${query}`);

    // A councillor cannot list practices, so the areas to pick from come from their own endpoint.
    const areas = await councillor.get('/api/v1/staff/areas');
    assert.equal(areas.status, 200, JSON.stringify(areas.body));
    const listed = areas.body.items.map((a: { kind: string; code: string }) => `${a.kind}:${a.code}`);
    for (const expected of ['icb:QK1', 'icb:QZZ', 'pcn:U99991']) assert.ok(listed.includes(expected), listed.join(' '));
    assert.ok(listed.indexOf('icb:QZZ') < listed.indexOf('pcn:U99991'), 'ICBs first');
    const northPcn = areas.body.items.find((a: { code: string }) => a.code === 'U99991');
    assert.equal(northPcn.name, 'Test PCN North');
    assert.doesNotMatch(JSON.stringify(areas.body), /C8200/, 'areas only, no practice list');

    const north = await summary('area=pcn&code=U99991&from=2026-01-01&to=2026-01-31');
    assert.equal(north.status, 200, JSON.stringify(north.body));
    assert.deepEqual(north.body.area, { kind: 'pcn', code: 'U99991', name: 'Test PCN North' });
    assert.deepEqual(north.body.practices, [
      { code: 'C82001', name: 'South Leicestershire Medical Partnership', from: '2026-01-01', to: '2026-01-31' },
      { code: 'C82002', name: 'Countesthorpe Health Centre', from: '2026-01-01', to: '2026-01-10' },
    ]);
    assert.equal(north.body.total, 3, "C82002's 12 January counts in its new PCN");
    assert.equal(north.body.processed, 3);
    assert.deepEqual(north.body.ratings, {
      'very-good': 1,
      good: 1,
      neither: 0,
      poor: 1,
      'very-poor': 0,
      'dont-know': 0,
    });
    assert.equal(north.body.fftScore, 67);
    assert.deepEqual(north.body.sentiment, { positive: 2, neutral: 0, negative: 1, mixed: 0, none: 0 });
    assert.deepEqual(north.body.themes, { 'reception-admin': 2 });
    assert.deepEqual(north.body.channels, { web: 3 });
    assert.equal(north.body.byMode.online, 3);
    const text = JSON.stringify(north.body);
    assert.ok(!text.includes('receptionist was kind') && !/flagged|needsHumanReading/.test(text), text);

    // A councillor sees the same area with every count from 1 to 4 hidden, and no FFT score from 3 answers.
    const hidden = await summary('area=pcn&code=U99991&from=2026-01-01&to=2026-01-31', councillor);
    assert.equal(hidden.status, 200);
    assert.equal(hidden.body.smallNumber, 5);
    assert.equal(hidden.body.total, null);
    assert.deepEqual(hidden.body.ratings, {
      'very-good': null,
      good: null,
      neither: 0,
      poor: null,
      'very-poor': 0,
      'dont-know': 0,
    });
    assert.deepEqual([hidden.body.fftScore, hidden.body.fftScoreHidden], [null, true]);
    assert.deepEqual(hidden.body.channels, { web: null });
    assert.deepEqual(hidden.body.practices, north.body.practices, 'which practices are in the area is public');

    const south = await summary('area=pcn&code=u99992&from=2026-01-01&to=2026-01-31');
    assert.deepEqual(
      [south.body.total, south.body.processed, south.body.ratings['very-poor'], south.body.byMode.paper],
      [1, 0, 1, 1],
    );
    assert.equal(south.body.fftScore, 0);
    const icb = await summary('area=icb&code=QK1&from=2026-01-01&to=2026-01-31');
    assert.equal(icb.body.total, 4, 'C82003 is in another ICB');
    assert.equal(icb.body.area.name, QK1_NAME);
    const later = await summary('area=pcn&code=U99991&from=2026-01-06&to=2026-01-31');
    assert.equal(later.body.total, 2);
    const none = await summary('area=pcn&code=U00000&from=2026-01-01&to=2026-01-31');
    assert.deepEqual([none.status, none.body.total, none.body.practices, none.body.fftScore], [200, 0, [], null]);

    assert.equal((await summary('area=pcn&code=U99991&from=2026-01-01&to=2026-01-31', manager)).status, 200);
    const bad = await summary('area=ward&from=2026-01-01');
    assert.equal(bad.status, 422);
    assert.deepEqual(
      bad.body.error.fields.map((f: { field: string }) => f.field),
      ['area', 'code', 'to'],
    );
  });

  it('follows the permission policy for settings, roll-ups and access codes', async () => {
    const range = '?from=2026-01-01&to=2026-01-31';
    const kiosk = { kind: 'kiosk', label: 'Tablet' };
    // A practice manager of C82001: everything for C82001, nothing for another practice.
    assert.equal((await manager.get('/api/v1/staff/practices/C82001/settings')).status, 200);
    assert.equal((await manager.get(`/api/v1/staff/practices/C82001/rollups${range}`)).status, 200);
    assert.equal((await manager.get('/api/v1/staff/practices/C82002/settings')).status, 403);
    assert.equal((await manager.put('/api/v1/staff/practices/C82002/settings', { aboutYouEnabled: true })).status, 403);
    assert.equal((await manager.get(`/api/v1/staff/practices/C82002/rollups${range}`)).status, 403);
    assert.equal((await manager.post('/api/v1/staff/practices/C82002/access-codes', kiosk)).status, 403);
    // An analyst reads roll-ups everywhere and changes nothing.
    const analyst = await signInAs(h, { role: 'analyst' });
    assert.equal((await analyst.get(`/api/v1/staff/practices/C82002/rollups${range}`)).status, 200);
    assert.equal((await analyst.get('/api/v1/staff/practices/C82001/settings')).status, 403);
    assert.equal((await analyst.put('/api/v1/staff/practices/C82001/settings', { aboutYouEnabled: true })).status, 403);
    // A councillor reads area summaries only.
    const councillor = await signInAs(h, { role: 'councillor' });
    assert.equal(
      (await councillor.get(`/api/v1/staff/area-summary?area=icb&code=QK1&from=2026-01-01&to=2026-01-31`)).status,
      200,
    );
    assert.equal((await councillor.get(`/api/v1/staff/practices/C82001/rollups${range}`)).status, 403);
    assert.equal((await councillor.get('/api/v1/staff/practices/C82001')).status, 403);
    // A moderator of C82002 only reads its roll-ups, and changes no settings.
    const moderator = await signInAs(h, { role: 'moderator', practiceCodes: ['C82002'] });
    assert.equal((await moderator.get(`/api/v1/staff/practices/C82002/rollups${range}`)).status, 200);
    assert.equal((await moderator.get(`/api/v1/staff/practices/C82001/rollups${range}`)).status, 403);
    assert.equal(
      (await moderator.put('/api/v1/staff/practices/C82002/settings', { aboutYouEnabled: true })).status,
      403,
    );
    assert.equal((await h.store.getPractice('C82002'))?.aboutYouEnabled, false, 'nothing changed');
  });

  it('audits a settings change with the settings before and after', async () => {
    const res = await manager.put('/api/v1/staff/practices/C82001/settings', { languages: ['en', 'ur'] });
    assert.equal(res.status, 200);
    const [entry] = await h.staff.audit.list({ practiceCodes: ['C82001'], targetType: 'practice', limit: 1 });
    assert.equal(entry.action, 'practice.settings');
    assert.equal(entry.actorId, manager.user.id);
    assert.deepEqual((entry.before as { languages: string[] }).languages, [...WIDGET_LANGUAGES]);
    assert.deepEqual((entry.after as { languages: string[] }).languages, ['en', 'ur']);
  });
});
