import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import puppeteer, { type Browser } from 'puppeteer-core';
import { issueAccessCode } from '../../backend/src/domain/access-code.js';
import { chromiumPath, CHROMIUM_ARGS } from '../support/chromium.js';
import { startHarness, type Harness } from '../support/harness.js';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe('assisted-entry page in Chromium: served page, built element, strict CSP, accessible at 320 px', function () {
  this.timeout(30_000);
  let browser: Browser | undefined;
  let h: Harness;
  let axeSource: string;

  before(async function () {
    const executablePath = chromiumPath();
    if (!executablePath) {
      process.stderr.write('SKIPPED: assisted page in Chromium: no Chromium (install chromium or set CHROME_PATH)\n');
      this.skip();
    }
    axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    h = await startHarness();
  });
  after(async () => {
    await browser?.close();
    await h?.close();
  });

  it('/assist/C82001#code=H-… signs in from the link, with nothing blocked and no WCAG 2.2 AA violations', async () => {
    const { record, token } = issueAccessCode(
      { kind: 'helper', practiceCode: 'C82001', role: 'receptionist', label: 'Front desk' },
      2,
      new Date(),
    );
    await h.store.insertAccessCode(record);
    const page = await browser!.newPage();
    const cspErrors: string[] = [];
    page.on('console', (m) => /Content Security Policy/.test(m.text()) && cspErrors.push(m.text()));
    await page.setViewport({ width: 320, height: 800 });
    await page.goto(`${h.url}/assist/C82001#code=${token}`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(
      () => document.querySelector('yyg-assisted-entry')?.shadowRoot?.querySelector('#channel-paper'),
      { timeout: 10_000 },
    );
    assert.deepEqual(cspErrors, []);
    assert.equal(await page.evaluate(() => location.hash), '', 'the code left the address bar');
    assert.equal(await page.evaluate(() => sessionStorage.getItem('yyg-helper-code')), token);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${overflow} px wider than the screen`);
    await page.setBypassCSP(true);
    await page.reload({ waitUntil: 'networkidle0' });
    await page.addScriptTag({ content: axeSource });
    await page.waitForFunction(
      () => document.querySelector('yyg-assisted-entry')?.shadowRoot?.querySelector('#channel-paper'),
      { timeout: 10_000 },
    );
    const violations = await page.evaluate(
      async (tags) =>
        (
          await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, { runOnly: tags })
        ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      WCAG_TAGS,
    );
    assert.deepEqual(violations, []);
    await page.close();
  });
});
