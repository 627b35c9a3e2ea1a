import { expect } from 'chai';
import { KioskQueue, type KioskItem } from '../../../widget/src/kiosk/kiosk-queue.js';
import { syncQueue } from '../../../widget/src/kiosk/kiosk-sync.js';
import { staffList } from '../support/backend.js';
import { eventually, waitUntil } from '../support/fixture.js';
import {
  cutNetwork,
  expectKioskAccessible,
  formIn,
  issueKioskCode,
  kioskIn,
  openKiosk,
  serviceWorkerReady,
  submitOnKiosk,
} from './support.js';

/** Each test has a practice of its own: its own service worker scope, queue and stored feedback. */
const OFFLINE_PRACTICE = 'C82010';
const BULK_PRACTICE = 'C82011';
const SETUP_PRACTICE = 'C82012';
const STATES_PRACTICE = 'C82013';

const run = Math.random().toString(36).slice(2, 8);

async function countsByText(practice: string, prefix: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const item of await staffList(practice)) {
    for (const c of item.comments) if (c.text.startsWith(prefix)) counts.set(c.text, (counts.get(c.text) ?? 0) + 1);
  }
  return counts;
}

describe('waiting-room kiosk', () => {
  afterEach(async () => {
    await cutNetwork(false);
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('opens, takes feedback and reloads with no connection, then sends each submission exactly once', async function () {
    this.timeout(60_000);
    const code = await issueKioskCode(OFFLINE_PRACTICE);
    const frame = await openKiosk(`/kiosk/${OFFLINE_PRACTICE}#code=${encodeURIComponent(code)}`);
    expect(frame.contentWindow!.location.hash, 'the code leaves the address bar').to.equal('');
    await serviceWorkerReady(frame);
    let kiosk = await kioskIn(frame);
    await formIn(kiosk);

    await cutNetwork(true);
    const texts = [1, 2, 3, 4].map((n) => `kiosk-offline-${run}-${n}`);
    for (const text of texts) {
      await submitOnKiosk(kiosk, text);
      kiosk.shadowRoot!.querySelector<HTMLButtonElement>('.thanks button')!.click();
      const form = await formIn(kiosk);
      expect(form.shadowRoot!.querySelector<HTMLTextAreaElement>('#good')!.value, 'a fresh form').to.equal('');
    }
    await waitUntil(() => kiosk.runtime!.waiting === 4, 'four wait on the tablet');
    expect(kiosk.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('4 answers waiting to send');

    // Reload with no connection at all: the service worker serves the page, bundle and settings.
    frame.contentWindow!.location.reload();
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    kiosk = await kioskIn(frame);
    const reloaded = await formIn(kiosk);
    await waitUntil(
      () => reloaded.shadowRoot!.querySelector('[part="caption"]'),
      'the practice settings come from the service worker’s cache',
    );
    await waitUntil(() => kiosk.runtime!.waiting === 4, 'the four are still queued after the reload');

    await cutNetwork(false);
    await kiosk.runtime!.sync();
    await waitUntil(() => kiosk.runtime!.waiting === 0, 'the queue empties');
    const counts = await countsByText(OFFLINE_PRACTICE, `kiosk-offline-${run}-`);
    expect([...counts.keys()].sort()).to.deep.equal(texts);
    expect([...counts.values()]).to.deep.equal([1, 1, 1, 1]);
    expect(kiosk.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('All feedback has been sent');
  });

  it('syncs a few hundred queued items with the connection dropping half-way: none lost, none doubled', async function () {
    this.timeout(90_000);
    const code = await issueKioskCode(BULK_PRACTICE);
    const queue = new KioskQueue(BULK_PRACTICE);
    const total = 320;
    const prefix = `kiosk-bulk-${run}-`;
    for (let n = 0; n < total; n++) {
      const body: KioskItem = {
        submissionId: crypto.randomUUID(),
        practiceCode: BULK_PRACTICE,
        rating: 'good',
        comments: [{ question: 'good', text: `${prefix}${n}` }],
        channel: 'kiosk',
        language: 'en',
        clientSubmittedAt: new Date(Date.now() - (total - n) * 60_000).toISOString(),
      };
      await queue.add(body);
    }
    expect((await queue.count()).waiting).to.equal(total);

    // First batch goes through; the second reaches the server but its answer is lost; then no network.
    let calls = 0;
    const flaky: typeof fetch = (input, init) => {
      calls += 1;
      if (calls === 1) return fetch(input, init);
      if (calls === 2) return fetch(`/lost${String(input)}`, init);
      return Promise.reject(new TypeError('Failed to fetch'));
    };
    const first = await syncQueue(queue, { api: '', practice: BULK_PRACTICE, code, fetchImpl: flaky });
    expect(first.kind).to.equal('offline');
    expect(first.sent).to.equal(100);
    expect((await queue.count()).waiting).to.equal(total - 100);

    const second = await syncQueue(queue, { api: '', practice: BULK_PRACTICE, code });
    expect(second).to.deep.equal({ kind: 'done', sent: total - 100, setAside: 0 });
    expect(await queue.count()).to.deep.equal({ waiting: 0, setAside: 0 });

    const counts = await countsByText(BULK_PRACTICE, prefix);
    expect(counts.size, 'none lost').to.equal(total);
    expect(
      [...counts.values()].every((c) => c === 1),
      'none doubled',
    ).to.equal(true);
  });

  it('without a kiosk code shows staff how to set the tablet up, accessibly', async () => {
    const frame = await openKiosk(`/kiosk/${SETUP_PRACTICE}`);
    const kiosk = await kioskIn(frame);
    expect(kiosk.shadowRoot!.querySelector('h2')!.textContent).to.contain('not set up');
    expect(kiosk.shadowRoot!.querySelector('yyg-feedback')).to.equal(null);
    await expectKioskAccessible(frame, 'set-up');
  });

  it('is accessible with the form, with answers waiting, and with the reset warning; the warning clears the form', async function () {
    this.timeout(60_000);
    const code = await issueKioskCode(STATES_PRACTICE);
    const frame = await openKiosk(`/kiosk/${STATES_PRACTICE}#code=${encodeURIComponent(code)}`);
    const kiosk = await kioskIn(frame);
    await formIn(kiosk);
    await expectKioskAccessible(frame, 'form');

    await cutNetwork(true);
    await submitOnKiosk(kiosk, `kiosk-states-${run}`);
    await waitUntil(() => kiosk.runtime!.waiting === 1, 'one waits');
    await expectKioskAccessible(frame, 'thank-you with one waiting');
    kiosk.shadowRoot!.querySelector<HTMLButtonElement>('.thanks button')!.click();
    await formIn(kiosk);
    await expectKioskAccessible(frame, 'form with one waiting');

    // Someone starts, then walks away.
    kiosk.idleSeconds = 0.2;
    kiosk.warnSeconds = 2;
    const form = await formIn(kiosk);
    const box = form.shadowRoot!.querySelector<HTMLTextAreaElement>('#good')!;
    box.value = 'half-written words';
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const warning = await waitUntil(() => kiosk.shadowRoot!.querySelector('[role="alertdialog"]'), 'the warning shows');
    expect(warning.textContent).to.match(/Starting again in \d seconds? — touch to continue/);
    expect(kiosk.shadowRoot!.activeElement?.textContent).to.equal('Continue');
    await expectKioskAccessible(frame, 'reset warning');
    await waitUntil(() => !kiosk.shadowRoot!.querySelector('[role="alertdialog"]'), 'the warning goes', 5000);
    const fresh = await formIn(kiosk);
    expect(fresh).not.to.equal(form);
    expect(fresh.shadowRoot!.querySelector<HTMLTextAreaElement>('#good')!.value).to.equal('');

    await cutNetwork(false);
    await kiosk.runtime!.sync();
    await eventually(async () => kiosk.runtime!.waiting === 0, 'the one waiting is sent');
  });
});
