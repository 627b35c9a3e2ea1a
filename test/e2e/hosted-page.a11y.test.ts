import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromiumPath, CHROMIUM_ARGS } from '../support/chromium.js';
import { startHarness, type Harness } from '../support/harness.js';

/** WCAG 2.2 A and AA, as the widget's browser tests check. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe('hosted feedback page in Chromium: accessible, reflows on a small phone, nothing blocked by its CSP', function () {
  this.timeout(30_000);
  let browser: Browser | undefined;
  let h: Harness;
  let axeSource: string;

  before(async function () {
    const executablePath = chromiumPath();
    if (!executablePath) {
      process.stderr.write('SKIPPED: hosted page accessibility: no Chromium (install chromium or set CHROME_PATH)\n');
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

  async function open(path: string, width: number): Promise<{ page: Page; cspErrors: string[] }> {
    const page = await browser!.newPage();
    const cspErrors: string[] = [];
    page.on('console', (m) => /Content Security Policy/.test(m.text()) && cspErrors.push(m.text()));
    await page.setViewport({ width, height: 800 });
    await page.goto(`${h.url}${path}`, { waitUntil: 'networkidle0' });
    return { page, cspErrors };
  }

  for (const path of ['/p/C82001', '/p/Z99999']) {
    it(`${path} has no WCAG 2.2 AA violations and no horizontal scrolling at 320 px`, async () => {
      const { page, cspErrors } = await open(path, 320);
      assert.deepEqual(cspErrors, []);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${overflow} px wider than the screen`);
      // After the CSP check: axe is injected as an inline script, which the page's CSP forbids.
      await page.setBypassCSP(true);
      await page.reload({ waitUntil: 'networkidle0' });
      await page.addScriptTag({ content: axeSource });
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
  }
});
