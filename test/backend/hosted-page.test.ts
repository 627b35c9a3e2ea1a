import assert from 'node:assert/strict';
import { PAGE_CSP } from '../../backend/src/http/static.routes.js';
import { makePractice } from '../support/fixtures.js';
import { startHarness, type Harness } from '../support/harness.js';

describe('hosted feedback page: GET /p/:code', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ practices: [makePractice('C82002', { name: `Dr <b>"O'Neil"</b> & Partners` })] });
  });
  afterEach(() => h.close());

  it('serves the practice name, the widget for its code, and the strict page CSP', async () => {
    const res = await fetch(`${h.url}/p/c82001`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html; charset=utf-8/);
    assert.equal(res.headers.get('content-security-policy'), PAGE_CSP);
    const html = await res.text();
    assert.match(html, /^<!doctype html>\n<html lang="en">/);
    assert.match(html, /<meta name="viewport" content="width=device-width, initial-scale=1" \/>/);
    assert.match(html, /<h1>South Leicestershire Medical Partnership<\/h1>/);
    assert.match(html, /<script type="module" src="\/widget\.js"><\/script>/);
    assert.match(html, /<yyg-feedback practice="C82001"><\/yyg-feedback>/);
    assert.match(html, /<link rel="stylesheet" href="\/assets\/hosted-page\.css" \/>/);
    assert.match(html, /<main id="main"/);
    assert.match(html, /<noscript>[^]*call 111[^]*<\/noscript>/, 'without the widget, still say where urgent help is');
  });

  it('has no inline script or style, which the CSP would block', async () => {
    const html = await (await fetch(`${h.url}/p/C82001`)).text();
    assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=|javascript:/i);
    for (const script of html.match(/<script[^>]*>[^<]*<\/script>/g) ?? []) {
      assert.match(script, /^<script type="module" src="[^"]+"><\/script>$/);
    }
  });

  it('escapes the practice name', async () => {
    const html = await (await fetch(`${h.url}/p/C82002`)).text();
    assert.match(html, /<h1>Dr &lt;b&gt;&quot;O&#39;Neil&quot;&lt;\/b&gt; &amp; Partners<\/h1>/);
    assert.match(html, /<title>Give feedback – Dr &lt;b&gt;/);
    assert.doesNotMatch(html, /<b>/);
  });

  it('answers an unknown code with a 404 page that says what to do, escaped, under the same CSP', async () => {
    const res = await fetch(`${h.url}/p/%3Cscript%3Ealert(1)%3C%2Fscript%3E`);
    assert.equal(res.status, 404);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    assert.equal(res.headers.get('content-security-policy'), PAGE_CSP);
    const html = await res.text();
    assert.match(html, /<h1>Practice not found<\/h1>/);
    assert.match(html, /&lt;SCRIPT&gt;ALERT\(1\)&lt;\/SCRIPT&gt;/);
    assert.doesNotMatch(html, /<script/i);
  });

  it('serves its stylesheet', async () => {
    const res = await fetch(`${h.url}/assets/hosted-page.css`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/css/);
    assert.match(await res.text(), /#005eb8/);
  });
});
