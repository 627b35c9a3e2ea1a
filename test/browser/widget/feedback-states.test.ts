import { expect } from 'chai';
import { html } from 'lit';
import type { YygFeedback } from '../../../widget/src/feedback/feedback.js';
import '../../../widget/src/feedback/feedback.js';
import { expectAccessible } from '../support/axe.js';
import { closedPort, staffList } from '../support/backend.js';
import { fixture, fixtureCleanup, oneEvent, waitUntil } from '../support/fixture.js';

const RECEIPT = /^YYG-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

type Submitted = CustomEvent<{ id: string; receipt: string }>;

function part(el: YygFeedback, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

function choose(el: YygFeedback, rating: string): void {
  el.shadowRoot!.querySelector<HTMLInputElement>(`#rating-${rating}`)!.click();
}

async function comment(el: YygFeedback, text: string): Promise<void> {
  const textarea = part(el, 'comment') as HTMLTextAreaElement;
  textarea.value = text;
  textarea.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

describe('<yyg-feedback> states, against the real backend', () => {
  afterEach(fixtureCleanup);

  it('is accessible when empty', async () => {
    const el = await fixture<YygFeedback>(html`<yyg-feedback practice="C82001"></yyg-feedback>`);
    await expectAccessible(el, 'empty');
  });

  it('is accessible when invalid', async () => {
    const el = await fixture<YygFeedback>(html`<yyg-feedback practice="C82001"></yyg-feedback>`);
    part(el, 'button')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.group--error .error-message')?.textContent).to.match(/Error:\s+Select/);
    await expectAccessible(el, 'invalid');
  });

  it('is busy and accessible while sending, then shows the receipt', async () => {
    const el = await fixture<YygFeedback>(
      html`<yyg-feedback practice="C82001" api="${location.origin}/slow"></yyg-feedback>`,
    );
    choose(el, 'very-good');
    const submitted = oneEvent<Submitted>(el, 'yyg-submit');
    part(el, 'button')!.click();
    await el.updateComplete;
    const button = part(el, 'button') as HTMLButtonElement;
    expect(button.disabled).to.equal(true);
    expect(button.textContent).to.equal('Sending your feedback');
    expect(part(el, 'form')!.getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Sending your feedback');
    await expectAccessible(el, 'sending');
    expect(part(el, 'button'), 'still sending after axe ran').to.have.property('disabled', true);
    expect((await submitted).detail.receipt).to.match(RECEIPT);
  });

  it('shows the receipt in an accessible, focused confirmation, and staff can see the feedback', async () => {
    const el = await fixture<YygFeedback>(html`<yyg-feedback practice="C82001"></yyg-feedback>`);
    const text = `Reception was kind ${crypto.randomUUID()}`;
    choose(el, 'neither');
    await comment(el, text);
    const submitted = oneEvent<Submitted>(el, 'yyg-submit');
    part(el, 'button')!.click();
    const event = await submitted;
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    const receipt = part(el, 'receipt')!.textContent!;
    expect(receipt).to.match(RECEIPT).and.equal(event.detail.receipt);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'confirmation'));
    await expectAccessible(el, 'sent');
    const stored = (await staffList('C82001')).find((item) => item.id === event.detail.id);
    expect(stored).to.include({ receipt, rating: 'neither' });
    expect(stored?.comments.map((c) => c.text)).to.deep.equal([text]);
  });

  it('says it failed, keeps the answers and offers a retry when the backend is unreachable', async () => {
    const port = await closedPort();
    const el = await fixture<YygFeedback>(
      html`<yyg-feedback practice="C82001" api="http://127.0.0.1:${port}"></yyg-feedback>`,
    );
    choose(el, 'poor');
    await comment(el, 'The phone line was busy');
    part(el, 'button')!.click();
    const failure = await waitUntil(() => part(el, 'failure'), 'the failure shows');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(failure);
    expect(failure.textContent).to.match(/not sent/);
    expect(part(el, 'retry-button')?.textContent).to.equal('Try again');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#rating-poor')!.checked).to.equal(true);
    expect((part(el, 'comment') as HTMLTextAreaElement).value).to.equal('The phone line was busy');
    expect(part(el, 'button')).to.have.property('disabled', false);
    await expectAccessible(el, 'failed');
  });

  it('resends the same submission after a lost answer, so it is stored once', async () => {
    const el = await fixture<YygFeedback>(
      html`<yyg-feedback practice="C82001" api="${location.origin}/lost"></yyg-feedback>`,
    );
    const text = `Answer lost on the way back ${crypto.randomUUID()}`;
    choose(el, 'good');
    await comment(el, text);
    part(el, 'button')!.click();
    await waitUntil(() => part(el, 'retry-button'), 'the retry button shows');
    el.api = '';
    const submitted = oneEvent<Submitted>(el, 'yyg-submit');
    part(el, 'retry-button')!.click();
    const { detail } = await submitted;
    const stored = (await staffList('C82001')).filter((item) => item.comments.some((c) => c.text === text));
    expect(stored.map((item) => item.id)).to.deep.equal([detail.id]);
  });
});
