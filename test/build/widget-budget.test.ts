import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PATHS } from '../../backend/src/paths.js';
import { BUDGET_BYTES, measureWidget } from '../../scripts/widget-budget.js';
import { tempDir } from '../support/harness.js';

describe('widget size budget', () => {
  it('keeps the JavaScript needed before the English form is usable within 12 KB gzipped', async function () {
    if (!existsSync(path.join(PATHS.widgetDist, 'widget.js'))) {
      assert.fail('widget/dist is missing: run "npm run build" first (npm test does)');
    }
    const report = await measureWidget();
    assert.ok(
      report.eagerTotal <= BUDGET_BYTES,
      `${report.eagerTotal} bytes gzipped before the form is usable: ${JSON.stringify(report.eager)}`,
    );
  });

  it('counts static imports as eager and import() as lazy, and notices a bundle over budget', async () => {
    const dist = await tempDir('yyg-budget-');
    try {
      // Random bytes do not compress, so 13 KB of them gzip to more than the budget.
      const noise = randomBytes(13_000).toString('base64');
      await writeFile(path.join(dist.dir, 'widget.js'), `import"./lit.js";const l=()=>import("./pl.js");`);
      await writeFile(path.join(dist.dir, 'lit.js'), `export const n="${noise}";`);
      await writeFile(path.join(dist.dir, 'pl.js'), `export default {}`);
      await writeFile(path.join(dist.dir, 'widget.iife.js'), `(()=>{})()`);
      const report = await measureWidget(dist.dir);
      assert.deepEqual(
        report.eager.map((f) => f.file),
        ['widget.js', 'lit.js'],
      );
      assert.deepEqual(
        report.lazy.map((f) => f.file),
        ['pl.js'],
      );
      assert.ok(report.eagerTotal > BUDGET_BYTES);
    } finally {
      await dist.remove();
    }
  });
});
