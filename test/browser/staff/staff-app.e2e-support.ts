/**
 * Helpers for the staff app's Chromium suites (test/e2e/staff-app*.test.ts): the real backend
 * with the real tagging behind the job queue, feedback put in through the real intake, and
 * puppeteer helpers that see through the app's shadow roots. Mocha-only (Node): not a
 * web-test-runner file, which is why its name does not end in `.test.ts`.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { processFeedbackJob } from '../../../backend/src/jobs/process-feedback.job.js';
import type { FeedbackComment } from '../../../backend/src/domain/feedback.js';
import type { FftRating } from '../../../backend/src/domain/fft.js';
import { solvedAltcha } from '../../support/altcha.js';
import { postJson, startHarness, type Harness, type HarnessOptions } from '../../support/harness.js';
import { waitFor } from '../../support/wait.js';

/** The real app whose queue runs the real `process-feedback` job (tagging, redaction, roll-ups). */
export async function startTaggingHarness(options: HarnessOptions = {}): Promise<Harness> {
  let harness: Harness | undefined;
  harness = await startHarness({
    ...options,
    handler: async (job) => {
      // Jobs only arrive after a submission, by which time the harness is assigned.
      await processFeedbackJob({ store: harness!.store, queue: harness!.queue })(job);
    },
  });
  return harness;
}

export interface Submission {
  rating?: FftRating;
  comment?: string;
  comments?: FeedbackComment[];
  practiceCode?: string;
  language?: string;
  contact?: { consent: true; name?: string; email?: string; phone?: string };
}

