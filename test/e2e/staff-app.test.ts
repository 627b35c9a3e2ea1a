import assert from 'node:assert/strict';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromiumOrSkip } from '../support/puppeteer.js';
import type { Harness } from '../support/harness.js';
import { createStaffUser, signIn, type SignedIn } from '../support/staff.js';
import {
  deep,
  deepAll,
  deepTexts,
  focusedHeading,
  openStaffApp,
  screenshotOnFailure,
  signInThroughForm,
  startTaggingHarness,
  submitFeedback,
  waitDeep,
  waitForHeading,
  waitForText,
  waitProcessed,
} from '../browser/staff/staff-app.e2e-support.js';

const RUDE = 'The receptionist was rude and the rude receptionist shouted at my mother.';
const NAMED = 'Dr Okafor listened carefully but the rude receptionist with the red hair ignored my mother.';

describe('staff app in Chromium: sign in, inbox search and filters, moderation, replies, audit', function () {
  this.timeout(60_000);
  let browser: Browser | undefined;
  let h: Harness;
  let manager: { email: string; password: string };
  let ids: Record<string, string>;
  let page: Page;
  let errors: string[];

  before(async function () {
    browser = await launchChromiumOrSkip(this, 'staff app in Chromium');
    h = await startTaggingHarness();
    const { user, password } = await createStaffUser(h, { role: 'practice-manager', name: 'Priya Manager' });
    manager = { email: user.email, password };
    ids = {
      rude: await submitFeedback(h, { rating: 'very-poor', comment: RUDE }),
      named: await submitFeedback(h, { rating: 'poor', comment: NAMED }),
      kind: await submitFeedback(h, {
        rating: 'very-good',
        comment: 'The nurse was kind and the appointment was on time.',
      }),
      phone: await submitFeedback(h, {
        rating: 'neither',
        comment: 'Getting through on the telephone takes too long.',
      }),
    };
    await waitProcessed(h, Object.values(ids));
  });
  afterEach(async function () {
    await screenshotOnFailure(this.currentTest, page);
  });
  after(async () => {
    await browser?.close();
    await h?.close();
  });

  it('refuses a wrong password in an error summary that links to the field, then signs in to the inbox', async () => {
    ({ page, errors } = await openStaffApp(browser!, h));
    await waitForHeading(page, 'Sign in');
    assert.match(await page.title(), /^Sign in – You and Your GP staff$/);
    await signInThroughForm(page, manager.email, 'not-the-password-at-all');
    await waitForText(page, '.error-summary', /Enter a correct email address and password/);
    const summary = await page.evaluate(() => {
      let a = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return a?.className;
    });
    assert.equal(summary, 'error-summary', 'focus moves to the error summary');
    const [link] = await deepAll(page, '.error-summary a');
    assert.equal(await link.evaluate((a) => a.getAttribute('href')), '#sign-in-email');
    await link.press('Enter');
    assert.equal(await page.evaluate(() => location.hash), '', 'the link does not change the route');

    await signInThroughForm(page, manager.email, manager.password);
    await waitForHeading(page, 'Feedback inbox');
    assert.equal(await page.evaluate(() => location.hash), '#/inbox');
    assert.deepEqual(await focusedHeading(page), {
      heading: 'Feedback inbox',
      title: 'Feedback inbox – You and Your GP staff',
    });
    await waitForText(page, '.total', /4 feedback items/);
    const nav = await deepTexts(page, 'nav.primary a');
    assert.deepEqual(nav, ['Inbox', 'Practices', 'Area summary', 'Audit log'], 'a practice manager has no Users page');
    assert.deepEqual(errors, []);
  });

  it('searches "rude receptionist": only matching items, with the words in <mark>, and the URL says so', async () => {
    const search = await waitDeep(page, '#inbox-search');
    await search.type('rude receptionist');
    await search.press('Enter');
    await waitForText(page, '.total', /^2 feedback items match/);
    assert.equal(await page.evaluate(() => location.hash), '#/inbox?q=rude+receptionist');
    const links = await deepAll(page, '.result-link');
    assert.equal(links.length, 2);
    const marks = await deepTexts(page, '.result mark');
    assert.ok(marks.length >= 4, `marks: ${JSON.stringify(marks)}`);
    assert.ok(
      marks.every((m) => /^(rude|receptionist)$/i.test(m)),
      `only the words are marked: ${JSON.stringify(marks)}`,
    );
    const texts = await deepTexts(page, '.result .patient-text');
    assert.ok(texts.every((t) => /rude/i.test(t) && /receptionist/i.test(t)));
  });

  it('counts per filter value, and a filter changes the counts and the list', async () => {
    await (await waitDeep(page, '#filters-button')).click();
    await waitDeep(page, '#filter-rating-poor');
    const label = async (id: string) => (await deepTexts(page, `label[for="${id}"]`))[0];
    assert.equal(await label('filter-rating-very-poor'), 'Very poor (1)');
    assert.equal(await label('filter-rating-poor'), 'Poor (1)');
    assert.equal(await label('filter-status-new'), 'New (2)');
    await (await deep(page, '#filter-rating-poor'))!.click();
    await waitForText(page, '.total', /^1 feedback item match/);
    assert.match(await page.evaluate(() => location.hash), /^#\/inbox\?q=rude\+receptionist&rating=poor$/);
    // The rating's own counts leave the rating filter out; the others narrow with it.
    assert.equal(await label('filter-rating-very-poor'), 'Very poor (1)');
    assert.equal(await label('filter-status-new'), 'New (1)');
    // A date range: nothing was received from next year on.
    const from = await deep(page, '#filter-from');
    await from!.evaluate((input) => {
      (input as HTMLInputElement).value = `${new Date().getFullYear() + 1}-01-01`;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitForText(page, '.total', 'No feedback matches');
    assert.match(await page.evaluate(() => location.hash), /&from=\d{4}-01-01&rating=poor$/);
    await page.goBack();
    await waitForText(page, '.total', /^1 feedback item match/);
    // A bookmark of this address opens the same view.
    const again = await openStaffApp(browser!, h, '#/inbox?q=rude+receptionist&rating=poor');
    await signInThroughForm(again.page, manager.email, manager.password);
    await waitForText(again.page, '.total', /^1 feedback item match/);
    assert.equal(
      await (await deep(again.page, '#filter-rating-poor'))!.evaluate((c) => (c as HTMLInputElement).checked),
      true,
    );
    await again.close();
  });

  it('opens an item, removes a name and publishes it; the public sees [removed]', async () => {
    await (await waitDeep(page, '.result-link'))!.click();
    await waitForHeading(page, /Feedback/);
    assert.match(await page.evaluate(() => location.hash), new RegExp(`^#/feedback/${ids.named}$`));
    const text = await (await waitDeep(page, '#redact-0')).evaluate((t) => (t as HTMLTextAreaElement).value);
    assert.match(await page.title(), /^Feedback from .+ – You and Your GP staff$/);
    assert.ok(!text.includes('Okafor'), `the name was redacted before moderation: ${text}`);
    const words = 'with the red hair';
    await (await deep(page, '#redact-words-0'))!.type(words);
    await (await deep(page, '#redact-words-0'))!.press('Enter');
    await waitForText(page, '.preview', /\[removed\]/);
    await (await deep(page, '#status-published'))!.click();
    await (await deep(page, '#moderation-save'))!.click();
    await waitForText(page, '#notice', /Saved\. This feedback is now: Published\./);
    const stored = await h.staff.inbox.getItem(ids.named);
    assert.equal(stored?.moderation.status, 'published');
    assert.equal(stored?.moderation.redactions.length, 1);
    const stories = await (await fetch(`${h.url}/api/v1/practices/C82001/stories`)).json();
    const shown = JSON.stringify(stories);
    assert.ok(shown.includes('[removed]') && !shown.includes(words), `stories: ${shown.slice(0, 400)}`);
  });

  it('adds a public reply and a private note, listed on the item', async () => {
    await (await waitDeep(page, '#reply-text')).type('Thank you for telling us. We have spoken to the reception team.');
    await (await deep(page, '#reply-submit'))!.click();
    await waitForText(page, 'li.card', /Public reply.*We have spoken to the reception team/);
    await (await waitDeep(page, '#note-text')).type('Raised at the team meeting on Tuesday.');
    await (await deep(page, '#note-submit'))!.click();
    await waitForText(page, 'li.card', /Private note.*team meeting on Tuesday/);
    const history = await deepTexts(page, 'section[aria-labelledby="history-title"] td');
    assert.ok(
      history.includes('Moderated') && history.includes('Public reply') && history.includes('Private note'),
      JSON.stringify(history),
    );
  });

  it('shows the audit log with who, what and from where', async () => {
    await (await waitDeep(page, 'nav.primary a[href="#/audit"]')).click();
    await waitForHeading(page, 'Audit log');
    assert.deepEqual(await focusedHeading(page), { heading: 'Audit log', title: 'Audit log – You and Your GP staff' });
    await waitDeep(page, '#audit-table');
    const actions = await deepTexts(page, '#audit-table td:nth-child(5)');
    for (const action of ['Moderated', 'Public reply', 'Private note'])
      assert.ok(actions.includes(action), `${action} in ${actions}`);
    const where = await deepTexts(page, '#audit-table td:nth-child(7)');
    assert.ok(
      where.some((w) => /127\.0\.0\.1|::1|::ffff/.test(w)),
      `addresses: ${where}`,
    );
    assert.equal(await deep(page, 'button.secondary[aria-disabled]'), null, 'only administrators check the chain');
  });

  it('opens the item an alert email links to (#feedback=<id>) once signed in', async () => {
    const alert = await openStaffApp(browser!, h, `#feedback=${ids.rude}`);
    try {
      await signInThroughForm(alert.page, manager.email, manager.password);
      await waitForHeading(alert.page, /Feedback from/);
      await waitForText(alert.page, '.comments', /rude receptionist shouted/);
      assert.deepEqual(alert.errors, []);
    } finally {
      await alert.close();
    }
  });

  it('after the session ends, any request sends them to sign in with a message, and back to where they were', async () => {
    await (await waitDeep(page, 'nav.primary a[href="#/inbox"]')).click();
    await waitForHeading(page, 'Feedback inbox');
    // End the session server-side as the idle timeout would.
    h.advanceClock(31 * 60_000);
    await (await waitDeep(page, '#inbox-search')).type('telephone');
    await (await deep(page, '#inbox-search'))!.press('Enter');
    await waitForHeading(page, 'Sign in');
    await waitForText(page, '.callout', /Your session has ended/);
    assert.equal(await page.evaluate(() => location.hash), '#/inbox?q=telephone');
    await signInThroughForm(page, manager.email, manager.password);
    await waitForHeading(page, 'Feedback inbox');
    await waitForText(page, '.total', /^1 feedback item match/);
    assert.deepEqual(errors, []);
  });
});

export type { SignedIn };
export { signIn };
