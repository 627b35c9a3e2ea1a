import { sendKeys } from '@web/test-runner-commands';
import { expect } from 'chai';
import { html } from 'lit';
import type { YygAssistedEntry } from '../../../moderation-ui/src/assisted/assisted-entry.js';
import '../../../moderation-ui/src/assisted/assisted-entry.js';
import { expectAccessible } from '../support/axe.js';
import { staffList, staffRequest } from '../support/backend.js';
import { fixture, fixtureCleanup, waitUntil } from '../support/fixture.js';

// Only these tests enter feedback for this practice.
const PRACTICE = 'C82003';

async function helperCode(): Promise<string> {
  const issued = await staffRequest<{ token: string }>(`practices/${PRACTICE}/access-codes`, {
    method: 'POST',
    body: { kind: 'helper', role: 'volunteer', label: 'Library hub', hours: 2 },
    expect: 201,
  });
  return issued.token;
}

const root = (el: YygAssistedEntry) => el.shadowRoot!;
const active = (el: YygAssistedEntry) => root(el).activeElement as HTMLElement | null;
const press = (key: string) => sendKeys({ press: key });
const type = (text: string) => sendKeys({ type: text });

async function openWithLink(): Promise<YygAssistedEntry> {
  history.replaceState(
    null,
    '',
    `${location.pathname}${location.search}#code=${encodeURIComponent(await helperCode())}`,
  );
  const el = await fixture<YygAssistedEntry>(
    html`<yyg-assisted-entry practice=${PRACTICE} practice-name="Test surgery"></yyg-assisted-entry>`,
  );
  await waitUntil(() => root(el).querySelector('#channel-paper') && active(el)?.id === 'channel-paper', 'signed in');
  return el;
}

/** One paper form, typed as a helper would: Tab between fields, a number key for the answer. */
async function enterForm(el: YygAssistedEntry, formNumber: string, key: string, good: string, better: string) {
  expect(active(el)?.id).to.equal('form-number');
  await type(formNumber);
  await press('Tab'); // the date, kept from the last form
  await press('Tab'); // into the answers
  await press(key);
  await press('Tab');
  expect(active(el)?.id).to.equal('answer-good');
  await type(good);
  await press('Tab');
  await type(better);
  await press('Tab');
  expect(active(el)?.id).to.equal('agreed');
  await press('Space');
  await press('Enter');
}

const summary = (el: YygAssistedEntry) => root(el).querySelector<HTMLElement>('[part="error-summary"]');
const count = (el: YygAssistedEntry) => root(el).querySelector('#session-count')?.textContent?.trim();

describe('<yyg-assisted-entry>', () => {
  afterEach(() => {
    fixtureCleanup();
    sessionStorage.clear();
  });

  it('asks for a helper code when the link carries none, with an error summary', async () => {
    const el = await fixture<YygAssistedEntry>(html`<yyg-assisted-entry practice=${PRACTICE}></yyg-assisted-entry>`);
    await expectAccessible(el, 'no code');
    root(el).querySelector<HTMLInputElement>('#helper-code')!.focus();
    await type('H-0000-0000-0000');
    await press('Enter');
    await waitUntil(() => summary(el), 'the code is refused');
    expect(summary(el)!.textContent).to.match(/helper code was not accepted/);
    expect(active(el)).to.equal(summary(el));
    await expectAccessible(el, 'code refused');
  });

  it('lists what is missing in a focused error summary that links to each field', async () => {
    const el = await openWithLink();
    await expectAccessible(el, 'empty');
    await sendKeys({ down: 'Control' });
    await press('Enter');
    await sendKeys({ up: 'Control' });
    await waitUntil(() => summary(el), 'the error summary shows');
    expect(active(el)).to.equal(summary(el));
    expect(Array.from(summary(el)!.querySelectorAll('a'), (a) => a.getAttribute('href'))).to.deep.equal([
      '#channel-paper',
      '#rating-very-good',
      '#agreed',
    ]);
    expect(root(el).querySelector('#agreed')!.getAttribute('aria-describedby')).to.equal('agreed-error');
    await expectAccessible(el, 'invalid');
    // Everything stays in this tab: the code left the address bar for sessionStorage.
    expect(location.hash).to.equal('');
  });

  it('enters a stack of three paper forms by keyboard alone, refusing one entered twice', async () => {
    const el = await openWithLink();
    expect(root(el).textContent).to.match(/Entering as:\s*Volunteer/);
    await press('Space'); // paper
    await el.updateComplete;
    await press('Tab');

    await enterForm(el, 'F-ASST01', '2', 'Kind reception staff', 'Parking');
    await waitUntil(() => count(el) === 'Entered this session: 1', 'the first form is saved');
    expect(root(el).querySelector('[role="status"]')!.textContent).to.match(/Form F-ASST01 saved, receipt YYG-/);
    expect(active(el)?.id).to.equal('form-number');
    expect((root(el).querySelector('#channel-paper') as HTMLInputElement).checked).to.equal(true);
    expect((root(el).querySelector('#rating-good') as HTMLInputElement).checked).to.equal(false);
    await expectAccessible(el, 'saved');

    await enterForm(el, 'F-ASST02', '5', 'Nothing', 'Waited two hours');
    await waitUntil(() => count(el) === 'Entered this session: 2', 'the second form is saved');

    await enterForm(el, 'f-asst01', '1', 'Another go at the first form', '');
    await waitUntil(() => summary(el), 'the duplicate is reported');
    expect(summary(el)!.textContent).to.match(/Form F-ASST01 was already entered on .* \(receipt YYG-[^)]+\)/);
    expect(active(el)).to.equal(summary(el));
    expect(count(el)).to.equal('Entered this session: 2');
    await expectAccessible(el, 'duplicate');

    const stored = (await staffList(PRACTICE)) as unknown as {
      channel: string;
      comments: { text: string }[];
      assistedBy: unknown;
    }[];
    expect(stored).to.have.length(2);
    expect(stored.map((s) => s.comments[0]?.text).sort()).to.deep.equal(['Kind reception staff', 'Nothing']);
    for (const item of stored) {
      expect(item.channel).to.equal('paper');
      expect(item.assistedBy).to.include({ role: 'volunteer' });
      expect(JSON.stringify(item.assistedBy)).not.to.match(/Library hub/);
    }
  });

  it('warns before saving the same answers twice in a session, and saves on a second press', async () => {
    const el = await openWithLink();
    root(el).querySelector<HTMLInputElement>('#channel-telephone')!.focus();
    await press('Space');
    await el.updateComplete;
    const once = async () => {
      root(el).querySelector<HTMLInputElement>('#rating-very-good')!.focus();
      await press('4');
      root(el).querySelector<HTMLTextAreaElement>('#answer-good')!.focus();
      await type('Same words on the phone');
      root(el).querySelector<HTMLInputElement>('#agreed')!.focus();
      await press('Space');
      await press('Enter');
    };
    await once();
    await waitUntil(() => count(el) === 'Entered this session: 1', 'the call is saved');
    await once();
    await waitUntil(() => root(el).querySelector('.panel--warning'), 'the warning shows');
    expect(count(el)).to.equal('Entered this session: 1');
    await expectAccessible(el, 'same content warning');
    root(el).querySelector<HTMLInputElement>('#agreed')!.focus();
    await press('Enter');
    await waitUntil(() => count(el) === 'Entered this session: 2', 'saved on the second press');
  });
});
