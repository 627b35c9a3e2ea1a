import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { FFT_RATINGS, type FftRating } from '../../../backend/src/domain/fft.js';
import { fetchPracticeName, sendFeedback } from '../api/feedback-api.js';
import { FeedbackSendError } from '../api/feedback-send.error.js';
import { newSubmissionId } from '../api/submission-id.js';
import { en, type FeedbackStrings } from '../i18n/en.js';
import { fill, plural } from '../i18n/format.js';
import { confirmationPanel, errorSummary, failurePanel } from './feedback.panels.js';
import { feedbackStyles } from './feedback.styles.js';

/** The API's limit on a comment, in UTF-16 code units (what `maxlength` counts too). */
const COMMENT_MAX = 2000;

// The API lives where the script was served from, so a practice pastes one tag and no settings.
// The IIFE build is a classic script: no import.meta there, but document.currentScript while it runs.
const SCRIPT_ORIGIN = new URL(
  (document.currentScript as HTMLScriptElement | null)?.src || import.meta.url || location.href,
).origin;

type Status = 'editing' | 'sending' | 'sent' | 'failed';

/**
 * The NHS Friends and Family Test question, an optional comment, and a receipt code, for one
 * GP practice. Works with a keyboard alone, announces its changes, and keeps its answers through a
 * failed send so "Try again" resends the same submission (same `submissionId`, never stored twice).
 *
 * @tag yyg-feedback
 *
 * @attr practice - ODS code of the practice, e.g. `C82001`. Required.
 * @attr api - Base URL of the You and Your GP API. Defaults to the origin the script came from.
 *
 * @event yyg-submit - After the API has stored the feedback. Bubbles, composed.
 *   `detail: { id: string, receipt: string }`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart form - The form.
 * @csspart caption - "Feedback for <practice name>", once the name is known.
 * @csspart notice - The "not for medical help" notice.
 * @csspart fieldset - The group of answers.
 * @csspart legend - The question.
 * @csspart option - One answer: its radio and label.
 * @csspart comment - The comment textarea.
 * @csspart count - The characters-remaining message.
 * @csspart button - The send button.
 * @csspart error-summary - The "There is a problem" box.
 * @csspart failure - The "not sent" box.
 * @csspart retry-button - The "Try again" button.
 * @csspart confirmation - The panel shown once sent.
 * @csspart receipt - The receipt code.
 *
 * @cssproperty --yyg-color-primary - Buttons, links, the notice's border. Default NHS blue `#005eb8`.
 * @cssproperty --yyg-color-primary-hover - Buttons under the pointer. Default `#004b93`.
 * @cssproperty --yyg-color-text - Text and radio borders. Default `#212b32`.
 * @cssproperty --yyg-color-secondary-text - Hints and captions. Default `#4c6272`.
 * @cssproperty --yyg-color-background - Default `#fff`.
 * @cssproperty --yyg-color-border - The textarea's border. Default `#4c6272`.
 * @cssproperty --yyg-color-error - Error messages and borders. Default `#d5281b`.
 * @cssproperty --yyg-color-focus - The focus highlight. Default NHS yellow `#ffeb3b`.
 * @cssproperty --yyg-color-success - The confirmation panel's border. Default `#007f3b`.
 * @cssproperty --yyg-font-family - Default: the host page's font.
 * @cssproperty --yyg-font-size - Default `1.1875rem` (19px, as NHS body text).
 * @cssproperty --yyg-spacing - The base gap between parts. Default `1rem`.
 * @cssproperty --yyg-radius - Button corners. Default `4px`.
 */
export class YygFeedback extends LitElement {
  static override styles = feedbackStyles;

  /** ODS code of the practice the feedback is about. */
  @property() practice = '';

  /** Base URL of the API; empty means the origin the widget's script was loaded from. */
  @property() api = '';

  /** The text to show; English unless a translation is given. */
  @property({ attribute: false }) strings: FeedbackStrings = en;

  @state() private rating: FftRating | null = null;
  @state() private comment = '';
  @state() private status: Status = 'editing';
  @state() private showErrors = false;
  @state() private retryable = true;
  @state() private receipt = '';
  @state() private practiceName: string | null = null;
  @state() private announcement = '';

  @query('[part="error-summary"]') private errorSummary?: HTMLElement;
  @query('.failure') private failurePanel?: HTMLElement;
  @query('.confirmation') private confirmationPanel?: HTMLElement;

