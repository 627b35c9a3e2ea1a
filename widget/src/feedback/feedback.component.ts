import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { FFT_RATINGS } from '../../../backend/src/domain/fft.js';
import type { Outcome } from '../api/feedback-body.js';
import { fetchPractice, type PracticeSettings } from '../api/practice-api.js';
import { SCRIPT_ORIGIN } from '../api/script-origin.js';
import { DeliveryController } from '../controllers/delivery.controller.js';
import { LanguageController } from '../controllers/language.controller.js';
import { TypingController } from '../controllers/typing.controller.js';
import type { Strings } from '../i18n/en.js';
import { fill } from '../i18n/format.js';
import { NO_ANSWERS, problems, type Answers, type FormView, type Problem } from './form-state.js';
import { feedbackStyles } from './feedback.styles.js';
import { formStyles } from './form.styles.js';
import { aboutYou } from './sections/about-you.section.js';
import { comments, remaining, urgentAnnouncement, type QuestionKey } from './sections/comments.section.js';
import { radios } from './sections/controls.js';
import { contact } from './sections/contact.section.js';
import { honeypot } from './sections/honeypot.js';
import { languagePicker } from './sections/language-picker.js';
import { notice } from './sections/notice.section.js';
import { confirmationPanel, controlId, errorSummary, failurePanel, queuedPanel } from './sections/panels.js';

/**
 * The NHS Friends and Family Test for one GP practice: the FFT question, the practice's two
 * free-text questions, optional "about you" questions, and an optional request to be contacted;
 * then a receipt code. In twelve languages, with a keyboard alone, and offline: what cannot be sent
 * waits on the device and is sent, once, when the page is next open and online.
 *
 * @tag yyg-feedback
 *
 * @attr practice - ODS code of the practice, e.g. `C82001`. Required.
 * @attr api - Base URL of the You and Your GP API. Defaults to the origin the script came from.
 * @attr lang - Forces a language (e.g. `pl`); by default the page's language, else English.
 *
 * @event yyg-submit - After the API has stored the feedback. Bubbles, composed.
 *   `detail: { id: string, receipt: string }`: no answer or comment.
 *
 * @csspart base - The wrapper around everything.
 * @csspart language - The language picker.
 * @csspart form - The form.
 * @csspart caption - "Feedback for <practice name>", once the name is known.
 * @csspart notice - The "not for medical help" notice.
 * @csspart fieldset - A group of answers.
 * @csspart legend - A group's question.
 * @csspart option - One answer: its radio or checkbox and label.
 * @csspart comment - A free-text box.
 * @csspart count - The characters-remaining message under a free-text box.
 * @csspart urgent - Where to get urgent help, shown when a comment reads as urgent.
 * @csspart about-you - The optional "about you" questions.
 * @csspart contact - The optional request to be contacted.
 * @csspart input - A one-line text box (name, email, phone).
 * @csspart button - The send button.
 * @csspart error-summary - The "There is a problem" box.
 * @csspart failure - The "not sent" box.
 * @csspart queued - The "saved on this device" panel.
 * @csspart retry-button - "Try again" or "Try sending now".
 * @csspart confirmation - The panel shown once sent.
 * @csspart receipt - The receipt code.
 *
 * @cssproperty --yyg-color-primary - Buttons, links, the notice's border. Default NHS blue `#005eb8`.
 * @cssproperty --yyg-color-primary-hover - Buttons under the pointer. Default `#004b93`.
 * @cssproperty --yyg-color-text - Text and control borders. Default `#212b32`.
 * @cssproperty --yyg-color-secondary-text - Hints and captions. Default `#4c6272`.
 * @cssproperty --yyg-color-background - Default `#fff`.
 * @cssproperty --yyg-color-border - Text boxes' borders. Default `#4c6272`.
 * @cssproperty --yyg-color-error - Error messages and borders. Default `#d5281b`.
 * @cssproperty --yyg-color-focus - The focus highlight. Default NHS yellow `#ffeb3b`.
 * @cssproperty --yyg-color-success - The confirmation panel's border. Default `#007f3b`.
 * @cssproperty --yyg-color-warning - The urgent-help and "saved on this device" borders. Default `#ffb81c`.
 * @cssproperty --yyg-font-family - Default: the host page's font.
 * @cssproperty --yyg-font-size - Default `1.1875rem` (19px, as NHS body text).
 * @cssproperty --yyg-spacing - The base gap between parts. Default `1rem`.
 * @cssproperty --yyg-radius - Button corners. Default `4px`.
 */
export class YygFeedback extends LitElement implements FormView {
  static override styles = [feedbackStyles, formStyles];
  static override properties = {
    practice: {},
    api: {},
    forcedLang: { attribute: 'lang' },
    answers: { state: true },
    sending: { state: true },
    outcome: { state: true },
    shown: { state: true },
    settings: { state: true },
    announcement: { state: true },
  };

  /** ODS code of the practice the feedback is about. */
  practice = '';
  /** Base URL of the API; empty means the origin the widget's script was loaded from. */
  api = '';
  /** The element's own `lang` attribute, which forces a language. */
  forcedLang: string | null = null;

  answers: Answers = NO_ANSWERS;
  private sending = false;
  /** What became of the last send: sent (the receipt), queued on this device, or failed. */
  private outcome?: Outcome;
  /** The problems found at the last attempt to send, shown until the next one. */
  private shown: Problem[] = [];
  private settings: PracticeSettings | null = null;
  private announcement = '';
  #lastTyped: QuestionKey = 'good';
  /** The idempotency key of the current answers: made at the first send, kept by resends. */
  #submissionId?: string;
  #lookup?: AbortController;

