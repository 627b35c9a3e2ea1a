import { expect } from 'chai';
import { html } from 'lit';
import { expectAccessible } from '../support/axe.js';
import { closedPort, staffList } from '../support/backend.js';
import { CUSTOM, setUpCustomPractice } from '../support/practices.js';
import { fixtureCleanup, oneEvent, waitUntil } from '../support/fixture.js';
import {
  $,
  announced,
  choose,
  clearOutbox,
  fill,
  focused,
  part,
  RECEIPT,
  send,
  widget,
  type Submitted,
} from '../support/widget.js';

/** Every state of the form, each checked with axe (WCAG 2.2 A and AA), against the real backend. */
describe('<yyg-feedback> states', () => {
  before(setUpCustomPractice);
  afterEach(async () => {
    fixtureCleanup();
    await clearOutbox();
  });

  it('is accessible when empty, with every optional part showing', async () => {
    const el = await widget(html`<yyg-feedback practice=${CUSTOM}></yyg-feedback>`);
    await waitUntil(() => part(el, 'about-you'), 'the about-you questions show');
    $(el, '#consent').click();
    await waitUntil(() => part(el, 'input'), 'the contact fields show');
    await expectAccessible(el, 'empty');
  });

  it('is accessible when invalid: error summary focused, each problem linked and shown inline', async () => {
    const el = await widget();
    $(el, '#consent').click();
    await waitUntil(() => part(el, 'input'), 'the contact fields show');
    await fill(el, 'phone', 'call me');
    send(el);
    await el.updateComplete;
    const summary = part(el, 'error-summary')!;
    expect(focused(el)).to.equal(summary);
    expect(summary.querySelector('h2')?.textContent).to.equal('There is a problem');
    expect(Array.from(summary.querySelectorAll('a'), (a) => a.textContent)).to.deep.equal([
      'Select how your experience of our service was',
      'Enter a phone number, like 01632 960 001 or 07700 900 982',
    ]);
    expect($(el, '.group--error .error-message').textContent).to.match(/Error:\s+Select/);
    expect($(el, 'fieldset').getAttribute('aria-describedby')).to.equal('rating-error');
    expect($(el, '#phone').getAttribute('aria-describedby')).to.equal('phone-error');
    summary.querySelectorAll('a')[1].click();
    expect(focused(el)?.id).to.equal('phone');
    summary.querySelector('a')!.click();
    expect(focused(el)?.id).to.equal('rating-very-good');
    expect(location.hash).to.equal('');
    await expectAccessible(el, 'invalid');
  });

  it('is busy and accessible while sending, then shows the receipt', async () => {
    const el = await widget(html`<yyg-feedback practice="C82001" api="${location.origin}/slow"></yyg-feedback>`);
    choose(el, 'very-good');
    const submitted = oneEvent<Submitted>(el, 'yyg-submit');
    send(el);
    await el.updateComplete;
    const button = $(el, 'button[type="submit"]') as HTMLButtonElement;
    expect(button.disabled).to.equal(true);
    expect(button.textContent).to.equal('Sending your feedback');
    expect(part(el, 'form')!.getAttribute('aria-busy')).to.equal('true');
    expect(announced(el)).to.equal('Sending your feedback');
    await expectAccessible(el, 'sending');
    expect(button.disabled, 'still sending after axe ran').to.equal(true);
    expect((await submitted).detail.receipt).to.match(RECEIPT);
  });

  it('shows the receipt and what happens next in an accessible, focused confirmation', async () => {
    const el = await widget();
    const text = `Reception was kind ${crypto.randomUUID()}`;
    choose(el, 'neither');
    await fill(el, 'good', text);
    const submitted = oneEvent<Submitted>(el, 'yyg-submit');
    send(el);
    const event = await submitted;
    expect(event.bubbles && event.composed).to.equal(true);
    const confirmation = await waitUntil(() => part(el, 'confirmation'), 'the confirmation shows');
    const receipt = part(el, 'receipt')!.textContent!;
    expect(receipt).to.match(RECEIPT).and.equal(event.detail.receipt);
    expect(confirmation.textContent)
      .to.match(/practice team reads all feedback, usually within a few working days/)
      .and.match(/not read in the evening, at weekends or on bank holidays/);
    await waitUntil(() => focused(el) === confirmation, 'focus moves to the confirmation');
    await expectAccessible(el, 'sent');
    const stored = (await staffList('C82001')).find((item) => item.id === event.detail.id);
    expect(stored).to.include({ receipt, rating: 'neither' });
    expect(stored?.comments).to.deep.equal([{ question: 'good', text }]);
  });

  it('keeps the feedback on the device and says so, accessibly, when the service cannot be reached', async () => {
    const port = await closedPort();
    const el = await widget(html`<yyg-feedback practice="C82001" api="http://127.0.0.1:${port}"></yyg-feedback>`);
    choose(el, 'poor');
    await fill(el, 'better', 'The phone line was busy');
    send(el);
    const queued = await waitUntil(() => part(el, 'queued'), 'the saved-on-this-device panel shows');
    await waitUntil(() => focused(el) === queued, 'focus moves to it');
    expect(queued.textContent).to.match(
      /Your feedback is saved on this device and will be sent when you are back online\./,
    );
    expect(part(el, 'retry-button')?.textContent).to.equal('Try sending now');
    await expectAccessible(el, 'offline (queued)');
  });

  it('says plainly, accessibly and without a retry when the service refuses the feedback for good', async () => {
    const el = await widget();
    choose(el, 'good');
    $(el, '#consent').click();
    await waitUntil(() => part(el, 'input'), 'the contact fields show');
    // The form's own check lets this through; the service's stricter one (a one-letter domain) does not.
    await fill(el, 'email', 'sam@example.c');
    send(el);
    const failure = await waitUntil(() => part(el, 'failure'), 'the failure shows');
    await waitUntil(() => focused(el) === failure, 'focus moves to it');
    expect(failure.textContent)
      .to.match(/not sent/)
      .and.match(/Please tell the practice/);
    expect(part(el, 'retry-button')).to.equal(null);
    expect(($(el, '#rating-good') as HTMLInputElement).checked, 'the answers are kept').to.equal(true);
    await expectAccessible(el, 'failed');
  });
});
