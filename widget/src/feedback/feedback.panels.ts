import { html, nothing } from 'lit';
import type { FeedbackStrings } from '../i18n/en.js';

/**
 * The NHS error summary for a missing answer. Focus is moved to it; its link goes to the first
 * answer through `onLink`, because a #fragment would be looked up in the host page, not the widget.
 */
export function errorSummary(t: FeedbackStrings, firstAnswerId: string, onLink: (event: Event) => void) {
  return html`<div class="error-summary" part="error-summary" tabindex="-1">
    <div role="alert">
      <h2>${t.errorSummaryTitle}</h2>
      <ul>
        <li><a href="#${firstAnswerId}" @click=${onLink}>${t.errorChooseRating}</a></li>
      </ul>
    </div>
  </div>`;
}

/** "Not sent", with "Try again" only when trying again can help. Focus is moved to it. */
export function failurePanel(t: FeedbackStrings, retryable: boolean, onRetry: () => void) {
  return html`<div class="error-summary failure" part="failure" tabindex="-1">
    <div role="alert">
      <h2>${t.failedTitle}</h2>
      <p>${retryable ? t.failedBody : t.rejectedBody}</p>
    </div>
    ${retryable ? html`<button type="button" part="retry-button" @click=${onRetry}>${t.retry}</button>` : nothing}
  </div>`;
}

/** The confirmation: the receipt code and what happens next. Focus is moved to it. */
export function confirmationPanel(t: FeedbackStrings, receipt: string) {
  return html`<div class="confirmation" part="confirmation" tabindex="-1">
    <h2>${t.sentTitle}</h2>
    <p>${t.sentReceiptLabel} <strong class="receipt" part="receipt">${receipt}</strong></p>
    <p>${t.sentNextSteps}</p>
    <p>${t.sentKeepReceipt}</p>
  </div>`;
}
