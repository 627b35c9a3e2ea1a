import assert from 'node:assert/strict';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromiumOrSkip } from '../support/puppeteer.js';
import type { Harness } from '../support/harness.js';
import { createStaffUser } from '../support/staff.js';
import {
  activeElement,
  focusedHeading,
  openStaffApp,
  screenshotOnFailure,
  startTaggingHarness,
  submitFeedback,
  tabTo,
  waitForHeading,
  waitForText,
  waitProcessed,
  type StaffPage,
} from '../browser/staff/staff-app.e2e-support.js';

const COMMENT = 'The rude receptionist with the red hair would not let me book.';
const REMOVE = 'with the red hair';
const YELLOW = 'rgb(255, 235, 59)';

/** The NHS focus colour is on the focused element (its outline or its background). */
async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate((yellow) => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return false;
    const style = getComputedStyle(active);
    return style.outlineColor === yellow || style.backgroundColor === yellow || style.boxShadow.includes(yellow);
  }, YELLOW);
}

async function press(page: Page, key: Parameters<Page['keyboard']['press']>[0], times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

describe('staff app in Chromium: keyboard alone, from sign in to publishing', function () {
  this.timeout(90_000);
  let browser: Browser | undefined;
  let h: Harness;
  let current: StaffPage | undefined;

  before(async function () {
    browser = await launchChromiumOrSkip(this, 'staff app keyboard journey');
    h = await startTaggingHarness();
  });
  afterEach(async function () {
    await screenshotOnFailure(this.currentTest, current?.page);
    await current?.close();
  });
  after(async () => {
    await browser?.close();
    await h?.close();
  });

  it('signs in, searches with /, moves with j and k, opens with o, removes words by keyboard selection, publishes', async () => {
    const { user, password } = await createStaffUser(h, { role: 'practice-manager' });
    const id = await submitFeedback(h, { rating: 'very-poor', comment: COMMENT });
    const other = await submitFeedback(h, { rating: 'poor', comment: 'A rude receptionist on the telephone.' });
    await waitProcessed(h, [id, other]);
    current = await openStaffApp(browser!, h);
    const { page, errors } = current;
    await waitForHeading(page, 'Sign in');

    // The skip link comes first.
    await press(page, 'Tab');
    assert.equal((await activeElement(page)).text, 'Skip to main content');
    assert.ok(await focusIsVisible(page), 'the skip link shows NHS yellow focus');
    await tabTo(page, (a) => a.id === 'sign-in-email', 'the email field');
    assert.ok(await focusIsVisible(page), 'the email field shows NHS yellow focus');
    await page.keyboard.type(user.email);
    await press(page, 'Tab');
    assert.equal((await activeElement(page)).id, 'sign-in-password');
    await page.keyboard.type(password);
    await press(page, 'Enter');
    await waitForHeading(page, 'Feedback inbox');
    assert.deepEqual(await focusedHeading(page), {
      heading: 'Feedback inbox',
      title: 'Feedback inbox – You and Your GP staff',
    });

    // "/" goes to the search box; typing there is typing, not shortcuts.
    await press(page, '/');
    assert.equal((await activeElement(page)).id, 'inbox-search');
    await page.keyboard.type('rude receptionist');
    assert.equal(await page.$eval('pierce/#inbox-search', (i) => (i as HTMLInputElement).value), 'rude receptionist');
    await press(page, 'Enter');
    await waitForText(page, '.total', /^2 feedback items match/);

    // Out of the box, j and k move between items, newest first.
    await press(page, 'Tab');
    await press(page, 'j');
    let active = await activeElement(page);
    assert.equal(active.tag, 'a');
    assert.ok(await focusIsVisible(page), 'the item link shows NHS yellow focus');
    const first = active.href;
    await press(page, 'j');
    assert.notEqual((await activeElement(page)).href, first, 'j moves to the next item');
    await press(page, 'k');
    assert.equal((await activeElement(page)).href, first, 'k moves back');

    // "?" shows the shortcuts; Escape closes them and focus comes back.
    await press(page, '?');
    await waitForText(page, '#shortcut-help-title', 'Keyboard shortcuts');
    await press(page, 'Escape');
    await page.waitForFunction(() => {
      let a = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return a?.classList.contains('result-link');
    });

    // The newest item is the one with the name to remove (submitted first): find it with j.
    await press(page, 'k');
    const links = await page.$$eval('pierce/.result-link', (as) => as.map((a) => a.getAttribute('href')));
    const target = links.indexOf(`#/feedback/${id}`);
    assert.ok(target >= 0, `the item is listed: ${links}`);
    await press(page, 'j', target);
    await press(page, 'o');
    await waitForHeading(page, /Feedback/);
    assert.equal(await page.evaluate(() => location.hash), `#/feedback/${id}`);
    active = await activeElement(page);
    assert.equal(active.tag, 'h1', 'focus moves to the new view’s heading');

    // Status: Tab into the radio group, arrows choose.
    await tabTo(page, (a) => a.id === 'status-new', 'the status radios');
    await press(page, 'ArrowDown', 2);
    assert.equal((await activeElement(page)).id, 'status-published');

    // Removal: select the words in the read-only copy with Shift and the arrow keys.
    await tabTo(page, (a) => a.id === 'redact-0', 'the comment to select from');
    const text = await page.$eval('pierce/#redact-0', (t) => (t as HTMLTextAreaElement).value);
    const at = text.indexOf(REMOVE);
    assert.ok(at > 0, `"${REMOVE}" is in the redacted text: ${text}`);
    await page.keyboard.down('Control');
    await press(page, 'Home');
    await page.keyboard.up('Control');
    await press(page, 'ArrowRight', at);
    await page.keyboard.down('Shift');
    await press(page, 'ArrowRight', REMOVE.length);
    await page.keyboard.up('Shift');
    assert.deepEqual(
      await page.$eval('pierce/#redact-0', (t) => [
        (t as HTMLTextAreaElement).selectionStart,
        (t as HTMLTextAreaElement).selectionEnd,
      ]),
      [at, at + REMOVE.length],
    );
    // Typing in the copy changes nothing.
    await page.keyboard.type('x');
    assert.equal(await page.$eval('pierce/#redact-0', (t) => (t as HTMLTextAreaElement).value), text);
    await press(page, 'Tab');
    assert.match((await activeElement(page)).text, /^Remove selected text/);
    await press(page, 'Enter');
    await waitForText(page, '.preview', /receptionist \[removed\] would not let me book/);

    await tabTo(page, (a) => a.id === 'moderation-save', 'Save');
    await press(page, 'Space');
    await waitForText(page, '#notice', 'Saved. This feedback is now: Published.');
    const stored = await h.staff.inbox.getItem(id);
    assert.equal(stored?.moderation.status, 'published');
    assert.deepEqual(stored?.moderation.redactions, [{ comment: 0, start: at, end: at + REMOVE.length }]);
    assert.equal((await activeElement(page)).id, 'notice', 'focus moves to the confirmation');
    assert.deepEqual(errors, []);
  });

  it('single-key shortcuts can be turned off (WCAG 2.1.4), and stay off', async () => {
    const { user, password } = await createStaffUser(h, { role: 'practice-manager' });
    current = await openStaffApp(browser!, h);
    const { page } = current;
    await tabTo(page, (a) => a.id === 'sign-in-email', 'the email field');
    await page.keyboard.type(user.email);
    await press(page, 'Tab');
    await page.keyboard.type(password);
    await press(page, 'Enter');
    await waitForHeading(page, 'Feedback inbox');
    await press(page, '?');
    await waitForText(page, '#shortcut-help-title', 'Keyboard shortcuts');
    await tabTo(page, (a) => a.id === 'shortcuts-on', 'the shortcuts checkbox');
    await press(page, 'Space');
    await press(page, 'Escape');
    await press(page, '/');
    assert.notEqual((await activeElement(page)).id, 'inbox-search', '/ does nothing once shortcuts are off');
    await page.reload({ waitUntil: 'networkidle0' });
    await waitForHeading(page, 'Feedback inbox');
    await press(page, '/');
    assert.notEqual((await activeElement(page)).id, 'inbox-search', 'still off after a reload');
  });
});
