import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import { looksUrgent } from '../../../widget/src/urgent/urgent-check.js';
import { expectAccessible } from '../support/axe.js';
import { storedWith } from '../support/backend.js';
import { fixtureCleanup, oneEvent, waitUntil } from '../support/fixture.js';
import { $, announced, choose, part, send, widget, type Submitted } from '../support/widget.js';

describe('<yyg-feedback> urgent help', () => {
  afterEach(fixtureCleanup);

  it('recognises urgent comments in several languages, and not ordinary ones', () => {
    for (const text of [
      "I've been thinking about suicide",
      'I keep having CHEST PAINS',
      'I can’t breathe properly at night',
      'my partner hits me',
      'Chcę umrzeć',
      'tengo dolor en el pecho',
      'أريد أن أموت',
    ]) {
      expect(looksUrgent(text), text).to.equal(true);
    }
    for (const text of ['The receptionist was lovely', 'I had to wait a long time', 'Nice breathing exercises']) {
      expect(looksUrgent(text), text).to.equal(false);
    }
  });

  it('shows and politely announces where to get help as the patient types, before sending; sending still works', async () => {
    const el = await widget();
    choose(el, 'poor');
    ($(el, '#better') as HTMLTextAreaElement).focus();
    const tag = crypto.randomUUID();
    await sendKeys({ type: `I have had chest pain all week ${tag}` });
    const urgent = await waitUntil(() => part(el, 'urgent'), 'the urgent-help message shows');
    expect(urgent.textContent)
      .to.match(/call 999 now/)
      .and.match(/call 111/)
      .and.match(/116 123/);
    expect(urgent.previousElementSibling!.querySelector('#better'), 'under the answer').to.not.equal(null);
    expect($(el, '[role="status"]').getAttribute('role')).to.equal('status');
    await waitUntil(() => announced(el).startsWith('Do you need help now?'), 'it is announced');
    expect(el.shadowRoot!.querySelectorAll('[role="status"], [aria-live]')).to.have.length(1);
    await expectAccessible(el, 'urgent message');
    const submitted = oneEvent<Submitted>(el, 'yyg-submit');
    send(el);
    await submitted;
    expect(await storedWith('C82001', tag)).to.have.length(1);
  });
});
