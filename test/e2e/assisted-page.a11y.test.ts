import assert from 'node:assert/strict';
import { type Browser } from 'puppeteer-core';
import { issueAccessCode } from '../../backend/src/domain/access-code.js';
import { axeViolations, injectAxe, launchChromiumOrSkip } from '../support/puppeteer.js';
import { startHarness, type Harness } from '../support/harness.js';

describe('assisted-entry page in Chromium: served page, built element, strict CSP, accessible at 320 px', function () {
  this.timeout(30_000);
  let browser: Browser | undefined;
  let h: Harness;

  before(async function () {
    browser = await launchChromiumOrSkip(this, 'assisted page in Chromium');
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
    await injectAxe(page);
    await page.waitForFunction(
      () => document.querySelector('yyg-assisted-entry')?.shadowRoot?.querySelector('#channel-paper'),
      { timeout: 10_000 },
    );
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  });
});
