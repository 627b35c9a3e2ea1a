import assert from 'node:assert/strict';
import type { Browser } from 'puppeteer-core';
import { launchChromiumOrSkip } from '../support/puppeteer.js';
import type { Harness } from '../support/harness.js';
import { createStaffUser, latestInvitation, signIn } from '../support/staff.js';
import {
  deep,
  deepTexts,
  focusedHeading,
  openStaffApp,
  screenshotOnFailure,
  signInThroughForm,
  startTaggingHarness,
  waitDeep,
  waitForHeading,
  waitForText,
  type StaffPage,
} from '../browser/staff/staff-app.e2e-support.js';

describe('staff app in Chromium: roles, users, invitations, settings, sign out', function () {
  this.timeout(90_000);
  let browser: Browser | undefined;
  let h: Harness;
  let current: StaffPage | undefined;

  before(async function () {
    browser = await launchChromiumOrSkip(this, 'staff app administration');
    h = await startTaggingHarness();
  });
  afterEach(async function () {
    await screenshotOnFailure(this.currentTest, current?.page);
    await current?.close();
    current = undefined;
  });
  after(async () => {
    await browser?.close();
    await h?.close();
  });

  async function signedInAs(role: Parameters<typeof createStaffUser>[1]['role'], hash = '') {
    const { user, password } = await createStaffUser(h, { role });
    current = await openStaffApp(browser!, h, hash);
    await signInThroughForm(current.page, user.email, password);
    return { page: current.page, user, password };
  }

  it('shows each role only what it may use, and lands where it can work', async () => {
    const cases = [
      { role: 'councillor', home: '#/area', heading: 'Area summary', nav: ['Area summary'] },
      { role: 'analyst', home: '#/inbox', heading: 'Feedback inbox', nav: ['Inbox', 'Practices', 'Area summary'] },
      { role: 'moderator', home: '#/inbox', heading: 'Feedback inbox', nav: ['Inbox', 'Practices', 'Area summary'] },
      {
        role: 'icb-admin',
        home: '#/inbox',
        heading: 'Feedback inbox',
        nav: ['Inbox', 'Practices', 'Area summary', 'Audit log', 'Users'],
      },
    ] as const;
    for (const c of cases) {
      const { page } = await signedInAs(c.role);
      await waitForHeading(page, c.heading);
      assert.equal(await page.evaluate(() => location.hash), c.home, c.role);
      assert.deepEqual(await deepTexts(page, 'nav.primary a'), c.nav, `${c.role} navigation`);
      await current!.close();
    }
    // A councillor who follows a link to the inbox is told plainly, and the API would refuse anyway.
    const { page } = await signedInAs('councillor', '#/inbox');
    await waitForHeading(page, 'Page not available');
    assert.match((await deepTexts(page, 'main p'))[0] ?? '', /Councillor, does not include this page/);
    assert.equal(await page.title(), 'Page not available – You and Your GP staff');
  });

  it('invites someone, who accepts the invitation, sets a password and is signed in; then disables and enables them', async () => {
    const { page } = await signedInAs('icb-admin', '#/users');
    await waitForHeading(page, 'Users');
    await (await waitDeep(page, '#user-name')).type('Maya Manager');
    await (await deep(page, '#user-email'))!.type('maya.manager@staff.test.invalid');
    await (await deep(page, '#user-role'))!.select('practice-manager');
    await (await waitDeep(page, '#user-practices')).type('c82001');
    await (await deep(page, '#user-practices'))!.press('Enter');
    await waitForText(page, '#users-done', 'Invitation sent to maya.manager@staff.test.invalid.');
    await waitForText(page, 'tbody tr', /Maya Manager.*Practice manager.*C82001.*Invited.*Never/);

    const invitation = await latestInvitation(h.outboxDir, 'maya.manager@staff.test.invalid');
    assert.ok(invitation, 'an invitation email was sent');
    const invitee = await openStaffApp(browser!, h, `#/invite/${invitation.token}`);
    try {
      await waitForText(invitee.page, 'dd', 'maya.manager@staff.test.invalid');
      await waitForText(invitee.page, '#invite-password-hint', /at least 12 characters/);
      const password = await waitDeep(invitee.page, '#invite-password');
      await password.type('lantern orchard velvet tugboat');
      await password.press('Enter');
      await waitForHeading(invitee.page, 'Feedback inbox');
      assert.deepEqual(await focusedHeading(invitee.page), {
        heading: 'Feedback inbox',
        title: 'Feedback inbox – You and Your GP staff',
      });
      await waitForText(invitee.page, '.who', /Maya Manager, Practice manager/);
    } finally {
      await invitee.close();
    }

    // Disable: their sessions end and they cannot sign in; enable: they can again.
    await page.reload({ waitUntil: 'networkidle0' });
    await waitForText(page, 'tbody tr', /Maya Manager.*Active/);
    /** The row's button named for Maya (its hidden text names whom it acts on). */
    const buttonFor = async (label: string) => {
      for (const button of await page.$$('pierce/tbody button')) {
        const name = await button.evaluate((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim());
        if (name === label) return button;
      }
      throw new Error(`no button "${label}"`);
    };
    await (await buttonFor('Disable Maya Manager')).press('Enter');
    await waitForText(page, '#users-done', 'Maya Manager can no longer sign in.');
    await waitForText(page, 'tbody tr', /Maya Manager.*Disabled/);
    await assert.rejects(signIn(h.url, 'maya.manager@staff.test.invalid', 'lantern orchard velvet tugboat'));
    await (await buttonFor('Enable Maya Manager')).press('Enter');
    await waitForText(page, '#users-done', 'Maya Manager can sign in again.');
    await signIn(h.url, 'maya.manager@staff.test.invalid', 'lantern orchard velvet tugboat');
  });

  it('saves practice settings: a contact, a website, a question, languages', async () => {
    const { page } = await signedInAs('practice-manager', '#/practices/C82001');
    await waitForHeading(page, 'South Leicestershire Medical Partnership');
    await (await waitDeep(page, '#add-contact')).press('Enter');
    await (await waitDeep(page, '#contact-name-0')).type('Practice manager');
    await (await deep(page, '#contact-email-0'))!.type('pm@southleics.example');
    const origins = await deep(page, '#settings-origins');
    await origins!.press('End');
    await origins!.type('\nhttps://www.southleics.example');
    await (await deep(page, '#settings-good'))!.type('What went well today?');
    await (await deep(page, '#settings-lang-pl'))!.press('Space');
    await (await deep(page, '#settings-good'))!.press('Enter');
    await waitForText(page, '#settings-saved', 'Settings saved.');
    const saved = await h.store.getPractice('C82001');
    assert.deepEqual(saved?.contacts, [{ name: 'Practice manager', email: 'pm@southleics.example' }]);
    assert.ok(saved?.allowedOrigins.includes('https://www.southleics.example'));
    assert.equal(saved?.questions.good, 'What went well today?');
    assert.ok(saved?.languages.includes('en') && !saved.languages.includes('pl'), `languages: ${saved?.languages}`);
  });

  it('signs out: the server forgets the session and the sign-in page says so', async () => {
    const { page } = await signedInAs('analyst');
    await waitForHeading(page, 'Feedback inbox');
    const signOut = await waitDeep(page, '.who button');
    await signOut.press('Enter');
    await waitForHeading(page, 'Sign in');
    await waitForText(page, '.callout', 'You have signed out.');
    assert.equal(await page.evaluate(() => location.hash), '#/');
    const session = await page.evaluate(async () => (await fetch('/api/v1/auth/session')).status);
    assert.equal(session, 401, 'the session ended server-side');
  });
});
