import { expect } from 'chai';
import { html } from 'lit';
import { lossyApi, setOffline, storedWith } from '../support/backend.js';
import { eventually, fixtureCleanup, oneEvent, waitUntil } from '../support/fixture.js';
import {
  $,
  choose,
  clearOutbox,
  fill,
  outboxEntries,
  part,
  RECEIPT,
  send,
  widget,
  type Submitted,
} from '../support/widget.js';

/** What the form fetches when the patient starts: fetch it now, as a patient's first touch would. */
async function startOn(el: HTMLElement): Promise<void> {
  $(el as never, '#good').focus();
  await Promise.all([
    import('../../../widget/src/delivery/deliver.js'),
    import('../../../widget/src/delivery/watch.js'),
    import('../../../widget/src/i18n/en-later.js'),
    import('../../../widget/src/urgent/urgent-check.js'),
  ]);
}

describe('<yyg-feedback> offline', () => {
  afterEach(async () => {
    await setOffline(false);
    fixtureCleanup();
    await clearOutbox();
  });

  it('keeps feedback sent while offline on the device, then sends it once when back online', async () => {
    const el = await widget();
    await startOn(el);
    const tag = `Sent from the bus ${crypto.randomUUID()}`;
    choose(el, 'good');
    await fill(el, 'good', tag);
    await setOffline(true);
    send(el);
    await waitUntil(() => part(el, 'queued'), 'the saved-on-this-device panel shows');
    const kept = await outboxEntries();
    expect(kept).to.have.length(1);
    expect(kept[0][1].body).to.not.have.property('altcha');
    const submitted = oneEvent<Submitted>(el, 'yyg-submit');
    await setOffline(false);
    const { detail } = await submitted;
    await waitUntil(() => part(el, 'confirmation'), 'the confirmation replaces the panel', 10_000);
    expect(part(el, 'receipt')!.textContent).to.match(RECEIPT).and.equal(detail.receipt);
    expect((await storedWith('C82001', tag)).map((item) => item.id)).to.deep.equal([detail.id]);
    expect(await outboxEntries(), 'deleted once acknowledged').to.deep.equal([]);
  });

  it('sends what was kept when the page is next open, with the same submission id', async () => {
    const first = await widget();
    await startOn(first);
    const tag = `Kept overnight ${crypto.randomUUID()}`;
    choose(first, 'very-poor');
    await fill(first, 'better', tag);
    await setOffline(true);
    send(first);
    await waitUntil(() => part(first, 'queued'), 'the saved-on-this-device panel shows');
    const [[submissionId]] = await outboxEntries();
    fixtureCleanup();
    await setOffline(false);
    // The page is open again: a new widget finds the kept feedback and sends it.
    await widget();
    await eventually(async () => (await outboxEntries()).length === 0, 'the outbox empties');
    const stored = await storedWith('C82001', tag);
    expect(stored).to.have.length(1);
    expect(submissionId).to.match(/^[0-9a-f-]{36}$/);
  });

  it('resends the same submission when an answer was lost on the way back, and it is stored once', async () => {
    const { api, heal } = lossyApi();
    const el = await widget(html`<yyg-feedback practice="C82001" api=${api}></yyg-feedback>`);
    const tag = `Answer lost on the way back ${crypto.randomUUID()}`;
    choose(el, 'good');
    await fill(el, 'good', tag);
    send(el);
    await waitUntil(() => part(el, 'queued'), 'the saved-on-this-device panel shows');
    expect(await storedWith('C82001', tag), 'the first send did arrive').to.have.length(1);
    await heal();
    const submitted = oneEvent<Submitted>(el, 'yyg-submit');
    part(el, 'retry-button')!.click();
    const { detail } = await submitted;
    expect((await storedWith('C82001', tag)).map((item) => item.id)).to.deep.equal([detail.id]);
  });
});
