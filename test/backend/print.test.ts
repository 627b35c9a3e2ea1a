import assert from 'node:assert/strict';
import QRCode from 'qrcode';
import { FFT_LABELS, FFT_QUESTION, FFT_RATINGS } from '../../backend/src/domain/fft.js';
import { FORM_NUMBER } from '../../backend/src/http/print/form-number.js';
import { PAGE_CSP } from '../../backend/src/http/static.routes.js';
import { makePractice } from '../support/fixtures.js';
import { startHarness, type Harness } from '../support/harness.js';

const NASTY = `Dr <b>"O'Neil"</b> & Partners`;
const NASTY_ESCAPED = 'Dr &lt;b&gt;&quot;O&#39;Neil&quot;&lt;/b&gt; &amp; Partners';
const OWN_WORDING = { good: 'What went <well> today?', better: null };

/**
 * The dark modules an inline QR SVG draws, read back from its path (a row per `M`, runs of `h`,
 * gaps of `m`), with the quiet zone: what a scanner would see, without needing one.
 */
function drawnModules(svg: string): { size: number; dark: boolean[][] } {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const d = /<path stroke="#000000" d="([^"]+)"/.exec(svg)?.[1] ?? '';
  const dark = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of d.matchAll(/([Mmh])(\d+(?:\.\d+)?)(?: (\d+(?:\.\d+)?))?/g)) {
    if (command === 'M') [x, y] = [Number(a), Math.floor(Number(b))];
    else if (command === 'm') x += Number(a);
    else for (const end = x + Number(a); x < end; x++) dark[y][x] = true;
  }
  return { size, dark };
}

/** True when `svg` draws exactly the error-correction-M QR code of `url`, in a 4-module quiet zone. */
function drawsQrFor(svg: string, url: string): boolean {
  const expected = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules;
  const { size, dark } = drawnModules(svg);
  if (size !== expected.size + 8) return false;
  return dark.every((row, y) =>
    row.every((on, x) => {
      const [cx, cy] = [x - 4, y - 4];
      const inside = cx >= 0 && cy >= 0 && cx < expected.size && cy < expected.size;
      return on === (inside && expected.get(cy, cx) === 1);
    }),
  );
}

const svgs = (html: string) => html.match(/<svg [^]*?<\/svg>/g) ?? [];
const formNumbers = (html: string) => [...html.matchAll(/class="form__number-value">([^<]+)</g)].map((m) => m[1]);

