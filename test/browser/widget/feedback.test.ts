import { expect } from 'chai';
import { html } from 'lit';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { YygFeedback } from '../../../widget/src/feedback/feedback.js';
import { storedWith } from '../support/backend.js';
import { CUSTOM, setUpCustomPractice } from '../support/practices.js';
import { fixtureCleanup, oneEvent, waitUntil } from '../support/fixture.js';
import { $, choose, fill, part, RECEIPT, send, widget, type Submitted } from '../support/widget.js';

describe('<yyg-feedback>', () => {
  before(setUpCustomPractice);
  afterEach(fixtureCleanup);

  it('asks the FFT question with its six answers as one radio group, then the two default questions', async () => {
    const el = await widget();
    expect($(el, 'fieldset legend').textContent?.trim()).to.equal('Overall, how was your experience of our service?');
    const labels = Array.from(el.shadowRoot!.querySelectorAll('fieldset input[type="radio"]'), (input) =>
      (input as HTMLInputElement).labels![0].textContent?.trim(),
    );
    expect(labels).to.deep.equal(['Very good', 'Good', 'Neither good nor poor', 'Poor', 'Very poor', "Don't know"]);
    const boxes = Array.from(el.shadowRoot!.querySelectorAll('textarea'));
    expect(boxes.map((box) => box.labels![0].textContent?.trim())).to.deep.equal([
      'What was good? (optional)',
      'What could we do better? (optional)',
    ]);
    for (const box of boxes) {
      expect(box.maxLength).to.equal(2000);
      expect(box.getAttribute('aria-describedby')).to.equal(`personal-hint ${box.id}-count`);
    }
    expect($(el, '#good-count').textContent).to.equal('You have 2,000 characters remaining');
    expect(part(el, 'about-you'), 'about you is off by default').to.equal(null);
    expect(($(el, '#consent') as HTMLInputElement).checked, 'anonymous by default').to.equal(false);
    expect($(el, '#contact-details').hidden).to.equal(true);
  });

  it('says before the comment boxes that it is not for medical help, complaints or personal details', async () => {
    const el = await widget();
    const notice = part(el, 'notice')!;
    expect(notice.compareDocumentPosition($(el, 'textarea')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(notice.textContent)
      .to.match(/not for medical help/)
      .and.match(/NHS 111 online or call 111/)
      .and.match(/call 999/)
      .and.match(/not for complaints that need a reply\.\s+Ask the practice how to make a complaint\./)
      .and.match(/Do not include personal information like your name, date of birth or NHS number/);
    expect(notice.querySelector('a')!.href).to.equal('https://111.nhs.uk/');
  });

  it("uses the practice's name, questions, complaints page and about-you setting from the API", async () => {
    const el = await widget(html`<yyg-feedback practice=${CUSTOM}></yyg-feedback>`);
    const about = await waitUntil(() => part(el, 'about-you'), 'the about-you questions show');
    expect($(el, '[part="caption"]').textContent).to.match(/^Feedback for .+/);
    expect($(el, 'label[for="good"]').textContent?.trim()).to.equal('What did our reception team do well? (optional)');
    expect($(el, 'label[for="better"]').textContent?.trim()).to.equal('What could we do better? (optional)');
    const complaints = part(el, 'notice')!.querySelectorAll('a')[1];
    expect([complaints.textContent, complaints.href]).to.deep.equal([
      'How to make a complaint',
      'https://example.org/complaints',
    ]);
    const legends = Array.from(about.querySelectorAll('legend'), (legend) => legend.textContent);
    expect(legends).to.deep.equal(['Your age', 'Who is giving this feedback?']);
    expect(about.querySelectorAll('[name="ageBand"]')).to.have.length(9);
    expect(about.querySelectorAll('[name="role"]')).to.have.length(3);
  });

  it('sends every answer, the language and an empty honeypot; contact details only with consent', async () => {
    const el = await widget(html`<yyg-feedback practice=${CUSTOM}></yyg-feedback>`);
    await waitUntil(() => part(el, 'about-you'), 'the about-you questions show');
    const tag = crypto.randomUUID();
    choose(el, 'good');
    await fill(el, 'good', `Kind receptionist ${tag}`);
    await fill(el, 'better', 'Answer the phone sooner');
    $(el, '#ageBand-35-44').click();
    $(el, '#role-carer').click();
    $(el, '#consent').click();
    await waitUntil(() => part(el, 'input'), 'the contact fields show');
    await fill(el, 'name', 'Sam Jones');
    await fill(el, 'email', 'sam@example.com');
    const submitted = oneEvent<Submitted>(el, 'yyg-submit');
    send(el);
    const { detail } = await submitted;
    expect(detail.receipt).to.match(RECEIPT);
    const [stored] = await storedWith(CUSTOM, tag);
    expect(stored).to.deep.include({
      id: detail.id,
      rating: 'good',
      language: 'en',
      comments: [
        { question: 'good', text: `Kind receptionist ${tag}` },
        { question: 'better', text: 'Answer the phone sooner' },
      ],
      aboutYou: { ageBand: '35-44', role: 'carer' },
      contact: { name: 'Sam Jones', email: 'sam@example.com', phone: null },
    });
  });

  it('sends no contact details when the box is unticked again', async () => {
    const el = await widget();
    const tag = crypto.randomUUID();
    choose(el, 'poor');
    await fill(el, 'better', tag);
    $(el, '#consent').click();
    await waitUntil(() => part(el, 'input'), 'the contact fields show');
    await fill(el, 'email', 'sam@example.com');
    $(el, '#consent').click();
    const submitted = oneEvent<Submitted>(el, 'yyg-submit');
    send(el);
    await submitted;
    expect((await storedWith('C82001', tag))[0]).to.include({ contact: null, aboutYou: null });
  });

  it('counts the characters left as the patient types', async () => {
    const el = await widget();
    ($(el, '#better') as HTMLTextAreaElement).focus();
    await sendKeys({ type: 'Kind staff' });
    await el.updateComplete;
    expect($(el, '#better-count').textContent).to.equal('You have 1,990 characters remaining');
    await waitUntil(
      () => $(el, '[role="status"]').textContent === 'You have 1,990 characters remaining',
      'it is announced',
    );
  });

  it('keeps two widgets on one page independent', async () => {
    const first = await widget(
      html`<yyg-feedback practice="C82001"></yyg-feedback><yyg-feedback practice="C82001"></yyg-feedback>`,
    );
    const second = first.nextElementSibling as YygFeedback;
    await waitUntil(() => second.shadowRoot!.querySelector('form'), 'the second form shows');
    choose(first, 'poor');
    send(second);
    await Promise.all([first.updateComplete, second.updateComplete]);
    expect(part(second, 'error-summary')).to.not.equal(null);
    expect(part(first, 'error-summary')).to.equal(null);
    expect(($(second, '#rating-poor') as HTMLInputElement).checked).to.equal(false);
    const submitted = oneEvent<Submitted>(first, 'yyg-submit');
    send(first);
    expect((await submitted).detail.receipt).to.match(RECEIPT);
    await first.updateComplete;
    expect(part(first, 'confirmation')).to.not.equal(null);
    expect(part(second, 'confirmation')).to.equal(null);
  });

  it('has touch targets of at least 44 by 44 pixels', async () => {
    const el = await widget(html`<yyg-feedback practice=${CUSTOM}></yyg-feedback>`);
    await waitUntil(() => part(el, 'about-you'), 'the about-you questions show');
    $(el, '#consent').click();
    await waitUntil(() => part(el, 'input'), 'the contact fields show');
    const targets = el.shadowRoot!.querySelectorAll('input:not(#website), textarea, select, button, .option label');
    expect(targets.length).to.equal(2 * (6 + 9 + 3 + 1) + 3 + 2 + 1 + 1);
    for (const target of targets) {
      const { width, height } = target.getBoundingClientRect();
      expect(Math.min(width, height), target.outerHTML).to.be.at.least(44);
    }
  });

  it('fits a 320 CSS pixel wide screen (400% zoom) with no sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await widget(html`<yyg-feedback practice=${CUSTOM}></yyg-feedback>`);
      await waitUntil(() => part(el, 'about-you'), 'the about-you questions show');
      $(el, '#consent').click();
      send(el);
      await waitUntil(() => part(el, 'input'), 'the contact fields show');
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(el.getBoundingClientRect().right).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('drops its transitions when the reader asks for reduced motion', async () => {
    const el = await widget();
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
