import { LitElement, css, html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { SCRIPT_ORIGIN } from '../api/script-origin.js';
import { KIOSK_SAVED } from './kiosk-delivery.controller.js';
import { codeKey, startKioskRuntime, type KioskRuntime } from './kiosk-runtime.js';

type Screen = 'setup' | 'form' | 'thanks';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The waiting-room kiosk: `<yyg-feedback>` (built with the kiosk's queue in place of the widget's
 * delivery), with a fresh form for every person. The form is thrown away and made anew after each
 * submission and after a spell of inactivity (with a warning first), so nobody sees the last
 * person's words. Without a kiosk code it shows staff how to set the tablet up.
 *
 * @tag yyg-kiosk
 * @attr practice - ODS code of the practice.
 * @attr idle-seconds - Inactivity before the warning. Default 90.
 * @attr warn-seconds - How long the warning counts down before starting again. Default 20.
 * @attr thanks-seconds - How long the thank-you screen stays. Default 10.
 */
export class YygKiosk extends LitElement {
  static override properties = {
    practice: {},
    idleSeconds: { type: Number, attribute: 'idle-seconds' },
    warnSeconds: { type: Number, attribute: 'warn-seconds' },
    thanksSeconds: { type: Number, attribute: 'thanks-seconds' },
    screen: { state: true },
    generation: { state: true },
    countdown: { state: true },
    counts: { state: true },
  };

  static override styles = css`
    :host {
      display: block;
    }
    .panel {
      background: #fff;
      padding: 1.5rem;
      border-left: 10px solid #005eb8;
    }
    .thanks {
      border-left-color: #007f3b;
    }
    h2 {
      font-size: 2rem;
      margin: 0 0 1rem;
    }
    :focus-visible {
      outline: 4px solid #ffeb3b;
      box-shadow: 0 0 0 8px #212b32;
    }
    button {
      font: inherit;
      font-weight: 700;
      min-height: 4rem;
      min-width: 12rem;
      padding: 0.75rem 2rem;
      color: #fff;
      background: #007f3b;
      border: 0;
      border-radius: 4px;
      box-shadow: 0 4px 0 #00401e;
      cursor: pointer;
    }
    .queue {
      margin: 1.5rem 0 0;
      color: #4c6272;
      font-size: 1.125rem;
    }
    .queue strong {
      color: #212b32;
    }
    .problem {
      color: #212b32;
      border-left: 6px solid #d5281b;
      padding-left: 0.75rem;
    }
    .backdrop {
      position: fixed;
      inset: 0;
      background: rgba(33, 43, 50, 0.75);
      display: flex;
      align-items: center;
      justify-content: center;
      padding: 1.5rem;
      z-index: 10;
    }
    .warning {
      background: #fff;
      border-top: 10px solid #ffb81c;
      padding: 2rem;
      max-width: 40rem;
      font-size: 1.5rem;
    }
    yyg-feedback::part(button),
    yyg-feedback::part(retry-button) {
      min-height: 4rem;
      min-width: 12rem;
    }
    yyg-feedback::part(option) {
      min-height: 3.5rem;
    }
    yyg-feedback::part(comment) {
      min-height: 8rem;
    }
  `;

  practice = '';
  idleSeconds = 90;
  warnSeconds = 20;
  thanksSeconds = 10;
  private screen: Screen = 'setup';
  private generation = 0;
  /** Seconds left before starting again, while the warning shows; null when it does not. */
  private countdown: number | null = null;
  private counts = { waiting: 0, setAside: 0, status: 'idle', refusal: '' };
  runtime?: KioskRuntime;
  /** Someone has touched the current form since it was made. */
  #dirty = false;
  #idleTimer?: ReturnType<typeof setTimeout>;
  #tick?: ReturnType<typeof setInterval>;
  #thanksTimer?: ReturnType<typeof setTimeout>;
  readonly #activity = () => this.#onActivity();
  readonly #change = () => {
    const r = this.runtime!;
    this.counts = { waiting: r.waiting, setAside: r.setAside, status: r.status, refusal: r.refusal };
  };

  override connectedCallback(): void {
    super.connectedCallback();
    const practice = this.practice.toUpperCase();
    // The set-up link carries the kiosk code after #, which never reaches a server: keep it on the
    // tablet, then take it out of the address bar.
    const fromLink = /(?:^#|&)code=([^&]+)/.exec(location.hash)?.[1];
    if (fromLink) {
      try {
        localStorage.setItem(codeKey(practice), decodeURIComponent(fromLink).trim());
      } catch {
        /* storage refused: the set-up message stays */
      }
      history.replaceState(history.state, '', location.pathname + location.search);
    }
    this.runtime = startKioskRuntime(practice, SCRIPT_ORIGIN);
    this.runtime.addEventListener('change', this.#change);
    this.screen = this.runtime.code ? 'form' : 'setup';
    void this.runtime.refresh().then(() => this.runtime?.syncSoon(0));
    for (const type of ['pointerdown', 'keydown', 'input', 'touchstart']) {
      document.addEventListener(type, this.#activity, { capture: true, passive: true });
    }
    this.addEventListener(KIOSK_SAVED, this.#onSaved);
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker
        .register(`/kiosk/${encodeURIComponent(practice)}/sw.js`, { scope: `/kiosk/${encodeURIComponent(practice)}` })
        .catch(() => undefined);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of ['pointerdown', 'keydown', 'input', 'touchstart']) {
      document.removeEventListener(type, this.#activity, { capture: true });
    }
    this.runtime?.removeEventListener('change', this.#change);
    this.removeEventListener(KIOSK_SAVED, this.#onSaved);
    this.#clearTimers();
  }

  #clearTimers(): void {
    clearTimeout(this.#idleTimer);
    clearInterval(this.#tick);
    clearTimeout(this.#thanksTimer);
  }

  #onActivity(): void {
    if (this.screen !== 'form') return;
    this.#dirty = true;
    if (this.countdown !== null) this.#cancelWarning();
    clearTimeout(this.#idleTimer);
    this.#idleTimer = setTimeout(() => this.#warn(), this.idleSeconds * 1000);
  }

  #warn(): void {
    if (!this.#dirty || this.screen !== 'form') return;
    this.countdown = this.warnSeconds;
    this.#tick = setInterval(() => {
      if (this.countdown === null) return;
      this.countdown -= 1;
      if (this.countdown <= 0) this.startAgain();
    }, 1000);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.warning button')?.focus());
  }

  #cancelWarning(): void {
    clearInterval(this.#tick);
    this.countdown = null;
  }

  readonly #onSaved = (): void => {
    this.#clearTimers();
    this.countdown = null;
    this.screen = 'thanks';
    this.#thanksTimer = setTimeout(() => this.startAgain(), this.thanksSeconds * 1000);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.thanks h2')?.focus());
  };

  /** Throw the form away and show a fresh one: nothing of the last person's answers is left. */
  startAgain(): void {
    this.#clearTimers();
    this.countdown = null;
    this.#dirty = false;
    this.generation += 1;
    this.screen = this.runtime?.code ? 'form' : 'setup';
    (document.activeElement as HTMLElement | null)?.blur?.();
    scrollTo(0, 0);
  }

  #renderQueue() {
    const { waiting, setAside, status, refusal } = this.counts;
    return html`<div class="queue">
      <p role="status">
        ${
          waiting > 0
            ? html`<strong>${plural(waiting, 'answer', 'answers')} waiting to send</strong>${
                  status === 'syncing'
                    ? ' (sending now)'
                    : status === 'offline'
                      ? ' (no connection: they will be sent when it is back)'
                      : ''
                }`
            : 'All feedback has been sent.'
        }
      </p>
      ${
        setAside > 0
          ? html`<p class="problem">
              For staff: ${plural(setAside, 'answer', 'answers')} could not be accepted by the service and
              ${setAside === 1 ? 'is' : 'are'} kept on this tablet.
            </p>`
          : nothing
      }
      ${
        status === 'unauthorised'
          ? html`<p class="problem">
              For staff: this tablet's kiosk code was refused${refusal ? ` (${refusal})` : ''}. Feedback is kept on the
              tablet: open a new kiosk link from the staff page to send it.
            </p>`
          : nothing
      }
    </div>`;
  }

  protected override render() {
    if (this.screen === 'setup') {
      return html`<section class="panel" aria-labelledby="setup-title">
          <h2 id="setup-title">This tablet is not set up yet</h2>
          <p>Please give your feedback at reception for now.</p>
          <p>
            For staff: on the staff page, issue a kiosk access code for this practice, then open its kiosk link (it ends
            in #code=K-…) on this tablet once. The tablet keeps the code.
          </p>
        </section>
        ${this.counts.waiting > 0 ? this.#renderQueue() : nothing}`;
    }
    if (this.screen === 'thanks') {
      return html`<section class="panel thanks" aria-labelledby="thanks-title">
          <h2 id="thanks-title" tabindex="-1">Thank you for your feedback</h2>
          <p>It has been saved and will be sent to the practice. The screen will start again for the next person.</p>
          <button type="button" @click=${() => this.startAgain()}>Start again</button>
        </section>
        ${this.#renderQueue()}`;
    }
    // While the warning shows, the form behind it is inert, as aria-modal says.
    return html`<div ?inert=${this.countdown !== null}>
        ${keyed(this.generation, html`<yyg-feedback practice=${this.practice} mode="kiosk"></yyg-feedback>`)}
        ${this.#renderQueue()}
      </div>
      ${
        this.countdown !== null
          ? html`<div class="backdrop">
              <div
                class="warning"
                role="alertdialog"
                aria-modal="true"
                aria-labelledby="warning-title"
                aria-describedby="warning-text"
              >
                <h2 id="warning-title">Are you still there?</h2>
                <p id="warning-text">
                  Starting again in ${plural(this.countdown, 'second', 'seconds')} — touch to continue. What you have
                  written will be cleared.
                </p>
                <button type="button" @click=${() => this.#onActivity()}>Continue</button>
              </div>
            </div>`
          : nothing
      }`;
  }
}

if (!customElements.get('yyg-kiosk')) customElements.define('yyg-kiosk', YygKiosk);

declare global {
  interface HTMLElementTagNameMap {
    'yyg-kiosk': YygKiosk;
  }
}