describe('printables: GET /print/:code/form and /print/:code/poster', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({
      practices: [makePractice('C82002', { name: NASTY }), makePractice('C82003', { questions: OWN_WORDING })],
    });
  });
  after(() => h.close());

  const get = async (path: string) => {
    const res = await fetch(`${h.url}${path}`);
    return { res, html: await res.text() };
  };

  it('serves a paper form with the FFT question, its six answers as tick boxes, and both comment questions', async () => {
    const { res, html } = await get('/print/c82001/form');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html; charset=utf-8/);
    assert.equal(res.headers.get('content-security-policy'), PAGE_CSP);
    assert.equal(res.headers.get('cache-control'), 'no-store', 'a cached form would repeat its numbers');
    assert.ok(html.includes(`<h3 class="question__text">${FFT_QUESTION}</h3>`));
    const answers = [
      ...html.matchAll(/<li class="answer"><span class="tick" aria-hidden="true"><\/span>([^<]+)<\/li>/g),
    ];
    assert.deepEqual(
      answers.map((m) => m[1]),
      FFT_RATINGS.map((r) => FFT_LABELS[r].replace("'", '&#39;')),
    );
    assert.match(html, /<h3 class="question__text">What was good\?<\/h3>\s*<div class="write-in">/);
    assert.match(html, /<h3 class="question__text">What could we do better\?<\/h3>/);
    assert.match(html, /<h2 class="form__practice">South Leicestershire Medical Partnership<\/h2>/);
    assert.match(html, /This form is not for medical help\.<\/strong> [^<]*call 111\. In an emergency, call 999\./);
    assert.match(html, /Do not include personal information like your name, date of birth or NHS number\./);
    assert.match(html, /<p class="date__title">Today&#39;s date<\/p>/);
    assert.match(html, /<link rel="stylesheet" href="\/assets\/print\.css" \/>/);
    assert.match(html, /<link rel="stylesheet" href="\/assets\/print-form\.css" \/>/);
    assert.equal(formNumbers(html).length, 1);
    assert.match(formNumbers(html)[0], FORM_NUMBER);
  });

  it("asks the practice's own questions when it has set them, escaped", async () => {
    const { html } = await get('/print/C82003/form');
    assert.match(html, /<h3 class="question__text">What went &lt;well&gt; today\?<\/h3>/);
    assert.match(html, /<h3 class="question__text">What could we do better\?<\/h3>/);
  });

  it('escapes the practice name everywhere it appears', async () => {
    for (const path of ['/print/C82002/form', '/print/C82002/poster']) {
      const { html } = await get(path);
      assert.ok(html.includes(NASTY_ESCAPED), path);
      assert.doesNotMatch(html, /<b>/, path);
    }
  });

  it('draws the QR code to the hosted page of the address it was asked on, as an image with a text alternative', async () => {
    for (const path of ['/print/C82001/form', '/print/C82001/poster']) {
      const { html } = await get(path);
      const [svg = '', ...others] = svgs(html);
      assert.equal(others.length, 0, path);
      assert.match(svg, /^<svg class="qr [a-z_]+" role="img" aria-label="QR code for 127\.0\.0\.1:\d+\/p\/C82001"/);
      assert.ok(drawsQrFor(svg, `${h.url}/p/C82001`), `${path}: the drawn modules are the hosted page's QR code`);
      assert.ok(!drawsQrFor(svg, `${h.url}/p/C82002`), 'and the check can fail');
      assert.ok(html.includes(`<a class="short-link" href="${h.url}/p/C82001">${h.url.slice(7)}/p/C82001</a>`), path);
    }
  });

  it('points to PUBLIC_URL when it is set, whatever address the page was asked on', async () => {
    const behind = await startHarness({ publicUrl: 'https://feedback.example.nhs.uk' });
    try {
      const html = await (await fetch(`${behind.url}/print/C82001/poster`)).text();
      assert.ok(drawsQrFor(svgs(html)[0] ?? '', 'https://feedback.example.nhs.uk/p/C82001'));
      assert.match(html, />feedback\.example\.nhs\.uk\/p\/C82001<\/a>/);
    } finally {
      await behind.close();
    }
  });

  it('prints one sheet per copy, each with its own form number, and new numbers every time', async () => {
    const { html } = await get('/print/C82001/form?copies=50');
    assert.equal((html.match(/<article class="form"/g) ?? []).length, 50);
    assert.equal((html.match(/<div class="sheet">/g) ?? []).length, 50);
    const numbers = formNumbers(html);
    assert.equal(new Set(numbers).size, 50);
    for (const number of numbers) assert.match(number, FORM_NUMBER);
    const again = formNumbers((await get('/print/C82001/form?copies=50')).html);
    assert.equal(new Set([...numbers, ...again]).size, 100);
  });

  it('prints large print over two sheets a copy, the second naming the practice and the same form number', async () => {
    const { res, html } = await get('/print/C82001/form?large=1&copies=2');
    assert.equal(res.status, 200);
    assert.match(html, /<body class="print print--form print--large">/);
    assert.equal((html.match(/<div class="sheet">/g) ?? []).length, 4);
    const [first = '', firstAgain, second, secondAgain] = formNumbers(html);
    assert.deepEqual([firstAgain, secondAgain], [first, second], 'each sheet of a copy has its number');
    assert.notEqual(first, second);
    assert.match(html, new RegExp(`${first}</span>, page 1 of 2[^]*${first}</span>, page 2 of 2`));
    assert.match(html, /<title>Large-print paper feedback form – /);
  });

  it('answers copies outside 1 to 50, or a bad large or size, with a 422 page saying what to change', async () => {
    for (const query of ['copies=0', 'copies=51', 'copies=-1', 'copies=1.5', 'copies=ten', 'copies=1&copies=2']) {
      const { res, html } = await get(`/print/C82001/form?${query}`);
      assert.equal(res.status, 422, query);
      assert.equal(res.headers.get('content-security-policy'), PAGE_CSP);
      assert.match(html, /Copies must be a whole number from 1 to 50\.|Give copies once only\./, query);
      assert.doesNotMatch(html, /form__number/, query);
    }
    const large = await get('/print/C82001/form?large=yes');
    assert.equal(large.res.status, 422);
    assert.match(large.html, /Large print is large=1/);
    const size = await get('/print/C82001/poster?size=a5');
    assert.equal(size.res.status, 422);
    assert.match(size.html, /The poster size is a4 or a3\./);
    assert.equal((await get('/print/C82001/form?copies=')).res.status, 200, 'an emptied copies box means one');
  });

  it('answers an unknown practice with the 404 page, escaped, under the same CSP', async () => {
    for (const path of ['/print/Z99999/form', '/print/%3Cb%3E/poster', '/print/Z99999/form?copies=999']) {
      const { res, html } = await get(path);
      assert.equal(res.status, 404, path);
      assert.equal(res.headers.get('content-security-policy'), PAGE_CSP);
      assert.match(html, /<h1>Practice not found<\/h1>/);
      assert.doesNotMatch(html, /<b>/);
    }
  });

  it('serves a poster with a plain invitation, the short link, and A3 on request', async () => {
    const { res, html } = await get('/print/C82001/poster');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-security-policy'), PAGE_CSP);
    assert.match(html, /<body class="print print--poster print--a4">/);
    assert.match(html, /<h2 class="poster__title" id="poster-title">How was your visit\?<\/h2>/);
    assert.match(html, /you do not need\s+to give your name/);
    assert.match(html, /call 111\. In an emergency, call 999\./);
    const a3 = await get('/print/C82001/poster?size=A3');
    assert.match(a3.html, /<body class="print print--poster print--a3">/);
    assert.match(a3.html, /aria-current="page">A3 poster</);
  });

  it('has no inline script or style, which the CSP would block', async () => {
    for (const path of ['/print/C82001/form?large=1', '/print/C82001/poster', '/print/C82001/form?copies=0']) {
      const { html } = await get(path);
      assert.doesNotMatch(html, /<script|<style|\sstyle=|\son[a-z]+=|javascript:/i, path);
    }
  });

  it('serves print stylesheets that set A4 pages, A3 for the A3 poster, and page breaks between copies', async () => {
    const css = await (await fetch(`${h.url}/assets/print.css`)).text();
    assert.match(css, /@page \{\s*size: A4 portrait;/);
    assert.match(css, /@page poster-a3 \{\s*size: A3 portrait;/);
    assert.match(css, /break-after: page;/);
    for (const file of ['print-form.css', 'print-poster.css']) {
      const res = await fetch(`${h.url}/assets/${file}`);
      assert.equal(res.status, 200, file);
      assert.match(res.headers.get('content-type') ?? '', /^text\/css/);
    }
  });

  it('is linked from the hosted page', async () => {
    const html = await (await fetch(`${h.url}/p/C82001`)).text();
    assert.match(html, /<footer class="footer">[^]*href="\/print\/C82001\/poster"[^]*href="\/print\/C82001\/form"/);
    assert.match(html, /href="\/print\/C82001\/form\?large=1"/);
  });
});
