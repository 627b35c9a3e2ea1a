import { LitElement, css, html } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { staffStyles } from '../shared/staff.styles.js';

/** Warn this long before the idle timeout (at most half the idle time, for very short sessions). */
const WARN_BEFORE_IDLE_MS = 3 * 60_000;
/** The server records activity at most once a minute, so its idle clock may have started this much earlier. */
const SERVER_TOUCH_LAG_MS = 60_000;
/** Warn this long before the absolute end of the session. */
const WARN_BEFORE_END_MS = 5 * 60_000;

type Warning = 'idle' | 'end' | null;

function clock(at: number): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' }).format(at);
}

/**
 * Warns before the session times out (WCAG 2.2 SC 2.2.1, timing adjustable): a modal dialog a few
 * minutes before the idle timeout offers "Stay signed in" (any staff request resets the server's
 * idle clock) or "Sign out"; before the session's absolute end, which cannot be extended, it says
 * when that will be so work can be saved. With no answer, the app is told the session has ended.
 * The server's idle clock may have started up to a minute before the last request (it records
 * activity at most once a minute), so the timings here assume the earliest.
 *
 * @fires yyg-stay - "Stay signed in": the app makes a request, which keeps the session alive.
 * @fires yyg-sign-out - "Sign out now".
 * @fires yyg-timed-out - the idle time ran out with no answer.
 */
export class YygSessionTimeout extends LitElement {
  static override styles = [
    staffStyles,
    css`
      dialog {
        max-width: 32rem;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        align-items: center;
      }
    `,
  ];

  /** The server's idle timeout. */
  @property({ type: Number }) idleMs = 30 * 60_000;
  /** Epoch ms of the session's absolute end. */
  @property({ type: Number }) endsAt = 0;
  /** Epoch ms of the last request the server answered for this session. */
  @property({ type: Number }) lastActivity = Date.now();

  @state() private warning: Warning = null;
  @query('dialog') private dialog!: HTMLDialogElement;
  #timers: ReturnType<typeof setTimeout>[] = [];
  #endWarned = false;

  override disconnectedCallback(): void {
    this.#clear();
    super.disconnectedCallback();
  }

  protected override updated(changed: Map<string, unknown>): void {
    if (changed.has('idleMs') || changed.has('endsAt') || changed.has('lastActivity')) this.#schedule();
    if (changed.has('warning')) {
      if (this.warning && !this.dialog.open) this.dialog.showModal();
      if (!this.warning && this.dialog.open) this.dialog.close();
    }
  }

  #clear(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers = [];
  }

  #schedule(): void {
    this.#clear();
    if (this.warning === 'idle') this.warning = null;
    const now = Date.now();
    const idleEnd = this.lastActivity + this.idleMs - Math.min(SERVER_TOUCH_LAG_MS, this.idleMs / 4);
    const lead = Math.min(WARN_BEFORE_IDLE_MS, this.idleMs / 2);
    const at = (when: number, run: () => void) => this.#timers.push(setTimeout(run, Math.max(0, when - now)));
    // The absolute end comes first: no point warning about idleness after it.
    if (this.endsAt && this.endsAt <= idleEnd) {
      if (!this.#endWarned) at(this.endsAt - WARN_BEFORE_END_MS, () => this.#warn('end'));
      at(this.endsAt, () => this.#timedOut());
      return;
    }
    at(idleEnd - lead, () => this.#warn('idle'));
    at(idleEnd - 1000, () => this.#timedOut());
  }

  #warn(kind: Exclude<Warning, null>): void {
    if (kind === 'end') this.#endWarned = true;
    this.warning = kind;
  }

  #timedOut(): void {
    this.#clear();
    this.warning = null;
    this.dispatchEvent(new CustomEvent('yyg-timed-out', { bubbles: true, composed: true }));
  }

  #answer(event: 'yyg-stay' | 'yyg-sign-out' | null): void {
    this.warning = null;
    if (event) this.dispatchEvent(new CustomEvent(event, { bubbles: true, composed: true }));
  }

  protected override render() {
    const idle = this.warning === 'idle';
    const minutes = Math.round(Math.min(WARN_BEFORE_IDLE_MS, this.idleMs / 2) / 60_000) || 1;
    return html`<dialog
      aria-labelledby="timeout-title"
      aria-describedby="timeout-text"
      @cancel=${(event: Event) => {
        // Escape means "not now": keep the session, as "Stay signed in" does.
        event.preventDefault();
        this.#answer(idle ? 'yyg-stay' : null);
      }}
    >
      <h2 id="timeout-title">${idle ? 'You will be signed out soon' : 'Your session ends soon'}</h2>
      <p id="timeout-text">
        ${
          idle
            ? `You have not used the staff app for a while. To protect patients' information we will sign you out in about ${minutes} minute${minutes === 1 ? '' : 's'}.`
            : `For security every session ends ${clock(this.endsAt)} at the latest. Save what you are working on; you can sign in again straight after.`
        }
      </p>
      <div class="buttons">
        ${
          idle
            ? html`<button type="button" class="button" @click=${() => this.#answer('yyg-stay')}>Stay signed in</button>
                <button type="button" class="link" @click=${() => this.#answer('yyg-sign-out')}>Sign out now</button>`
            : html`<button type="button" class="button" @click=${() => this.#answer(null)}>OK</button>`
        }
      </div>
    </dialog>`;
  }
}