  /** The idempotency key of the current attempt-set: made on the first send, reused by retries. */
  private submissionId: string | null = null;
  private countTimer?: ReturnType<typeof setTimeout>;
  private practiceLookup?: AbortController;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.countTimer);
    this.practiceLookup?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('practice') || changed.has('api')) && this.practice) void this.lookUpPractice();
  }

  private get apiBase(): string {
    return this.api || SCRIPT_ORIGIN;
  }

  private async lookUpPractice(): Promise<void> {
    this.practiceLookup?.abort();
    const lookup = (this.practiceLookup = new AbortController());
    const name = await fetchPracticeName(this.apiBase, this.practice, lookup.signal);
    if (!lookup.signal.aborted) this.practiceName = name;
  }

  private get remainingMessage(): string {
    return plural(this.strings.charactersRemaining, COMMENT_MAX - this.comment.length, this.strings.lang);
  }

  // Editing after a failed send starts a new attempt-set: the old key now names different content.
  private onRatingChange(event: Event): void {
    this.rating = (event.target as HTMLInputElement).value as FftRating;
    this.submissionId = null;
  }

  private onCommentInput(event: Event): void {
    this.comment = (event.target as HTMLTextAreaElement).value;
    this.submissionId = null;
    // As NHS character count does: announce the count once typing pauses, not on every key.
    clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => (this.announcement = this.remainingMessage), 1000);
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    void this.send();
  }

  private async focusAfterRender(target: () => HTMLElement | undefined): Promise<void> {
    await this.updateComplete;
    target()?.focus();
  }

  /** Validate, then send the current answers (or resend them, reusing the same submission id). */
  private async send(): Promise<void> {
    if (this.status === 'sending') return;
    if (!this.rating) {
      this.status = 'editing';
      this.showErrors = true;
      return this.focusAfterRender(() => this.errorSummary);
    }
    this.showErrors = false;
    this.status = 'sending';
    this.announcement = this.strings.sending;
    this.submissionId ??= newSubmissionId();
    const comment = this.comment.trim();
    try {
      const result = await sendFeedback(this.apiBase, {
        submissionId: this.submissionId,
        practiceCode: this.practice,
        rating: this.rating,
        ...(comment ? { comment } : {}),
        channel: 'web',
        language: this.strings.lang,
      });
      this.receipt = result.receipt;
      this.status = 'sent';
      this.announcement = '';
      this.dispatchEvent(new CustomEvent('yyg-submit', { bubbles: true, composed: true, detail: result }));
      return this.focusAfterRender(() => this.confirmationPanel);
    } catch (error) {
      this.retryable = !(error instanceof FeedbackSendError) || error.retryable;
      this.status = 'failed';
      this.announcement = '';
      return this.focusAfterRender(() => this.failurePanel);
    }
  }

  private focusFirstAnswer(event: Event): void {
    // The link's #fragment would be looked up in the host document, not in this shadow root.
    event.preventDefault();
    this.renderRoot.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  }

  private renderRating() {
    const t = this.strings;
    const invalid = this.showErrors && !this.rating;
    return html`<div class="group ${invalid ? 'group--error' : ''}">
      <fieldset part="fieldset" aria-describedby=${invalid ? 'rating-error' : nothing}>
        <legend part="legend">${t.question}</legend>
        ${
          invalid
            ? html`<p class="error-message" id="rating-error">
                <span class="visually-hidden">${t.errorPrefix}</span> ${t.errorChooseRating}
              </p>`
            : nothing
        }
        ${FFT_RATINGS.map(
          (value) =>
            html`<div class="option" part="option">
              <input
                type="radio"
                id="rating-${value}"
                name="rating"
                .value=${value}
                .checked=${this.rating === value}
                @change=${this.onRatingChange}
              />
              <label for="rating-${value}">${t.ratings[value]}</label>
            </div>`,
        )}
      </fieldset>
    </div>`;
  }

  private renderForm() {
    const t = this.strings;
    const sending = this.status === 'sending';
    return html`<form part="form" novalidate aria-busy=${sending ? 'true' : 'false'} @submit=${this.onSubmit}>
      ${
        this.practiceName
          ? html`<p class="caption" part="caption">${fill(t.feedbackFor, { name: this.practiceName })}</p>`
          : nothing
      }
      ${this.status === 'failed' ? failurePanel(t, this.retryable, () => void this.send()) : nothing}
      ${this.showErrors ? errorSummary(t, `rating-${FFT_RATINGS[0]}`, (e) => this.focusFirstAnswer(e)) : nothing}
      <div class="notice" part="notice">
        <h2>${t.noticeTitle}</h2>
        <p>${t.noticeBefore}<a href="https://111.nhs.uk/">${t.noticeLink}</a>${t.noticeAfter}</p>
      </div>
      ${this.renderRating()}
      <div class="group">
        <label for="comment">${t.commentLabel}</label>
        <div class="hint" id="comment-hint">${t.commentHint}</div>
        <textarea
          id="comment"
          part="comment"
          name="comment"
          rows="5"
          maxlength=${COMMENT_MAX}
          aria-describedby="comment-hint comment-count"
          .value=${this.comment}
          @input=${this.onCommentInput}
        ></textarea>
        <p class="hint count" id="comment-count" part="count">${this.remainingMessage}</p>
      </div>
      <button type="submit" part="button" ?disabled=${sending}>${sending ? t.sending : t.send}</button>
    </form>`;
  }

  protected override render() {
    return html`<div part="base" lang=${this.strings.lang}>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${this.status === 'sent' ? confirmationPanel(this.strings, this.receipt) : this.renderForm()}
    </div>`;
  }
}
