import { expect } from 'chai';
import { html } from 'lit';
import type { YygStaffInbox } from '../../../moderation-ui/src/staff-inbox/staff-inbox.js';
import '../../../moderation-ui/src/staff-inbox/staff-inbox.js';
import { expectAccessible } from '../support/axe.js';
import { staffList, staffToken, submitFeedback } from '../support/backend.js';
import { eventually, fixture, fixtureCleanup, waitUntil } from '../support/fixture.js';

// The widget tests use C82001; this practice's list holds only what these tests submit.
const PRACTICE = 'C82002';
const XSS = `<img src=x onerror="window.__yygXss=1"><script>window.__yygXss=1</script> & "quotes"`;

declare global {
  interface Window {
    __yygXss?: number;
  }
}

function $(el: YygStaffInbox, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`No ${selector} in the inbox`);
  return found;
}

async function signIn(el: YygStaffInbox, token: string, practice: string): Promise<void> {
  ($(el, '#staff-token') as HTMLInputElement).value = token;
  ($(el, '#practice-code') as HTMLInputElement).value = practice;
  $(el, 'form button[type="submit"]').click();
}

function rows(el: YygStaffInbox): HTMLTableRowElement[] {
  return Array.from(el.shadowRoot!.querySelectorAll('tbody tr'));
}

describe('<yyg-staff-inbox>', () => {
  afterEach(fixtureCleanup);

  it('lists every missing field in a focused error summary', async () => {
    const el = await fixture<YygStaffInbox>(html`<yyg-staff-inbox></yyg-staff-inbox>`);
    await expectAccessible(el, 'sign-in');
    await signIn(el, '', '');
    await el.updateComplete;
    const summary = $(el, '[part="error-summary"]');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(Array.from(summary.querySelectorAll('a'), (a) => a.textContent)).to.deep.equal([
      'Enter your staff token',
      'Enter the practice code',
    ]);
    expect($(el, '#staff-token').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#staff-token').getAttribute('aria-describedby')).to.equal('staff-token-hint staff-token-error');
    await expectAccessible(el, 'invalid sign-in');
    summary.querySelector<HTMLAnchorElement>('a[href="#practice-code"]')!.click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('practice-code');
  });

  it('asks for a practice code in the right format', async () => {
    const el = await fixture<YygStaffInbox>(html`<yyg-staff-inbox></yyg-staff-inbox>`);
    await signIn(el, 'some-token', '12-34');
    await el.updateComplete;
    expect($(el, '[part="error-summary"] ul').textContent?.trim()).to.equal(
      'Enter a practice code in the right format, like C82001',
    );
  });

  it('says so when the backend refuses the token', async () => {
    const el = await fixture<YygStaffInbox>(html`<yyg-staff-inbox></yyg-staff-inbox>`);
    await signIn(el, 'not-the-staff-token', PRACTICE);
    const summary = await waitUntil(() => el.shadowRoot!.querySelector('[part="error-summary"]'), 'refused');
    expect(summary.textContent).to.match(/staff token was not accepted/);
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
  });

  it('lists feedback newest first, comments as inert text, a page at a time', async () => {
    const oldest = await submitFeedback(PRACTICE, 'very-good', 'The nurse explained everything');
    const middle = await submitFeedback(PRACTICE, 'very-poor', XSS);
    const newest = await submitFeedback(PRACTICE, 'dont-know');
    const el = await fixture<YygStaffInbox>(html`<yyg-staff-inbox page-size="2"></yyg-staff-inbox>`);
    await signIn(el, await staffToken(), PRACTICE.toLowerCase());
    await waitUntil(() => rows(el).length === 2, 'the first page shows');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('results-title');
    expect(rows(el).map((row) => row.dataset.id)).to.deep.equal([newest.id, middle.id]);

    const cells = Array.from(rows(el)[1].cells, (cell) => cell.textContent?.trim());
    expect(cells[0]).to.equal(middle.receipt);
    expect(cells[2]).to.equal('Very poor');
    expect(cells[3]).to.equal(`Comment: ${XSS}`);
    expect(cells[7]).to.match(/^(Received|Processed)$/);
    expect(el.shadowRoot!.querySelectorAll('tbody img, tbody script')).to.have.length(0);
    expect(window.__yygXss).to.equal(undefined);
    expect(rows(el)[0].cells[3].textContent?.trim()).to.equal('No comment');
    await expectAccessible(el, 'list');

    $(el, 'button.load-more').click();
    await waitUntil(() => rows(el).length >= 3, 'the next page shows');
    expect(rows(el).map((row) => row.dataset.id)).to.deep.equal([newest.id, middle.id, oldest.id]);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(rows(el)[2].cells[0]);
    expect(rows(el)[2].cells[4].textContent).to.match(/^(Not analysed yet|Positive|Neutral|Negative|Mixed)$/);
    await expectAccessible(el, 'list after load more');
  });

  it('shows the tags, a safety flag in red first, the original words, and opens at the row an email linked to', async () => {
    const words = 'I want to kill myself, I cannot go on like this. My NHS number is 943 476 5919.';
    const flagged = await submitFeedback(PRACTICE, 'very-poor', words);
    const praise = await submitFeedback(
      PRACTICE,
      'very-good',
      'The receptionist was lovely and the nurse was very kind.',
    );
    await eventually(
      async () =>
        (await staffList(PRACTICE)).filter((i) => [flagged.id, praise.id].includes(i.id) && i.tags).length === 2,
      'the worker to tag both',
    );
    location.hash = `#feedback=${flagged.id}`;
    try {
      const el = await fixture<YygStaffInbox>(html`<yyg-staff-inbox></yyg-staff-inbox>`);
      await signIn(el, await staffToken(), PRACTICE);
      const linked = await waitUntil(
        () => el.shadowRoot!.querySelector<HTMLTableRowElement>('tr.row--linked'),
        'listed',
      );
      await el.updateComplete;
      expect(linked.dataset.id).to.equal(flagged.id);
      expect(el.shadowRoot!.activeElement).to.equal(linked.cells[0], 'focus on the linked row');
      expect(linked.classList.contains('row--flagged')).to.equal(true);
      const flag = linked.querySelector('.comment .tag--flag')!;
      expect(flag.textContent).to.equal('Warning: Possible risk of self-harm');
      expect(linked.cells[3].textContent).to.contain('943 476 5919', 'the practice reads the original words');
      expect(linked.cells[6].textContent?.trim()).to.equal('English');

      const kind = el.shadowRoot!.querySelector<HTMLTableRowElement>(`tr[data-id="${praise.id}"]`)!;
      expect(kind.cells[4].textContent?.trim()).to.equal('Positive');
      expect(kind.querySelectorAll('.themes li').length).to.be.greaterThan(0);
      expect(kind.querySelector('.tag--flag')).to.equal(null);
      await expectAccessible(el, 'list with a flag and themes');
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('refreshes to show feedback that arrived since', async () => {
    const el = await fixture<YygStaffInbox>(html`<yyg-staff-inbox></yyg-staff-inbox>`);
    await signIn(el, await staffToken(), PRACTICE);
    await waitUntil(() => el.shadowRoot!.querySelector('#results-title'), 'signed in');
    const later = await submitFeedback(PRACTICE, 'good', 'Booked online easily');
    $(el, '.actions button').click();
    await waitUntil(() => rows(el)[0]?.dataset.id === later.id, 'the new feedback shows first');
  });
});
