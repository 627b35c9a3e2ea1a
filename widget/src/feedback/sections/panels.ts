import { html, nothing } from 'lit';
import type { Strings } from '../../i18n/en.js';
import type { Problem } from '../form-state.js';

/** The id of the control a problem is about: a radio group's first answer, else the control itself. */
export const controlId = (problem: Problem) => (problem.id === 'rating' ? 'rating-very-good' : problem.id);

/**
 * The NHS error summary: every problem, each linking to its control. Focus is moved to it. Links go
 * through `onLink`, because a #fragment would be looked up in the host page, not in the widget.
 */
export function errorSummary(t: Strings, problems: Problem[], onLink: (event: Event, problem: Problem) => void) {
  return html`<div class="error-summary" part="error-summary" tabindex="-1">
    <div role="alert">
      <h2>${t.errorSummaryTitle}</h2>
      <ul>
        ${problems.map(
          (problem) =>
            html`<li>
              <a href="#${controlId(problem)}" @click=${(e: Event) => onLink(e, problem)}>${t[problem.message]}</a>
            </li>`,
        )}
      </ul>
    </div>
  </div>`;
}

/** "Not sent", with "Try again" only when trying again can help. Focus is moved to it. */
export function failurePanel(t: Strings, retryable: boolean, onRetry: () => void) {
  return html`<div class="error-summary failure" part="failure" tabindex="-1">
    <div role="alert">
      <h2>${t.failedTitle}</h2>
      <p>${retryable ? t.failedBody : t.rejectedBody}</p>
    </div>
    ${retryable ? html`<button type="button" part="retry-button" @click=${onRetry}>${t.retry}</button>` : nothing}
  </div>`;
}

/** Saved on this device, to be sent later: said plainly, with a way to try at once. Focus is moved to it. */
export function queuedPanel(t: Strings, busy: boolean, onRetry: () => void) {
  return html`<div class="queued" part="queued" tabindex="-1">
    <h2>${t.queuedTitle}</h2>
    <p>${busy ? t.queuedBusy : t.queuedOffline}</p>
    <button type="button" part="retry-button" @click=${onRetry}>${t.queuedRetry}</button>
  </div>`;
}

/** The confirmation: the receipt code and what happens next. Focus is moved to it. */
export function confirmationPanel(t: Strings, receipt: string) {
  return html`<div class="confirmation" part="confirmation" tabindex="-1">
    <h2>${t.sentTitle}</h2>
    <p>${t.sentReceiptLabel} <strong class="receipt" part="receipt">${receipt}</strong></p>
    <p>${t.sentNextSteps}</p>
    <p>${t.sentKeepReceipt}</p>
  </div>`;
}
