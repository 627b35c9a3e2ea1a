import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { PATHS } from '../../backend/src/paths.js';
import { launchChromiumOrSkip } from '../support/puppeteer.js';
import type { Harness } from '../support/harness.js';
import { createStaffUser, signIn } from '../support/staff.js';
import { waitFor } from '../support/wait.js';
import {
  activeElement,
  deep,
  deepAll,
  openStaffApp,
  screenshotOnFailure,
  signInThroughForm,
  startTaggingHarness,
  submitFeedback,
  waitDeep,
  waitForHeading,
  waitForText,
  waitProcessed,
  type StaffPage,
} from '../browser/staff/staff-app.e2e-support.js';

/**
 * Classic injection payloads, each as a patient might type it. Those that would run set
 * `window.__yygXss` or open a dialog, so running is detectable as well as visible.
 */
const PAYLOADS = [
  `<script>window.__yygXss=1</script>`,
  `<img src=x onerror="window.__yygXss=2">`,
  `"><svg onload="window.__yygXss=3">`,
  `javascript:window.__yygXss=4`,
  `<a href="javascript:alert(5)">click the receptionist</a>`,
  `{{constructor.constructor('window.__yygXss=6')()}}`,
  `</textarea><script>window.__yygXss=7</script>`,
  `<iframe src="javascript:window.__yygXss=8"></iframe>`,
  '${alert(9)} `${window.__yygXss=9}`',
  `<details open ontoggle="window.__yygXss=10">`,
  `<body onload="window.__yygXss=11">`,
  `<style>*{display:none}</style><link rel=stylesheet href=//evil.invalid/x.css>`,
  `';alert(13);//`,
  `<math><mtext><table><mglyph><style><img src=x onerror="window.__yygXss=14">`,
  `<!--<img src=x onerror="window.__yygXss=15">-->`,
  `<input autofocus onfocus="window.__yygXss=16">`,
  `<object data="javascript:window.__yygXss=17"></object>`,
  `<svg><script>window.__yygXss=18</script></svg>`,
  `&lt;img src=x onerror=alert(19)&gt; &amp; &#x3C;script&#x3E;`,
  `<!--?lit$123456789$--><?lit$1$>`,
  `<noscript><p title="</noscript><img src=x onerror=window.__yygXss=21>">`,
  `data:text/html,<script>alert(22)</script>`,
];

/** Where the widget's bundle is: the hosted page needs it built. */
const WIDGET = path.join(PATHS.widgetDist, 'widget.js');

/**
 * Anything a payload could have injected, through every shadow root: script and frame elements
 * that are not the app's own, `on…` attributes, and javascript: or data: addresses.
 */
function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const banned = new Set([
      'SCRIPT',
      'IFRAME',
      'OBJECT',
      'EMBED',
      'IMG',
      'SVG',
      'MATH',
      'STYLE',
      'BODY',
      'DETAILS',
      'LINK',
      'BASE',
      'META',
    ]);
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        const own =
          (el.tagName === 'SCRIPT' &&
            el.parentElement === document.head &&
            /^\/staff\/assets\//.test(el.getAttribute('src') ?? '')) ||
          (el.tagName === 'LINK' && el.parentElement === document.head) ||
          (el.tagName === 'META' && el.parentElement === document.head) ||
          el === document.body;
        if (banned.has(el.tagName.toUpperCase()) && !own) found.push(`<${el.tagName.toLowerCase()}>`);
        for (const attr of el.getAttributeNames()) {
          const value = el.getAttribute(attr) ?? '';
          if (/^on/i.test(attr)) found.push(`${el.tagName.toLowerCase()}[${attr}]`);
          if (
            /^(href|src|data|action|formaction)$/i.test(attr) &&
            /^\s*(javascript|data):/i.test(value) &&
            !(el.tagName === 'LINK' && value === 'data:,')
          ) {
            found.push(`${el.tagName.toLowerCase()}[${attr}=${value}]`);
          }
        }
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    if ((window as unknown as { __yygXss?: unknown }).__yygXss !== undefined)
      found.push(`window.__yygXss=${(window as unknown as { __yygXss?: unknown }).__yygXss}`);
    return found;
  });
}

async function expectInert(s: StaffPage, where: string): Promise<void> {
  assert.deepEqual(await injected(s.page), [], `nothing injected in ${where}`);
  assert.deepEqual(s.dialogs, [], `no dialog opened in ${where}`);
  assert.deepEqual(s.errors, [], `no errors in ${where}`);
}

/** The results' links, in order. */
function renderedIds(page: Page): Promise<string[]> {
  return page.$$eval('pierce/.result-link', (as) => as.map((a) => a.getAttribute('href') ?? ''));
}

