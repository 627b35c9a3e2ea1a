import assert from 'node:assert/strict';
import type { Browser, Page } from 'puppeteer-core';
import { axeViolations, injectAxe, launchChromiumOrSkip } from '../support/puppeteer.js';
import type { Harness } from '../support/harness.js';
import { createStaffUser, latestInvitation, signIn } from '../support/staff.js';
import {
  deep,
  openStaffApp,
  screenshotOnFailure,
  type StaffPage,
  signInThroughForm,
  startTaggingHarness,
  submitFeedback,
  waitDeep,
  waitForHeading,
  waitForText,
  waitProcessed,
} from '../browser/staff/staff-app.e2e-support.js';

/** No WCAG 2.2 A or AA violation in the state the page is in; `state` names it in the failure. */
async function expectAccessible(page: Page, state: string): Promise<void> {
  assert.deepEqual(await axeViolations(page), [], `axe violations in state "${state}"`);
}

async function go(page: Page, hash: string, heading: string | RegExp): Promise<void> {
  await page.evaluate((h) => (location.hash = h), hash);
  await waitForHeading(page, heading);
}

describe('staff app in Chromium: WCAG 2.2 AA (axe) in every view and state', function () {
  this.timeout(90_000);
  let browser: Browser | undefined;
  let h: Harness;
  const accounts: Record<string, { email: string; password: string }> = {};
  let flaggedId: string;
  let plainId: string;

  before(async function () {
    browser = await launchChromiumOrSkip(this, 'staff app accessibility');
    h = await startTaggingHarness();
    for (const role of ['icb-admin', 'practice-manager', 'councillor'] as const) {
      const { user, password } = await createStaffUser(h, { role, name: `Test ${role}` });
      accounts[role] = { email: user.email, password };
    }
    plainId = await submitFeedback(h, {
      rating: 'poor',
      comments: [
        { question: 'good', text: 'The nurse was kind.' },
        { question: 'better', text: 'The rude receptionist kept me waiting at the desk for twenty minutes.' },
      ],
      contact: { consent: true, name: 'Pat Example', email: 'pat@example.invalid' },
    });
    flaggedId = await submitFeedback(h, {
      rating: 'very-poor',
      comment: 'I want to kill myself. I cannot go on any more.',
    });
    await submitFeedback(h, { rating: 'very-good', comment: 'Lovely doctor, quick appointment.' });
    await waitProcessed(h, [plainId, flaggedId]);
    // Put the practice in a PCN and an ICB, so the area summary has an area to show.
    const admin = await signIn(h.url, accounts['icb-admin'].email, accounts['icb-admin'].password);
    const assigned = await admin.put('/api/v1/staff/practices/C82001/assignment', {
      pcnCode: 'U12345',
      pcnName: 'Wigston Primary Care Network',
      icbCode: 'QK1',
      icbName: 'NHS Leicester, Leicestershire and Rutland ICB',
      from: '2020-01-01',
    });
    assert.equal(assigned.status, 200, JSON.stringify(assigned.body));
  });
  let current: StaffPage | undefined;
  afterEach(async function () {
    await screenshotOnFailure(this.currentTest, current?.page);
    await current?.close();
    current = undefined;
  });
  after(async () => {
    await browser?.close();
    await h?.close();
  });

  it('sign in: empty, with errors, wrong password, locked out', async () => {
    current = await openStaffApp(browser!, h);
    const { page, errors } = current;
    await injectAxe(page);
    await waitForHeading(page, 'Sign in');
    await expectAccessible(page, 'sign in, empty');
    await (await waitDeep(page, '#sign-in-password')).press('Enter');
    await waitForText(page, '.error-summary', /Enter your email address/);
    await expectAccessible(page, 'sign in, nothing entered');
    // Someone else's account, locked after five wrong passwords in a row.
    const { user } = await createStaffUser(h, { role: 'analyst' });
    const statuses: number[] = [];
    for (let i = 0; i < 6 && !statuses.includes(429); i++) {
      const answered = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/sign-in'));
      await signInThroughForm(page, user.email, `wrong-password-${i}`);
      statuses.push((await answered).status());
      if (i === 0) {
        await waitForText(page, '.error-summary', /Enter a correct email address and password/);
        await expectAccessible(page, 'sign in, wrong password');
      }
    }
    assert.deepEqual(statuses, [401, 401, 401, 401, 429], 'locked on the fifth failure in a row');
    await waitForText(page, '.error-summary', /locked for now\. Try again in \d+ minutes, at \d\d:\d\d/);
    await expectAccessible(page, 'sign in, locked out');
    assert.deepEqual(errors, []);
  });

  it('invitation: the form with its rules, and a password refused', async () => {
    const admin = await signIn(h.url, accounts['icb-admin'].email, accounts['icb-admin'].password);
    const created = await admin.post('/api/v1/staff/users', {
      email: 'new.moderator@staff.test.invalid',
      name: 'Nia Moderator',
      role: 'moderator',
      practiceCodes: ['C82001'],
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const invitation = await latestInvitation(h.outboxDir, 'new.moderator@staff.test.invalid');
    assert.ok(invitation);
    current = await openStaffApp(browser!, h, `#/invite/${invitation.token}`);
    const { page } = current;
    await injectAxe(page);
    await waitForText(page, 'dd', 'Nia Moderator');
    assert.match(await page.title(), /^Set up your account/);
    await expectAccessible(page, 'invitation');
    const password = await waitDeep(page, '#invite-password');
    await password.type('short');
    await password.press('Enter');
    await waitForText(page, '.error-summary', /at least 12 characters/);
    await expectAccessible(page, 'invitation, password too short');
    await password.type('-but-password');
    await (await deep(page, '#invite-password'))!.evaluate((i) => ((i as HTMLInputElement).value = 'password1234'));
    await password.press('Enter');
    await waitForText(page, '.error-message', /./);
    await expectAccessible(page, 'invitation, password refused by the server');
  });

  it('inbox: results, filters open, shortcut help open, no results', async () => {
    current = await openStaffApp(browser!, h);
    const { page, errors } = current;
    await injectAxe(page);
    await signInThroughForm(page, accounts['practice-manager'].email, accounts['practice-manager'].password);
    await waitForHeading(page, 'Feedback inbox');
    await waitForText(page, '.total', /3 feedback items/);
    await expectAccessible(page, 'inbox with results');
    await (await deep(page, '#filters-button'))!.click();
    await waitDeep(page, '#filter-rating-poor');
    await expectAccessible(page, 'inbox, filters open');
    await (await deep(page, '#filter-flag-any'))!.click();
    await waitForText(page, '.total', /^1 feedback item match/);
    await expectAccessible(page, 'inbox, filtered to flagged');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('?');
    await page.waitForFunction(() => {
      const inbox = document.querySelector('yyg-staff-app')?.shadowRoot?.querySelector('yyg-inbox');
      return (inbox?.shadowRoot?.querySelector('#shortcut-help') as HTMLDialogElement | null)?.open;
    });
    await expectAccessible(page, 'inbox, shortcut help open');
    await page.keyboard.press('Escape');
    await go(page, '#/inbox?q=zebra+crossing', 'Feedback inbox');
    await waitForText(page, '.total', 'No feedback matches');
    await expectAccessible(page, 'inbox, no results');
    assert.deepEqual(errors, []);
  });

  it('one item: moderation panel, original words, a reason, a refused publish, and the 409 message', async () => {
    current = await openStaffApp(browser!, h);
    const { page, errors } = current;
    await injectAxe(page);
    await signInThroughForm(page, accounts['practice-manager'].email, accounts['practice-manager'].password);
    await waitForHeading(page, 'Feedback inbox');
    await go(page, `#/feedback/${plainId}`, /Feedback/);
    await waitDeep(page, '#moderation-save');
    await waitForText(page, 'dd', /Pat Example/);
    await expectAccessible(page, 'item with moderation panel');
    await (await deep(page, 'button[aria-pressed]'))!.click();
    await waitForText(page, 'h2', 'What the patient wrote');
    await expectAccessible(page, 'item, original words shown');
    await (await deep(page, '#status-not-published'))!.click();
    await waitDeep(page, '#mod-reason');
    await (await deep(page, '#moderation-save'))!.click();
    await waitForText(page, '.error-summary', /Select why it is not published/);
    await expectAccessible(page, 'item, reason missing');

    // Someone else moderates it meanwhile: Save answers 409, and the page says so and reloads.
    const other = await signIn(h.url, accounts['icb-admin'].email, accounts['icb-admin'].password);
    const changed = await other.patch(`/api/v1/staff/feedback/${plainId}/moderation`, {
      version: 0,
      status: 'in-review',
    });
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    const reason = await deep(page, '#mod-reason');
    await reason!.select('duplicate');
    await (await deep(page, '#moderation-save'))!.click();
    await waitForText(page, '#notice', /Someone else changed this feedback/);
    await waitForText(page, '#status-hint', 'Now: In review');
    await expectAccessible(page, 'item, 409 message');

    await go(page, `#/feedback/${flaggedId}`, /Feedback/);
    await waitDeep(page, '#moderation-save');
    await (await deep(page, '#status-published'))!.click();
    await waitDeep(page, '#mod-flags-reviewed');
    await (await deep(page, '#moderation-save'))!.click();
    await waitForText(page, '.error-summary', /Confirm you have read this flagged feedback/);
    await expectAccessible(page, 'flagged item, publish not confirmed');
    assert.deepEqual(errors, []);
  });

  it('audit, users, practices, settings, you said we did, area summary', async () => {
    current = await openStaffApp(browser!, h);
    const { page, errors } = current;
    await injectAxe(page);
    await signInThroughForm(page, accounts['icb-admin'].email, accounts['icb-admin'].password);
    await waitForHeading(page, 'Feedback inbox');

    await go(page, '#/audit', 'Audit log');
    await waitDeep(page, '#audit-table');
    await expectAccessible(page, 'audit log');
    const check = await waitDeep(page, 'button.secondary');
    assert.equal(await check.evaluate((b) => b.textContent?.trim()), 'Check the chain');
    await check.click();
    await waitForText(page, '.callout--success', /The chain is whole: \d+ entries checked/);
    await expectAccessible(page, 'audit log, chain checked');

    await go(page, '#/users', 'Users');
    await waitForText(page, 'caption', /people with access/);
    await expectAccessible(page, 'users');
    await (await deep(page, '#user-role'))!.select('moderator');
    await waitDeep(page, '#user-practices');
    const invite = await deep(page, '#user-name');
    await invite!.press('Enter');
    await waitForText(page, '.error-summary', /Enter their email address/);
    await expectAccessible(page, 'users, invitation with errors');

    await go(page, '#/practices', 'Practices');
    await waitForText(page, 'th a', 'South Leicestershire Medical Partnership');
    await expectAccessible(page, 'practices');
    await go(page, '#/practices/C82001', 'South Leicestershire Medical Partnership');
    await waitDeep(page, '#settings-origins');
    await expectAccessible(page, 'practice with settings');
    const origins = await deep(page, '#settings-origins');
    await origins!.evaluate((t) => ((t as HTMLTextAreaElement).value = 'not a website'));
    await (await waitDeep(page, 'form button[type="submit"]'))!.evaluate((b) => b.closest('form')?.requestSubmit());
    await waitForText(page, '.error-summary', /must be a website address/);
    await expectAccessible(page, 'practice settings refused');

    await go(page, '#/area', 'Area summary');
    await waitDeep(page, '#area-code option[value="QK1"]');
    await expectAccessible(page, 'area summary form');
    await (await deep(page, '#area-code'))!.select('QK1');
    await (await deep(page, '#area-code'))!.evaluate((s) => s.closest('form')?.requestSubmit());
    await waitForText(page, 'h2', /NHS Leicester, Leicestershire and Rutland ICB/);
    await waitForText(page, 'dd', /^3$/);
    await expectAccessible(page, 'area summary');
    assert.deepEqual(errors, []);
  });

  it('area summary for a councillor: small numbers hidden, said in words', async () => {
    current = await openStaffApp(browser!, h);
    const { page, errors } = current;
    await injectAxe(page);
    await signInThroughForm(page, accounts.councillor.email, accounts.councillor.password);
    await waitForHeading(page, 'Area summary');
    await waitDeep(page, '#area-code option[value="QK1"]');
    await (await deep(page, '#area-code'))!.select('QK1');
    await (await deep(page, '#area-code'))!.evaluate((s) => s.closest('form')?.requestSubmit());
    await waitForText(page, 'h2', /NHS Leicester, Leicestershire and Rutland ICB/);
    await waitForText(page, 'dd', /^fewer than 5$/);
    await waitForText(page, 'p.hint', /shown as "fewer than 5", so that nobody can be\s+picked out/);
    await expectAccessible(page, 'area summary, small numbers hidden');
    assert.deepEqual(errors, []);
  });

  it('reflows at 320 px (WCAG 1.4.10): no sideways scrolling in sign in, inbox, item, practice, audit', async () => {
    current = await openStaffApp(browser!, h, '', { width: 320, height: 640 });
    const { page } = current;
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await waitForHeading(page, 'Sign in');
    assert.ok((await overflow()) <= 0, 'sign in');
    await signInThroughForm(page, accounts['practice-manager'].email, accounts['practice-manager'].password);
    await waitForHeading(page, 'Feedback inbox');
    await waitForText(page, '.total', /feedback items/);
    await (await deep(page, '#filters-button'))!.press('Enter');
    await waitDeep(page, '#filter-rating-poor');
    assert.ok((await overflow()) <= 0, 'inbox with filters open');
    for (const [hash, heading, ready] of [
      [`#/feedback/${plainId}`, /Feedback/, '#moderation-save'],
      ['#/practices/C82001', 'South Leicestershire Medical Partnership', '#settings-origins'],
      ['#/audit', 'Audit log', '#audit-table'],
    ] as const) {
      await go(page, hash, heading);
      await waitDeep(page, ready);
      assert.ok((await overflow()) <= 0, `${hash} is ${await overflow()} px too wide`);
    }
  });

  it('practice manager: practice page with "you said, we did"', async () => {
    current = await openStaffApp(browser!, h);
    const { page } = current;
    await injectAxe(page);
    await signInThroughForm(page, accounts['practice-manager'].email, accounts['practice-manager'].password);
    await waitForHeading(page, 'Feedback inbox');
    await go(page, '#/practices/C82001', 'South Leicestershire Medical Partnership');
    await waitDeep(page, '#yswd-you-said');
    await (await deep(page, '#yswd-you-said'))!.type('It was hard to get through on the phone in the morning.');
    await (await deep(page, '#yswd-we-did'))!.type('We added two more people to answer calls from 8am.');
    await (await deep(page, '#yswd-we-did'))!.evaluate((t) => t.closest('form')?.requestSubmit());
    await waitForText(page, 'li.card', /We added two more people/);
    await expectAccessible(page, 'practice, you said we did');
    await go(page, '#/audit', 'Audit log');
    await waitDeep(page, '#audit-table');
    await expectAccessible(page, 'audit log, practice manager');
  });
});
