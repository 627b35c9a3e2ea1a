import { executeServerCommand } from '@web/test-runner-commands';
import type { AxeResults } from 'axe-core';
import type { YygFeedback } from '../../../widget/src/feedback/feedback.js';
import type { YygKiosk } from '../../../widget/src/kiosk/kiosk.element.js';
import { staffRequest } from '../support/backend.js';
import { WCAG_TAGS } from '../support/axe.js';
import { waitUntil } from '../support/fixture.js';

/** Cut, or restore, the network for the kiosk page, its service worker and the API (see kiosk-proxy.mjs). */
export function cutNetwork(cut: boolean): Promise<boolean> {
  return executeServerCommand('yyg-kiosk-cut', { cut });
}

/** A new kiosk code for `practice`, from the real staff API. */
export async function issueKioskCode(practice: string): Promise<string> {
  const issued = await staffRequest<{ token: string }>(`practices/${practice}/access-codes`, {
    method: 'POST',
    body: { kind: 'kiosk', label: 'Waiting room tablet (test)' },
    expect: 201,
  });
  return issued.token;
}

/** The kiosk page in an iframe on this (same-origin) test page. */
export async function openKiosk(src: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '768px';
  frame.src = src;
  document.body.append(frame);
  await kioskIn(frame);
  return frame;
}

/** The `<yyg-kiosk>` in the frame, once it has rendered. */
export async function kioskIn(frame: HTMLIFrameElement): Promise<YygKiosk> {
  let kiosk: YygKiosk | null = null;
  await waitUntil(
    () => {
      kiosk = frame.contentDocument?.querySelector('yyg-kiosk') ?? null;
      return kiosk?.shadowRoot?.querySelector('section, yyg-feedback') ? kiosk : null;
    },
    'the kiosk shows',
    10_000,
  );
  return kiosk!;
}

/** The form in the kiosk, once it shows. */
export async function formIn(kiosk: YygKiosk): Promise<YygFeedback> {
  let form: YygFeedback | null = null;
  await waitUntil(
    () => {
      form = kiosk.shadowRoot!.querySelector('yyg-feedback');
      return form?.shadowRoot?.querySelector('form') ? form : null;
    },
    'the kiosk form shows',
    10_000,
  );
  return form!;
}

/** Answer and send one submission on the kiosk, and wait for the thank-you screen. */
export async function submitOnKiosk(kiosk: YygKiosk, text: string): Promise<void> {
  const form = await formIn(kiosk);
  form.shadowRoot!.querySelector<HTMLInputElement>('#rating-good')!.click();
  const box = form.shadowRoot!.querySelector<HTMLTextAreaElement>('#good')!;
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await form.updateComplete;
  form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await waitUntil(() => kiosk.shadowRoot!.querySelector('.thanks'), 'the thank-you screen shows', 10_000);
}

/** The service worker controls the frame and has precached everything. */
export async function serviceWorkerReady(frame: HTMLIFrameElement): Promise<void> {
  const sw = frame.contentWindow!.navigator.serviceWorker;
  await sw.ready;
  await waitUntil(() => sw.controller, 'the service worker controls the kiosk page', 10_000);
}

/** Run axe (loaded into the frame from node_modules, as the page's CSP allows) on the kiosk page. */
export async function expectKioskAccessible(frame: HTMLIFrameElement, state: string): Promise<void> {
  const win = frame.contentWindow as Window & { axe?: typeof import('axe-core') };
  if (!win.axe) {
    const script = frame.contentDocument!.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    frame.contentDocument!.head.append(script);
    await loaded;
  }
  const results: AxeResults = await win.axe!.run(frame.contentDocument!, {
    runOnly: { type: 'tag', values: WCAG_TAGS },
  });
  if (results.violations.length > 0) {
    const list = results.violations
      .map((v) => `  ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n')}`)
      .join('\n');
    throw new Error(`axe found WCAG 2.2 violations on the kiosk in the ${state} state:\n${list}`);
  }
}