/** Submit through `POST /api/v1/feedback` as the widget does (proof of work solved for real). */
export async function submitFeedback(h: Harness, s: Submission): Promise<string> {
  const body = {
    submissionId: randomUUID(),
    practiceCode: s.practiceCode ?? 'C82001',
    rating: s.rating ?? 'good',
    ...(s.comments ? { comments: s.comments } : { comment: s.comment ?? '' }),
    channel: 'web',
    language: s.language ?? 'en',
    website: '',
    altcha: await solvedAltcha(h.url),
    ...(s.contact ? { contact: s.contact } : {}),
  };
  const res = await postJson(`${h.url}/api/v1/feedback`, body);
  assert.equal(res.status, 202, `intake answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

/** Wait until the worker has tagged every one of these submissions. */
export async function waitProcessed(h: Harness, ids: string[], ms = 15_000): Promise<void> {
  await waitFor(
    async () => (await Promise.all(ids.map((id) => h.store.getFeedback(id)))).every((r) => r?.state === 'processed'),
    ms,
    `${ids.length} submissions to be processed`,
  );
}

export interface StaffPage {
  page: Page;
  /** Close the page and its browser context (its own cookies and storage). */
  close(): Promise<void>;
  /** Dialogs (alert, confirm, prompt) the page opened: an XSS payload that ran would show here. */
  dialogs: string[];
  /** Uncaught errors and console errors, and CSP refusals. */
  errors: string[];
}

/** A new page on the staff app, recording dialogs and errors; viewport as a laptop unless told. */
export async function openStaffApp(
  browser: Browser,
  h: Harness,
  hash = '',
  viewport = { width: 1280, height: 900 },
): Promise<StaffPage> {
  // A context of its own: each page signs in afresh, with no session cookie from another test.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (m) => {
    // Refusals the app handles (401, 409, 422, …) show as failed loads in the console; they are expected.
    if (/Content Security Policy/.test(m.text())) errors.push(m.text());
    else if (m.type() === 'error' && !/status of (401|403|404|409|410|422|429)/.test(m.text())) errors.push(m.text());
  });
  // tsx compiles these tests keeping function names (esbuild's __name helper); functions sent to
  // the page for evaluation need that helper there too.
  await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
  await page.setViewport(viewport);
  const response = await page.goto(`${h.url}/staff/${hash}`, { waitUntil: 'networkidle0' });
  assert.equal(response?.status(), 200, 'the staff app is not built: run "npm run build:staff" first');
  assert.match(response.headers()['content-security-policy'] ?? '', /script-src 'self'/, 'served under the strict CSP');
  return { page, dialogs, errors, close: () => context.close() };
}

/**
 * After a failed test, a full-page screenshot of where the page got to, named in the failure
 * output (nothing is written when tests pass).
 */
export async function screenshotOnFailure(test: Mocha.Test | undefined, page: Page | undefined): Promise<void> {
  if (test?.state !== 'failed' || !page || page.isClosed()) return;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'yyg-staff-app-'));
  const file = path.join(dir, 'failure.png');
  await page.screenshot({ path: file, fullPage: true });
  process.stderr.write(`screenshot of the failed test "${test.title}": ${file}\n`);
}

/** Wait for an element anywhere in the app, through every shadow root. */
export async function waitDeep(page: Page, selector: string, timeout = 10_000) {
  // Polled, not watched: a MutationObserver on the document never sees changes inside shadow roots.
  await page
    .waitForFunction(
      (sel: string) => {
        const find = (root: Document | ShadowRoot): boolean =>
          !!root.querySelector(sel) ||
          [...root.querySelectorAll('*')].some((el) => !!el.shadowRoot && find(el.shadowRoot));
        return find(document);
      },
      { timeout, polling: 50 },
      selector,
    )
    .catch((error: Error) => {
      throw new Error(`waiting for ${selector}: ${error.message}`);
    });
  const handle = await page.$(`pierce/${selector}`);
  assert.ok(handle, `no ${selector}`);
  return handle;
}

/** The element whose id or selector matches, through shadow roots, or null. */
export function deep(page: Page, selector: string) {
  return page.$(`pierce/${selector}`);
}

export function deepAll(page: Page, selector: string) {
  return page.$$(`pierce/${selector}`);
}

/** The text of every `selector` in the app, through shadow roots. */
export function deepTexts(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(`pierce/${selector}`, (els) =>
    els.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}

/** The focused element, through shadow roots: its id, tag and text. */
export interface Focused {
  id: string;
  tag: string;
  text: string;
  type: string;
  href: string;
}

export function activeElement(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return {
      id: active?.id ?? '',
      tag: active?.tagName.toLowerCase() ?? '',
      text: (active?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      type: (active as HTMLInputElement | null)?.type ?? '',
      href: active?.getAttribute('href') ?? '',
    };
  });
}

/** Press Tab (or Shift+Tab) until the focused element matches, as a keyboard user would. */
export async function tabTo(
  page: Page,
  match: (el: Focused) => boolean,
  what: string,
  { max = 150, back = false } = {},
): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (back) {
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
    } else await page.keyboard.press('Tab');
    if (match(await activeElement(page))) return;
  }
  throw new Error(`Tab never reached ${what} in ${max} presses`);
}

/** The heading the app moved focus to, and the document title. */
export async function focusedHeading(page: Page): Promise<{ heading: string; title: string }> {
  const active = await activeElement(page);
  return {
    heading: active.tag === 'h1' ? active.text : `(focus on ${active.tag}#${active.id})`,
    title: await page.title(),
  };
}

/** Fill the sign-in form and press the button (the mouse-free way: type, then Enter). */
export async function signInThroughForm(page: Page, email: string, password: string): Promise<void> {
  const emailField = await waitDeep(page, '#sign-in-email');
  await emailField.click({ count: 3 });
  await emailField.type(email);
  const passwordField = await waitDeep(page, '#sign-in-password');
  await passwordField.type(password);
  await passwordField.press('Enter');
}

/** Wait for the route's view to have rendered its h1 with this text. */
export async function waitForHeading(page: Page, text: string | RegExp, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    (source: string, flags: string) => {
      const re = new RegExp(source, flags);
      const walk = (root: Document | ShadowRoot): boolean =>
        [...root.querySelectorAll('*')].some(
          (el) =>
            (el.tagName === 'H1' && re.test(el.textContent ?? '')) || (el.shadowRoot ? walk(el.shadowRoot) : false),
        );
      return walk(document);
    },
    { timeout, polling: 50 },
    typeof text === 'string' ? text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : text.source,
    typeof text === 'string' ? '' : text.flags,
  );
}

/** Wait until some element matching `selector` has text matching `text`, through shadow roots. */
export async function waitForText(
  page: Page,
  selector: string,
  text: string | RegExp,
  timeout = 10_000,
): Promise<void> {
  await page.waitForFunction(
    (sel: string, source: string, flags: string) => {
      const re = new RegExp(source, flags);
      const walk = (root: Document | ShadowRoot): boolean =>
        [...root.querySelectorAll('*')].some(
          (el) =>
            (el.matches(sel) && re.test((el.textContent ?? '').replace(/\s+/g, ' '))) ||
            (el.shadowRoot ? walk(el.shadowRoot) : false),
        );
      return walk(document);
    },
    { timeout },
    selector,
    typeof text === 'string' ? text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : text.source,
    typeof text === 'string' ? '' : text.flags,
  );
}
