import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import { type Browser, type Page } from 'puppeteer-core';
import { axeViolations, injectAxe, launchChromiumOrSkip } from '../support/puppeteer.js';
import { makePractice } from '../support/fixtures.js';
import { startHarness, type Harness } from '../support/harness.js';

const PUBLIC_URL = 'https://feedback.example.nhs.uk';
/** Where each printed sheet is saved as a picture, to look at after a run. */
const SHOTS = path.join(os.tmpdir(), 'yyg-print-screenshots');
/** A practice whose long name and long questions test that a copy still fits its sheet. */
const WORDY = makePractice('C82003', {
  name: 'The Old Dispensary and Riverside Branch Surgery, Market Harborough and Lutterworth Partnership',
  questions: {
    good: 'Thinking about your appointment today, what did the doctor, nurse or receptionist do well?',
    better:
      'If you could change one thing about appointments, repeat prescriptions and the telephone, what would it be?',
  },
});

interface Printable {
  name: string;
  path: string;
  /** Sheets of paper the browser prints, and their size in points (A4 595 × 842, A3 842 × 1191). */
  pages: number;
  paper: [number, number];
}

// jsqr is CommonJS with a `default` beside itself; NodeNext types the default import as the module.
const jsQR = jsQRModule.default;
const A4: [number, number] = [595, 842];
const PRINTABLES: Printable[] = [
  { name: 'form', path: '/print/C82001/form', pages: 1, paper: A4 },
  { name: 'form-3-copies-long-name', path: '/print/C82003/form?copies=3', pages: 3, paper: A4 },
  { name: 'form-large', path: '/print/C82001/form?large=1&copies=2', pages: 4, paper: A4 },
  { name: 'form-large-long-name', path: '/print/C82003/form?large=1', pages: 2, paper: A4 },
  { name: 'poster', path: '/print/C82001/poster', pages: 1, paper: A4 },
  { name: 'poster-long-name', path: '/print/C82003/poster', pages: 1, paper: A4 },
  { name: 'poster-a3', path: '/print/C82001/poster?size=a3', pages: 1, paper: [842, 1191] },
];

describe('printables in Chromium: accessible, fit their paper, and their QR codes scan', function () {
  this.timeout(60_000);
  let browser: Browser | undefined;
  let h: Harness;

  before(async function () {
    browser = await launchChromiumOrSkip(this, 'printables in Chromium');
    h = await startHarness({ publicUrl: PUBLIC_URL, practices: [WORDY] });
    await mkdir(SHOTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await h?.close();
  });

  async function open(url: string): Promise<{ page: Page; cspErrors: string[] }> {
    const page = await browser!.newPage();
    const cspErrors: string[] = [];
    page.on('console', (m) => /Content Security Policy/.test(m.text()) && cspErrors.push(m.text()));
    await page.setViewport({ width: 1000, height: 800 });
    await page.goto(`${h.url}${url}`, { waitUntil: 'networkidle0' });
    return { page, cspErrors };
  }

  /** axe's WCAG 2.2 A and AA violations, on screen and as printed. */
  async function violations(page: Page): Promise<string[]> {
    await injectAxe(page);
    const found: string[] = [];
    for (const media of ['screen', 'print']) {
      await page.emulateMediaType(media);
      found.push(...(await axeViolations(page)).map((v) => `${media}: ${v}`));
    }
    return found;
  }

  /** The PDF Chromium prints, with the page CSS's own paper size: its page count and page size. */
  async function printed(page: Page): Promise<{ pages: number; sizes: number[][] }> {
    const pdf = Buffer.from(await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const sizes = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    return { pages: (pdf.match(/\/Type \/Page\b(?!s)/g) ?? []).length, sizes };
  }

  for (const { name, path: url, pages, paper } of PRINTABLES) {
    it(`${name}: no CSP errors, no WCAG 2.2 AA violations, ${pages} ${pages === 1 ? 'sheet' : 'sheets'} of ${paper.join(' × ')} pt`, async () => {
      const { page, cspErrors } = await open(url);
      assert.deepEqual(cspErrors, []);
      await page.emulateMediaType('print');
      const pdf = await printed(page);
      assert.equal(pdf.pages, pages, 'each copy fits its sheets, with no spill-over page');
      for (const [width, height] of pdf.sizes) {
        assert.ok(Math.abs(width - paper[0]) < 2 && Math.abs(height - paper[1]) < 2, `${width} × ${height}`);
      }
      // Each printed sheet as a picture: the page's content box at 96 dpi (A4 less 14 mm margins).
      await page.setViewport({ width: url.includes('a3') ? 986 : 688, height: 1000 });
      for (const [i, sheet] of (await page.$$('.sheet')).slice(0, 2).entries()) {
        await sheet.screenshot({ path: path.join(SHOTS, `${name}-${i + 1}.png`) });
      }
      assert.deepEqual(await violations(page), []);
      await page.close();
    });
  }

  for (const url of ['/print/C82001/form?copies=2', '/print/C82001/poster']) {
    it(`${url}: the printed QR code scans as the hosted page's address`, async () => {
      const { page } = await open(url);
      await page.emulateMediaType('print');
      const qr = await page.$('svg.qr');
      const png = PNG.sync.read(Buffer.from(await qr!.screenshot({ type: 'png' })));
      const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      assert.equal(decoded?.data, `${PUBLIC_URL}/p/C82001`);
      await page.close();
    });
  }

  for (const url of ['/print/Z99999/form', '/print/C82001/form?copies=51']) {
    it(`${url}: the page saying what went wrong has no WCAG 2.2 AA violations`, async () => {
      const { page, cspErrors } = await open(url);
      assert.deepEqual(cspErrors, []);
      assert.deepEqual(await violations(page), []);
      await page.close();
    });
  }
});
