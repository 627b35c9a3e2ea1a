import assert from 'node:assert/strict';
import { type Browser, type Page } from 'puppeteer-core';
import { axeViolations, injectAxe, launchChromiumOrSkip } from '../support/puppeteer.js';
import { startHarness, type Harness } from '../support/harness.js';

describe('hosted feedback page in Chromium: accessible, reflows on a small phone, nothing blocked by its CSP', function () {
  this.timeout(30_000);
  let browser: Browser | undefined;
  let h: Harness;

  before(async function () {
    browser = await launchChromiumOrSkip(this, 'hosted page accessibility');
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
      await injectAxe(page);
      assert.deepEqual(await axeViolations(page), []);
      await page.close();
    });
  }
});