/** Rendered text of each result's comments, by item id. */
function renderedComments(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const inbox = document.querySelector('yyg-staff-app')!.shadowRoot!.querySelector('yyg-inbox')!.shadowRoot!;
    for (const li of inbox.querySelectorAll('li.result')) {
      const id = (li.querySelector('.result-link')?.getAttribute('href') ?? '').replace('#/feedback/', '');
      out[id] = [...li.querySelectorAll('.patient-text')].map((p) => p.textContent ?? '');
    }
    return out;
  });
}

describe('staff app in Chromium: patient text is inert everywhere it is shown (XSS corpus)', function () {
  this.timeout(120_000);
  let browser: Browser | undefined;
  let h: Harness;
  let manager: { email: string; password: string };
  const ids = new Map<string, string>();
  let extra = 0;
  let current: StaffPage | undefined;

  before(async function () {
    browser = await launchChromiumOrSkip(this, 'staff app XSS corpus');
    assert.ok(existsSync(WIDGET), `${WIDGET} is missing: run "npm run build" before the end-to-end tests`);
    h = await startTaggingHarness();
    const { user, password } = await createStaffUser(h, { role: 'practice-manager' });
    manager = { email: user.email, password };
    for (const [i, payload] of PAYLOADS.entries()) {
      ids.set(payload, await submitFeedback(h, { rating: 'poor', comment: `Receptionist note ${i + 1}: ${payload}` }));
    }
    // Three plain ones besides: more than a page of 25, so "Load more" is needed to see them all.
    const plain = [];
    for (let i = 0; i < 3; i++)
      plain.push(await submitFeedback(h, { rating: 'good', comment: `Plain comment ${i + 1}.` }));
    await waitProcessed(h, [...ids.values(), ...plain]);
    extra = plain.length;
  });
  afterEach(async function () {
    await screenshotOnFailure(this.currentTest, current?.page);
  });
  after(async () => {
    await current?.close();
    await browser?.close();
    await h?.close();
  });

  it('takes a payload through the real widget on the hosted page /p/C82001', async () => {
    const page = await browser!.newPage();
    const payload = `<img src=x onerror="window.__yygXss='widget'">"><script>alert('widget')</script>`;
    await page.goto(`${h.url}/p/C82001`, { waitUntil: 'networkidle0' });
    await page.locator('yyg-feedback >>> input[type="radio"][value="poor"]').click();
    await page.locator('yyg-feedback >>> textarea').fill(`From the widget: ${payload}`);
    await page.locator('yyg-feedback >>> button[type="submit"]').click();
    await page.waitForFunction(
      () => /YYG-[0-9A-Z]{4}-[0-9A-Z]{4}/.test(document.querySelector('yyg-feedback')?.shadowRoot?.textContent ?? ''),
      {
        timeout: 15_000,
      },
    );
    await page.close();
    let id: string | undefined;
    await waitFor(
      async () => {
        const all = await h.store.listFeedback({ practiceCode: 'C82001', limit: 500 });
        const found = all.find((r) => r.comments.some((c) => c.text.includes('From the widget')));
        id = found?.state === 'processed' ? found.id : undefined;
        return !!id;
      },
      15_000,
      'the widget submission to be processed',
    );
    ids.set(`From the widget: ${payload}`, id!);
  });

  it('inbox list: every payload shown as the text the API sent, nothing injected, no dialog', async () => {
    current = await openStaffApp(browser!, h);
    const s = current;
    await signInThroughForm(s.page, manager.email, manager.password);
    await waitForHeading(s.page, 'Feedback inbox');
    await waitForText(s.page, '.total', new RegExp(`^${ids.size + extra} feedback items`));
    assert.ok(await deep(s.page, '#load-more'), 'more than a page');
    while (await deep(s.page, '#load-more')) {
      const before = (await deepAll(s.page, 'li.result')).length;
      await (await deep(s.page, '#load-more'))!.press('Enter');
      await s.page.waitForFunction(
        (n) => {
          const inbox = document.querySelector('yyg-staff-app')?.shadowRoot?.querySelector('yyg-inbox')?.shadowRoot;
          return (inbox?.querySelectorAll('li.result').length ?? 0) > n;
        },
        {},
        before,
      );
      const focused = await activeElement(s.page);
      assert.equal(focused.href, (await renderedIds(s.page))[before], 'focus goes to the first new item');
    }
    const rendered = await renderedComments(s.page);
    assert.equal(Object.keys(rendered).length, ids.size + extra, 'every submission is listed');
    await waitForText(
      s.page,
      '.total',
      new RegExp(`^${extra + ids.size - 25} more items? shown, ${ids.size + extra} of ${ids.size + extra}`),
    );
    const api = await signIn(h.url, manager.email, manager.password);
    const listed = await api.get('/api/v1/staff/feedback?limit=100');
    for (const item of listed.body.items as { id: string; comments: { text: string }[] }[]) {
      assert.deepEqual(
        rendered[item.id],
        item.comments.map((c) => c.text),
        `item ${item.id} shows exactly the API's text`,
      );
    }
    // The redacted text still carries the markup characters, as text.
    const all = Object.values(rendered).flat().join('\n');
    for (const fragment of [
      '<script>',
      'onerror=',
      '<svg onload',
      'javascript:',
      "{{constructor.constructor('",
      '</textarea>',
      '<!--?lit$',
    ]) {
      assert.ok(all.includes(fragment), `"${fragment}" is visible as text`);
    }
    await expectInert(s, 'the inbox list');
  });

  it('search with highlights over the payloads: <mark> around the words, nothing else', async () => {
    const s = current!;
    for (const q of ['script', 'onerror', 'receptionist javascript']) {
      await s.page.evaluate((query) => (location.hash = `#/inbox?q=${encodeURIComponent(query)}`), q);
      await waitForText(s.page, '.total', /feedback items? match/);
      const marks = await s.page.$$eval('pierce/.result mark', (els) => els.map((m) => m.textContent ?? ''));
      assert.ok(marks.length > 0, `"${q}" marks something`);
      const words = q.split(' ');
      assert.ok(
        marks.every((m) => words.some((w) => m.toLowerCase().startsWith(w.slice(0, 5)))),
        `only the searched words are marked for "${q}": ${JSON.stringify(marks)}`,
      );
      assert.ok((await deepAll(s.page, 'li.result')).length >= 1);
      await expectInert(s, `search "${q}"`);
    }
  });

  it('item view: redacted text, the original words, the moderation copy and preview, and a published removal', async () => {
    const s = current!;
    for (const [payload, id] of ids) {
      await s.page.evaluate((hash) => (location.hash = hash), `#/feedback/${id}`);
      await waitDeep(s.page, '#moderation-save');
      await waitForText(s.page, 'h1', /Feedback from/);
      const original = await waitDeep(s.page, 'button[aria-pressed]');
      await original.press('Enter');
      await waitForText(s.page, 'h2', 'What the patient wrote');
      const shown = await s.page.$$eval('pierce/.comments .patient-text', (els) => els.map((e) => e.textContent ?? ''));
      const expected = payload.startsWith('From the widget')
        ? payload
        : `Receptionist note ${PAYLOADS.indexOf(payload) + 1}: ${payload}`;
      assert.deepEqual(shown, [expected], 'the original words, exactly, as text');
      const copy = await s.page.$eval('pierce/#redact-0', (t) => (t as HTMLTextAreaElement).value);
      const preview = await s.page.$$eval('pierce/.preview .patient-text', (els) =>
        els.map((e) => e.textContent ?? ''),
      );
      assert.deepEqual(preview, [copy], 'the preview shows the redacted copy as text');
      await expectInert(s, `item ${PAYLOADS.indexOf(payload) + 1}`);
    }
    // Publish one with a removal: the preview and the stored public text carry [removed].
    const [payload, id] = [...ids][1];
    await s.page.evaluate((hash) => (location.hash = hash), `#/feedback/${id}`);
    await waitDeep(s.page, '#redact-words-0');
    await (await deep(s.page, '#redact-words-0'))!.type('onerror');
    await (await deep(s.page, '#redact-words-0'))!.press('Enter');
    await waitForText(s.page, '.preview', /\[removed\]/);
    await (await deep(s.page, '#status-published'))!.press('Space');
    await (await deep(s.page, '#moderation-save'))!.press('Enter');
    await waitForText(s.page, '#notice', /Published/);
    await expectInert(s, 'the published item');
    const stories = await fetch(`${h.url}/api/v1/practices/C82001/stories`);
    assert.match(
      stories.headers.get('content-type') ?? '',
      /^application\/json/,
      'stories are JSON, never rendered as HTML',
    );
    const body = JSON.stringify(await stories.json());
    assert.ok(
      body.includes('[removed]') && body.includes('<img src=x'),
      `published as text: ${body.slice(0, 300)} (${payload})`,
    );
  });

  it('audit log and history list actions only: no patient text, nothing injected', async () => {
    const s = current!;
    await s.page.evaluate(() => (location.hash = '#/audit'));
    await waitDeep(s.page, '#audit-table');
    const cells = (await s.page.$$eval('pierce/#audit-table td', (els) => els.map((e) => e.textContent ?? ''))).join(
      ' ',
    );
    assert.ok(!cells.includes('__yygXss'), 'no payload in the audit log');
    await expectInert(s, 'the audit log');
  });
});
