import { html, type TemplateResult } from 'lit';
import { del, entries, createStore } from 'idb-keyval';
import type { YygFeedback } from '../../../widget/src/feedback/feedback.js';
import '../../../widget/src/feedback/feedback.js';
import { fixture, waitUntil } from './fixture.js';

/** Receipt codes as the API makes them. */
export const RECEIPT = /^YYG-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

export type Submitted = CustomEvent<{ id: string; receipt: string }>;

/** A widget on the page, once its form (in its language) is showing. */
export async function widget(template: TemplateResult = html`<yyg-feedback practice="C82001"></yyg-feedback>`) {
  const el = await fixture<YygFeedback>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('form, [part="confirmation"], [part="queued"]'), 'the form shows');
  return el;
}

/** The element inside the widget matching `selector`; throws when there is none. */
export function $(el: YygFeedback, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`No ${selector} in the widget`);
  return found;
}

/** The element with `part` (one of its parts), or null. */
export function part(el: YygFeedback, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** What has focus inside the widget's shadow root, if anything. */
export function focused(el: YygFeedback): Element | null {
  return el.shadowRoot!.activeElement;
}

export function choose(el: YygFeedback, rating: string): void {
  $(el, `#rating-${rating}`).click();
}

/** Put `text` in a text box, as typing does (one input event). */
export async function fill(el: YygFeedback, id: string, text: string): Promise<void> {
  const box = $(el, `#${id}`) as HTMLInputElement | HTMLTextAreaElement;
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Press the send button. */
export function send(el: YygFeedback): void {
  $(el, 'button[type="submit"]').click();
}

/** The live region's text. */
export function announced(el: YygFeedback): string {
  return $(el, '[role="status"]').textContent ?? '';
}

const outbox = () => createStore('yyg-feedback-outbox', 'submissions');

/** What waits in the widget's outbox on this device. */
export async function outboxEntries(): Promise<[string, { api: string; body: { submissionId: string } }][]> {
  return entries(outbox());
}

/** Empty the outbox, so one test's queued feedback never reaches another's. */
export async function clearOutbox(): Promise<void> {
  for (const [key] of await outboxEntries()) await del(key, outbox());
}