  readonly #language = new LanguageController(this);
  readonly #typing = new TypingController<QuestionKey>(
    this,
    () => this.#language.complete(),
    (urgentNow) => {
      this.announcement = urgentNow ? urgentAnnouncement(this) : remaining(this, this.#lastTyped);
    },
  );
  readonly #delivery = new DeliveryController(
    this,
    () => this.api || SCRIPT_ORIGIN,
    (id, outcome) => id === this.#submissionId && this.outcome?.kind === 'queued' && void this.#settle(outcome),
  );

  get t(): Strings {
    return this.#language.strings;
  }

  get complete(): boolean {
    return this.#language.isComplete;
  }

  problem(id: Problem['id']): Problem | undefined {
    return this.shown.find((p) => p.id === id);
  }

  // Any change of answer starts a new submission: the old key now names different content.
  change<K extends keyof Answers>(key: K, value: Answers[K]): void {
    this.answers = { ...this.answers, [key]: value };
    this.#submissionId = undefined;
    this.#warm();
  }

  // Moved in the page (disconnected, then connected again): a lookup cut short is made again.
  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.practice && !this.settings) void this.#lookUpPractice();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#lookup?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('forcedLang') && this.hasUpdated) this.#language.follow();
    if ((changed.has('practice') || changed.has('api')) && this.practice) void this.#lookUpPractice();
  }

  async #lookUpPractice(): Promise<void> {
    this.#lookup?.abort();
    const lookup = (this.#lookup = new AbortController());
    const settings = await fetchPractice(this.api || SCRIPT_ORIGIN, this.practice, lookup.signal);
    if (lookup.signal.aborted) return;
    this.settings = settings;
    if (settings?.aboutYouEnabled) await this.#language.complete();
  }

  // The first sign of a patient at work fetches what sending needs and starts the proof of work.
  #warm(): void {
    this.#delivery.warm();
    void this.#typing.warm();
    void this.#language.complete();
  }

  #onComment(key: QuestionKey, text: string): void {
    this.change(key, text);
    this.#lastTyped = key;
    this.#typing.typed([
      ['good', this.answers.good],
      ['better', this.answers.better],
    ]);
  }

  async #focusOn(part: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[part="${part}"]`)?.focus();
  }

  async #send(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.sending) return;
    this.shown = problems(this.answers);
    if (this.shown.length > 0) return this.#focusOn('error-summary');
    this.sending = true;
    this.announcement = this.t.sending;
    const { submissionId, outcome } = await this.#delivery.send(
      this.answers,
      {
        practiceCode: this.practice,
        aboutYou: this.settings?.aboutYouEnabled === true,
        language: this.t.lang,
        website: this.renderRoot.querySelector<HTMLInputElement>('#website')!.value,
      },
      this.#submissionId,
    );
    this.#submissionId = submissionId;
    return this.#settle(outcome);
  }

  /** Show what became of the submission and move focus to it (if focus was in the widget). */
  async #settle(outcome: Outcome): Promise<void> {
    await this.#language.complete();
    const hadFocus = !this.outcome || this.renderRoot.contains(document.activeElement);
    this.outcome = outcome;
    this.sending = false;
    this.announcement = '';
    if (outcome.kind === 'sent') {
      const detail = { id: outcome.id, receipt: outcome.receipt };
      this.dispatchEvent(new CustomEvent('yyg-submit', { bubbles: true, composed: true, detail }));
      if (!hadFocus) this.announcement = `${this.t.sentTitle}. ${this.t.sentReceiptLabel} ${outcome.receipt}`;
    }
    if (hadFocus) await this.#focusOn({ sent: 'confirmation', queued: 'queued', failed: 'failure' }[outcome.kind]);
  }

  #onLink(event: Event, problem: Problem): void {
    // The link's #fragment would be looked up in the host document, not in this shadow root.
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${controlId(problem)}`)?.focus();
  }

  #renderForm(t: Strings, failed?: boolean) {
    const { settings, sending } = this;
    return html`<form part="form" novalidate aria-busy=${sending} @submit=${this.#send}>
      ${settings ? html`<p class="caption" part="caption">${fill(t.feedbackFor, { name: settings.name })}</p>` : nothing}
      ${failed !== undefined ? failurePanel(t, failed, () => void this.#send()) : nothing}
      ${this.shown.length ? errorSummary(t, this.shown, (e, p) => this.#onLink(e, p)) : nothing}
      ${notice(t, settings?.complaintsUrl)} ${radios(this, 'rating', t.question, FFT_RATINGS, t.ratings, true)}
      ${comments(this, settings, this.#typing.urgentIn, (key, text) => this.#onComment(key, text))}
      ${settings?.aboutYouEnabled && this.complete ? aboutYou(this) : nothing} ${contact(this)} ${honeypot}
      <button type="submit" part="button" ?disabled=${sending}>${sending ? t.sending : t.send}</button>
    </form>`;
  }

  protected override render() {
    const { t, outcome } = this;
    return html`<div part="base" lang=${t.lang} dir=${t.dir} @focusin=${this.#warm} @pointerdown=${this.#warm}>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${
        this.#language.ready
          ? html`${languagePicker(
              t,
              this.#language.code,
              this.settings?.languages,
              (code) => void this.#language.pick(code),
            )}
            ${
              outcome?.kind === 'sent'
                ? confirmationPanel(t, outcome.receipt)
                : outcome?.kind === 'queued'
                  ? queuedPanel(t, outcome.busy, this.#delivery.flushSoon)
                  : this.#renderForm(t, outcome?.retryable)
            }`
          : nothing
      }
    </div>`;
  }
}
