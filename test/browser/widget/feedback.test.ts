import { expect } from 'chai';
import { html } from 'lit';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { YygFeedback } from '../../../widget/src/feedback/feedback.js';
import { staffList } from '../support/backend.js';
import { fixture, fixtureCleanup, oneEvent, waitUntil } from '../support/fixture.js';

const RECEIPT = /^YYG-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

/** What has focus inside the widget's shadow root, if anything. */
function focused(el: YygFeedback): Element | null {
  return el.shadowRoot!.activeElement;
}

function $(el: YygFeedback, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`No ${selector} in the widget`);
  return found;
}

describe('<yyg-feedback>', () => {
  afterEach(fixtureCleanup);

  it('asks the FFT question with its six answers as one radio group', async () => {
    const el = await fixture<YygFeedback>(html`<yyg-feedback practice="C82001"></yyg-feedback>`);
    expect($(el, 'fieldset legend').textContent?.trim()).to.equal('Overall, how was your experience of our service?');
    const labels = Array.from(el.shadowRoot!.querySelectorAll('fieldset input[type="radio"]'), (input) =>
      (input as HTMLInputElement).labels![0].textContent?.trim(),
    );
    expect(labels).to.deep.equal(['Very good', 'Good', 'Neither good nor poor', 'Poor', 'Very poor', "Don't know"]);
    expect($(el, '.notice').textContent)
      .to.match(/not for medical help/)
      .and.match(/111/)
      .and.match(/999/);
    const comment = $(el, 'textarea') as HTMLTextAreaElement;
    expect(comment.labels![0].textContent).to.match(/Tell us more/);
    expect(comment.maxLength).to.equal(2000);
    const hint = el.shadowRoot!.getElementById('comment-hint')!.textContent;
    expect(hint).to.equal('Do not include personal information like your name, date of birth or NHS number');
    expect($(el, '#comment-count').textContent).to.equal('You have 2,000 characters remaining');
  });

  it('shows the practice name from the API', async () => {
    const el = await fixture<YygFeedback>(html`<yyg-feedback practice="C82001"></yyg-feedback>`);
    const caption = await waitUntil(() => el.shadowRoot!.querySelector('[part="caption"]'), 'the name shows');
    expect(caption.textContent).to.match(/^Feedback for .+/);
  });

  it('counts the characters left as the patient types', async () => {
    const el = await fixture<YygFeedback>(html`<yyg-feedback practice="C82001"></yyg-feedback>`);
    ($(el, 'textarea') as HTMLTextAreaElement).focus();
    await sendKeys({ type: 'Kind staff' });
    await el.updateComplete;
    expect($(el, '#comment-count').textContent).to.equal('You have 1,990 characters remaining');
  });

  it('can be filled in and sent with the keyboard alone', async () => {
    const before = await fixture<HTMLButtonElement>(
      html`<button>Before</button><yyg-feedback practice="C82001"></yyg-feedback>`,
    );
    const widget = before.nextElementSibling as YygFeedback;
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(widget)?.textContent).to.equal('NHS 111 online');
    await sendKeys({ press: 'Tab' });
    expect(focused(widget)?.id).to.equal('rating-very-good');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(widget)?.id).to.equal('rating-good');
    expect((focused(widget) as HTMLInputElement).checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focused(widget)?.id).to.equal('comment');
    const comment = `Sent by keyboard ${crypto.randomUUID()}`;
    await sendKeys({ type: comment });
    await sendKeys({ press: 'Tab' });
    expect(focused(widget)?.getAttribute('part')).to.equal('button');
    const submitted = oneEvent<CustomEvent<{ id: string; receipt: string }>>(widget, 'yyg-submit');
    await sendKeys({ press: 'Enter' });
    const { detail } = await submitted;
    await widget.updateComplete;
    expect(detail.receipt).to.match(RECEIPT);
    expect(focused(widget)?.getAttribute('part')).to.equal('confirmation');
    const stored = (await staffList('C82001')).find((item) => item.id === detail.id);
    expect(stored).to.include({ receipt: detail.receipt, rating: 'good' });
    expect(stored?.comments.map((c) => c.text)).to.deep.equal([comment]);
  });

  it('moves focus to an error summary that lists the missing answer', async () => {
    const el = await fixture<YygFeedback>(html`<yyg-feedback practice="C82001"></yyg-feedback>`);
    $(el, 'button[type="submit"]').click();
    await el.updateComplete;
    const summary = $(el, '[part="error-summary"]');
    expect(focused(el)).to.equal(summary);
    expect(summary.querySelector('h2')?.textContent).to.equal('There is a problem');
    const link = summary.querySelector('a')!;
    expect(link.textContent).to.equal('Select how your experience of our service was');
    expect($(el, 'fieldset').getAttribute('aria-describedby')).to.equal('rating-error');
    link.click();
    expect(focused(el)?.id).to.equal('rating-very-good');
    expect(location.hash).to.equal('');
  });

  it('keeps two widgets on one page independent', async () => {
    const first = await fixture<YygFeedback>(
      html`<yyg-feedback practice="C82001"></yyg-feedback><yyg-feedback practice="C82001"></yyg-feedback>`,
    );
    const second = first.nextElementSibling as YygFeedback;
    $(first, '#rating-poor').click();
    $(second, 'button[type="submit"]').click();
    await Promise.all([first.updateComplete, second.updateComplete]);
    expect(second.shadowRoot!.querySelector('[part="error-summary"]')).to.not.equal(null);
    expect(first.shadowRoot!.querySelector('[part="error-summary"]')).to.equal(null);
    expect(($(second, '#rating-poor') as HTMLInputElement).checked).to.equal(false);
    const submitted = oneEvent<CustomEvent<{ receipt: string }>>(first, 'yyg-submit');
    $(first, 'button[type="submit"]').click();
    expect((await submitted).detail.receipt).to.match(RECEIPT);
    await first.updateComplete;
    expect(first.shadowRoot!.querySelector('[part="confirmation"]')).to.not.equal(null);
    expect(second.shadowRoot!.querySelector('[part="confirmation"]')).to.equal(null);
  });

  it('has touch targets of at least 44 by 44 pixels', async () => {
    const el = await fixture<YygFeedback>(html`<yyg-feedback practice="C82001"></yyg-feedback>`);
    const targets = el.shadowRoot!.querySelectorAll('input[type="radio"], textarea, button, .option label');
    expect(targets.length).to.equal(14);
    for (const target of targets) {
      const { width, height } = target.getBoundingClientRect();
      expect(Math.min(width, height), target.outerHTML).to.be.at.least(44);
    }
  });

  it('drops its transitions and animations when the reader asks for reduced motion', async () => {
    const el = await fixture<YygFeedback>(html`<yyg-feedback practice="C82001"></yyg-feedback>`);
    const button = $(el, 'button[type="submit"]');
    expect(getComputedStyle(button).transitionDuration).to.not.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle(button).transitionDuration).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('leaves the first definition in place when the script is loaded again', async () => {
    const again = new URL('../../../widget/src/feedback/feedback.ts?loaded-again', import.meta.url).href;
    await import(again);
    expect(customElements.get('yyg-feedback')).to.equal(YygFeedback);
  });
});
