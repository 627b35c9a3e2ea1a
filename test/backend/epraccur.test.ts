import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { DEFAULT_PRACTICE_SETTINGS } from '../../backend/src/domain/practice.js';
import { PATHS } from '../../backend/src/paths.js';
import { parseEpraccur } from '../../backend/src/practices/epraccur.js';
import { NedbStore } from '../../backend/src/adapters/nedb/store.nedb.js';
import { assignmentOn } from '../../backend/src/domain/practice-assignment.js';
import { seedDemoPractices } from '../../backend/src/practices/seed-demo.js';
import { tempDir } from '../support/harness.js';

const ROWS = [
  '"C82001","SOUTH LEICESTERSHIRE MEDICAL PARTNERSHIP","Y60","Q78","SMEETON ROAD","KIBWORTH","LEICESTERSHIRE","","","LE8 0LG","19740401","","A","B","03W","20130401","","0116 2793308","","","","0","","03W","","4",""',
  '"A81003","VICTORIA MEDICAL PRACTICE","Y54","Q74","THE HEALTH CENTRE","VICTORIA ROAD","HARTLEPOOL","CLEVELAND","","TS26 8DB","19740401","20171031","C","B","00K","20130401","20171031","01429 272945","","","","0","","00K","","4",""',
  '"Y00001","ST MARY\'S NHS WALK-IN CENTRE","Y60","Q78","X","","","","","LE1 1AA","19740401","","A","B","04C","20130401","","","","","","0","","04C","","1",""',
].join('\n');

describe('epraccur practice directory import', () => {
  it('keeps active GP practices only, with code, title-cased name and address, postcode, dates and commissioner', () => {
    assert.deepEqual(parseEpraccur(ROWS), [
      {
        code: 'C82001',
        name: 'South Leicestershire Medical Partnership',
        postcode: 'LE8 0LG',
        commissioner: '03W',
        status: 'active',
        openedOn: '1974-04-01',
        closedOn: null,
        address: ['Smeeton Road', 'Kibworth', 'Leicestershire'],
        phone: '0116 2793308',
        assignments: [],
        ...DEFAULT_PRACTICE_SETTINGS,
      },
    ]);
  });

  it('includes closed practices when asked, with their status and closing date, and filters by commissioner', () => {
    assert.deepEqual(
      parseEpraccur(ROWS, { includeInactive: true }).map((p) => [p.code, p.status, p.closedOn]),
      [
        ['C82001', 'active', null],
        ['A81003', 'closed', '2017-10-31'],
      ],
    );
    assert.deepEqual(
      parseEpraccur(ROWS, { includeInactive: true, commissioners: ['00K'] }).map((p) => p.code),
      ['A81003'],
    );
  });

  it('reads the shipped demo set: 134 active Leicester, Leicestershire and Rutland practices', async () => {
    const practices = parseEpraccur(await readFile(PATHS.demoPractices, 'utf8'));
    assert.equal(practices.length, 134);
    assert.deepEqual(new Set(practices.map((p) => p.commissioner)), new Set(['03W', '04C', '04V']));
    assert.ok(practices.some((p) => p.code === 'C82001'));
    assert.equal(new Set(practices.map((p) => p.code)).size, 134, 'codes are unique');
  });

  it('seeds an empty directory with the demo practices, in their ICB from July 2022, and never reseeds', async () => {
    const temp = await tempDir();
    const store = await NedbStore.open({ dataDir: temp.dir });
    try {
      assert.equal(await seedDemoPractices(store), 134);
      const practice = (await store.getPractice('C82001'))!;
      assert.equal(assignmentOn(practice, '2022-06-30')?.commissioner, '03W');
      assert.equal(assignmentOn(practice, '2022-06-30')?.icbCode, null);
      assert.equal(assignmentOn(practice, '2022-07-01')?.icbCode, 'QK1');
      assert.equal((await store.listPractices({ area: { kind: 'icb', code: 'QK1' } })).length, 134);
      assert.equal(await seedDemoPractices(store), 0);
    } finally {
      await store.close();
      await temp.remove();
    }
  });
});
