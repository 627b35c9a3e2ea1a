import { expect } from 'chai';
import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import type { YygFeedback } from '../../../widget/src/feedback/feedback.js';
import { storedWith } from '../support/backend.js';
import { fixture, fixtureCleanup, oneEvent, waitUntil } from '../support/fixture.js';
import { CUSTOM, setUpCustomPractice } from '../support/practices.js';
import { focused, part, RECEIPT, type Submitted } from '../support/widget.js';

/** Tab to the next control and say what has focus: its id, else its part. */
async function tab(el: YygFeedback, key = 'Tab'): Promise<string | null | undefined> {
  await sendKeys({ press: key });
  const now = focused(el);
  return now?.id || now?.getAttribute('part') || now?.textContent;
}

describe('<yyg-feedback> with a keyboard alone', () => {
  before(setUpCustomPractice);
  afterEach(fixtureCleanup);

  it('can be filled in, optional parts included, and sent, with a visible focus ring on each control', async () => {
    const before = await fixture<HTMLButtonElement>(
      html`<button>Before</button><yyg-feedback practice=${CUSTOM}></yyg-feedback>`,
    );
    const el = before.nextElementSibling as YygFeedback;
    await waitUntil(() => part(el, 'about-you'), 'the about-you questions show');
    before.focus();
    expect(await tab(el)).to.equal('language');
    expect(await tab(el)).to.equal('NHS 111 online');
    expect(await tab(el)).to.equal('How to make a complaint');
    expect(await tab(el)).to.equal('rating-very-good');
    expect(getComputedStyle(focused(el)!).boxShadow, 'focus ring').to.match(/rgb\(255, 235, 59\)/);
    expect(await tab(el, 'ArrowDown')).to.equal('rating-good');
    expect((focused(el) as HTMLInputElement).checked).to.equal(true);
    expect(await tab(el)).to.equal('good');
    const tag = `Sent by keyboard ${crypto.randomUUID()}`;
    await sendKeys({ type: tag });
    expect(await tab(el)).to.equal('better');
    expect(await tab(el)).to.equal('ageBand-under-18');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)?.id).to.equal('ageBand-25-34');
    expect(await tab(el)).to.equal('role-patient');
    await sendKeys({ press: 'Space' });
    expect(await tab(el)).to.equal('consent');
    await sendKeys({ press: 'Space' });
    await waitUntil(() => part(el, 'input'), 'the contact fields show');
    expect(await tab(el)).to.equal('name');
    expect(await tab(el)).to.equal('email');
    await sendKeys({ type: 'sam@example.com' });
    expect(await tab(el)).to.equal('phone');
    expect(await tab(el), 'the honeypot is skipped').to.equal('button');
    const submitted = oneEvent<Submitted>(el, 'yyg-submit');
    await sendKeys({ press: 'Enter' });
    const { detail } = await submitted;
    expect(detail.receipt).to.match(RECEIPT);
    await waitUntil(() => focused(el)?.getAttribute('part') === 'confirmation', 'focus moves to the confirmation');
    const [stored] = await storedWith(CUSTOM, tag);
    expect(stored).to.deep.include({
      id: detail.id,
      rating: 'good',
      aboutYou: { ageBand: '25-34', role: 'patient' },
      contact: { name: null, email: 'sam@example.com', phone: null },
    });
  });
});
