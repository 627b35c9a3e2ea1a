import { LitElement, css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { staffInboxStyles } from '../staff-inbox/staff-inbox.styles.js';
import { saveEntry, whoAmI, type AssistedEntry } from './assisted-api.js';

const CHANNELS = [
  ['paper', 'Paper form'],
  ['telephone', 'Telephone call'],
  ['in-person', 'In person, at the practice'],
  ['hub', 'At a digital inclusion hub'],
  ['other', 'Another way'],
] as const;

const RATINGS = [
  ['very-good', 'Very good'],
  ['good', 'Good'],
  ['neither', 'Neither good nor poor'],
  ['poor', 'Poor'],
  ['very-poor', 'Very poor'],
  ['dont-know', 'Don’t know'],
] as const;

const ROLES: Record<string, string> = {
  receptionist: 'Receptionist',
  'practice-staff': 'Practice staff',
  volunteer: 'Volunteer',
  'hub-helper': 'Digital inclusion hub helper',
  other: 'Helper',
};

type Field = 'code' | 'channel' | 'formNumber' | 'formDate' | 'rating' | 'good' | 'better' | 'agreed';

const FIELD_IDS: Record<Field, string> = {
  code: 'helper-code',
  channel: 'channel-paper',
  formNumber: 'form-number',
  formDate: 'form-date',
  rating: 'rating-very-good',
  good: 'answer-good',
  better: 'answer-better',
  agreed: 'agreed',
};

interface Problem {
  field: Field | null;
  message: string;
}

/** Roughly a printed form number (`F-7K3Q9X`); the server reads it exactly, by Crockford's rules. */
const FORM_NUMBER = /^F?[0-9A-Z]{6}$/;
const SESSION_KEY = 'yyg-helper-code';

/** `YYYY-MM-DD` of a local date. */
function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `21/11/2026` or `2026-11-21` as `2026-11-21`; null when it is no calendar date. */
export function parseFormDate(value: string): string | null {
  const text = value.trim();
  let y: number, m: number, d: number;
  const uk = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (uk) [d, m, y] = [Number(uk[1]), Number(uk[2]), Number(uk[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

function ukDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * Assisted and batch entry of feedback a patient gave on paper, by phone or in person, by a
 * helper holding a helper code (`#code=H-…` in the link staff sent, kept in sessionStorage for
 * this tab only). Fast keyboard-only entry of a stack of forms: number keys 1 to 6 choose the
 * answer while focus is in the answers, Enter on the confirmation saves, and "Save and enter the
 * next one" keeps the channel and date, clears the patient's answers and goes back to the first.
 *
 * @tag yyg-assisted-entry
 * @attr practice - The practice's ODS code.
 * @attr practice-name - The practice's name, to show.
 * @attr question-good / question-better - The practice's two questions.
 * @attr api - Base URL of the API; empty for this page's origin.
 */
export class YygAssistedEntry extends LitElement {
  static override styles = [
    staffInboxStyles,
    css`
      *,
      *::before,
      *::after {
        box-sizing: border-box;
      }
      fieldset {
        margin: 0 0 1.5rem;
        padding: 0;
        border: 0;
      }
      legend {
        font-weight: 700;
        margin-bottom: 0.5rem;
      }
      .radio,
      .checkbox {
        display: flex;
        align-items: center;
        gap: 0.75rem;
        margin-bottom: 0.5rem;
      }
      .radio input,
      .checkbox input {
        width: 32px;
        height: 32px;
        min-height: 0;
        margin: 0;
        flex: none;
        accent-color: var(--_text);
      }
      .radio label,
      .checkbox label {
        font-weight: 400;
      }
      .radio input:focus,
      .checkbox input:focus {
        box-shadow: 0 0 0 4px var(--_focus);
        outline: 3px solid var(--_text);
      }
      textarea {
        display: block;
        width: 100%;
        max-width: 40rem;
        min-height: 5rem;
        padding: 0.25rem 0.5rem;
        border: 2px solid var(--_secondary);
        font: inherit;
      }
      textarea:focus {
        outline: 4px solid transparent;
        border-color: var(--_text);
        box-shadow:
          inset 0 0 0 2px var(--_text),
          0 0 0 4px var(--_focus);
      }
      textarea[aria-invalid='true'] {
        border-color: var(--_error);
      }
      .input--short {
        max-width: 12rem;
      }
      .panel {
        background: #fff;
        padding: 1.5rem;
        margin-bottom: 1.5rem;
      }
      .panel--confirm {
        border: 4px solid #007f3b;
      }
      .panel--warning {
        border: 4px solid #ffeb3b;
        background: #fff9c4;
      }
      .count {
        font-size: 1.25rem;
        font-weight: 700;
      }
      kbd {
        font-family: inherit;
        font-weight: 700;
        padding: 0 0.25rem;
        border: 1px solid var(--_secondary);
        border-radius: 3px;
      }
      details summary {
        color: var(--_primary);
        cursor: pointer;
        text-decoration: underline;
      }
      details summary:focus-visible {
        outline: 4px solid transparent;
        background: var(--_focus);
        color: var(--_text);
      }
    `,
  ];

  @property() practice = '';
  @property({ attribute: 'practice-name' }) practiceName = '';
  @property({ attribute: 'question-good' }) questionGood = 'What was good?';
  @property({ attribute: 'question-better' }) questionBetter = 'What could we do better?';
  @property() api = '';

  @state() private code = '';
  @state() private helperRole: string | null = null;
  @state() private problems: Problem[] = [];
  @state() private saving = false;
  @state() private count = 0;
  @state() private confirmation = '';
  @state() private warning = '';
  @state() private channel = '';
  @state() private formDate = ukDate(isoDate(new Date()));
  @state() private formNumber = '';
  @state() private rating = '';
  @state() private good = '';
  @state() private better = '';
  @state() private agreed = false;

  /** Content of the forms saved this session, to warn when the same one is entered again. */
  private saved = new Set<string>();
  /** The content the helper was just warned about: saving it again goes ahead. */
  private warnedAbout: string | null = null;
  private submissionId = crypto.randomUUID();

  @query('.error-summary') private errorSummary?: HTMLElement;

  override connectedCallback(): void {
    super.connectedCallback();
    const fromLink = /(?:^#|&)code=([^&]+)/.exec(location.hash)?.[1];
    if (fromLink) {
      sessionStorage.setItem(SESSION_KEY, decodeURIComponent(fromLink));
      // Off the address bar, so it is not shared by copying the address or seen over a shoulder.
      history.replaceState(null, '', location.pathname + location.search);
    }
    const kept = sessionStorage.getItem(SESSION_KEY);
    if (kept) void this.signIn(kept, false);
  }

  private async signIn(code: string, fromForm: boolean): Promise<void> {
    const text = code.trim().toUpperCase();
    if (!/^H-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(text)) {
      return this.showProblems([
        { field: 'code', message: 'Enter the helper code in the right format, like H-ABCD-EFGH-JKMN' },
      ]);
    }
    const answer = await whoAmI(this.api, text);
    if ('refused' in answer) {
      sessionStorage.removeItem(SESSION_KEY);
      const message =
        answer.status === 401 || answer.status === 403
          ? `The helper code was not accepted: ${answer.refused}`
          : `Could not check the helper code: ${answer.refused}`;
      return this.showProblems([{ field: fromForm ? 'code' : null, message }]);
    }
    if (answer.practiceCode && this.practice && answer.practiceCode !== this.practice.toUpperCase()) {
      return this.showProblems([
        { field: 'code', message: `This helper code is for practice ${answer.practiceCode}, not ${this.practice}` },
      ]);
    }
    sessionStorage.setItem(SESSION_KEY, text);
    this.code = text;
    this.helperRole = answer.role;
    this.problems = [];
    await this.updateComplete;
    this.focusField(this.channel ? this.firstAnswer() : 'channel');
  }

  private signOut(): void {
    sessionStorage.removeItem(SESSION_KEY);
    this.code = '';
    this.helperRole = null;
  }

  private async showProblems(problems: Problem[]): Promise<void> {
    this.problems = problems;
    this.confirmation = '';
    await this.updateComplete;
    this.errorSummary?.focus();
  }

  private focusField(field: Field, event?: Event): void {
    event?.preventDefault();
    let id = FIELD_IDS[field];
    if (field === 'channel' && this.channel) id = `channel-${this.channel}`;
    if (field === 'rating' && this.rating) id = `rating-${this.rating}`;
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  /** The first thing typed from each form: its number on paper, otherwise the answer. */
  private firstAnswer(): Field {
    return this.channel === 'paper' ? 'formNumber' : 'rating';
  }

  private fingerprint(): string {
    return JSON.stringify([this.rating, this.good.trim(), this.better.trim()]);
  }

  private check(): { problems: Problem[]; entry: AssistedEntry | null } {
    const problems: Problem[] = [];
    if (!this.channel) problems.push({ field: 'channel', message: 'Select how the feedback was given' });
    const number = this.formNumber.trim().toUpperCase();
    if (number && !FORM_NUMBER.test(number.replace(/[\s-]/g, ''))) {
      problems.push({ field: 'formNumber', message: 'Enter the form number as printed on the form, like F-7K3Q9X' });
    }
    const date = parseFormDate(this.formDate);
    const today = isoDate(new Date());
    const yearAgo = new Date();
    yearAgo.setDate(yearAgo.getDate() - 366);
    if (!this.formDate.trim()) problems.push({ field: 'formDate', message: 'Enter the date of the form or call' });
    else if (!date) {
      problems.push({
        field: 'formDate',
        message: 'Enter the date of the form or call as a real date, like 21/11/2026',
      });
    } else if (date > today)
      problems.push({ field: 'formDate', message: 'The date of the form or call must be today or in the past' });
    else if (date < isoDate(yearAgo)) {
      problems.push({ field: 'formDate', message: 'The date of the form or call must be within the last year' });
    }
    if (!this.rating) problems.push({ field: 'rating', message: 'Select the patient’s answer to the question' });
    if (!this.agreed) {
      problems.push({
        field: 'agreed',
        message: 'Confirm the patient agreed to this feedback being given and these are their words',
      });
    }
    if (problems.length > 0 || !date) return { problems, entry: null };
    const comments: AssistedEntry['comments'] = [];
    if (this.good.trim()) comments.push({ question: 'good', text: this.good.trim() });
    if (this.better.trim()) comments.push({ question: 'better', text: this.better.trim() });
    return {
      problems,
      entry: {
        submissionId: this.submissionId,
        practiceCode: this.practice.toUpperCase(),
        channel: this.channel,
        formDate: date,
        formNumber: number || null,
        rating: this.rating,
        comments,
        agreed: true,
      },
    };
  }

  private async save(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.saving) return;
    const { problems, entry } = this.check();
    if (!entry) return this.showProblems(problems);
    const fingerprint = this.fingerprint();
    if (this.saved.has(fingerprint) && this.warnedAbout !== fingerprint) {
      this.warnedAbout = fingerprint;
      this.problems = [];
      this.warning =
        'You entered a form with exactly the same answers a moment ago in this session. If this is another patient’s form, press “Save and enter the next one” again. If it is the same form, press “Clear this form”.';
      this.confirmation = '';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.panel--warning')?.focus();
      return;
    }
    this.saving = true;
    try {
      const result = await saveEntry(this.api, this.code, entry);
      if (result.kind === 'saved') {
        this.saved.add(fingerprint);
        this.count += 1;
        const form = result.formNumber ? `Form ${result.formNumber} saved` : 'Saved';
        this.confirmation = `${form}, receipt ${result.receipt}. ${this.count} ${this.count === 1 ? 'form' : 'forms'} entered this session.`;
        this.clearForm();
        this.problems = [];
        await this.updateComplete;
        this.focusField(this.firstAnswer());
      } else if (result.kind === 'duplicate') {
        this.submissionId = crypto.randomUUID();
        // No receipt: not a repeated form number but an earlier attempt, lost on the way back,
        // that reached the service with other answers. A new id lets the helper choose.
        await this.showProblems([
          result.receipt
            ? { field: 'formNumber', message: `${result.message}. Check the form number, or clear this form.` }
            : {
                field: null,
                message:
                  'An earlier try to save this form reached the service with different answers. Press “Save and enter the next one” again to save these answers too, or “Clear this form”.',
              },
        ]);
      } else if (result.kind === 'invalid') {
        const known = new Set(Object.keys(FIELD_IDS));
        await this.showProblems(
          result.fields.length
            ? result.fields.map((f) => {
                const field = f.field.split('.')[0]!;
                return { field: known.has(field) ? (field as Field) : null, message: `${f.field}: ${f.problem}` };
              })
            : [{ field: null, message: result.message }],
        );
      } else {
        if (result.status === 401) this.signOut();
        await this.showProblems([{ field: null, message: result.message }]);
      }
    } catch {
      await this.showProblems([
        {
          field: null,
          message: 'Could not reach the service: check the connection and press save again. Nothing was lost.',
        },
      ]);
    } finally {
      this.saving = false;
    }
  }

  /** Clears the patient's answers and the form number; keeps the channel and the date. */
  private clearForm(): void {
    this.formNumber = '';
    this.rating = '';
    this.good = '';
    this.better = '';
    this.agreed = false;
    this.warning = '';
    this.warnedAbout = null;
    this.submissionId = crypto.randomUUID();
  }

  private async clearAndNext(): Promise<void> {
    this.clearForm();
    this.problems = [];
    this.confirmation = '';
    await this.updateComplete;
    this.focusField(this.firstAnswer());
  }

  private onRatingKey(event: KeyboardEvent): void {
    const n = Number(event.key);
    if (!Number.isInteger(n) || n < 1 || n > RATINGS.length || event.ctrlKey || event.altKey || event.metaKey) return;
    event.preventDefault();
    this.rating = RATINGS[n - 1]![0];
    void this.updateComplete.then(() => this.focusField('rating'));
  }

  private onFormKey(event: KeyboardEvent): void {
    if (event.key !== 'Enter') return;
    const target = event.composedPath()[0] as HTMLElement;
    if (event.ctrlKey || event.metaKey || target.id === 'agreed') void this.save(event);
  }

  private problemFor(field: Field): string | null {
    return this.problems.find((p) => p.field === field)?.message ?? null;
  }

  private describedBy(field: Field, hint?: string): string | typeof nothing {
    const ids = [hint, this.problemFor(field) ? `${FIELD_IDS[field]}-error` : null].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }

  private errorText(field: Field) {
    const message = this.problemFor(field);
    return message
      ? html`<p class="error-message" id="${FIELD_IDS[field]}-error">
          <span class="visually-hidden">Error:</span> ${message}
        </p>`
      : nothing;
  }

  private renderSummary() {
    if (this.problems.length === 0) return nothing;
    return html`<div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
      <div role="alert">
        <h2 id="error-summary-title">There is a problem</h2>
        <ul>
          ${this.problems.map(({ field, message }) =>
            field
              ? html`<li>
                  <a href="#${FIELD_IDS[field]}" @click=${(e: Event) => this.focusField(field, e)}>${message}</a>
                </li>`
              : html`<li>${message}</li>`,
          )}
        </ul>
      </div>
    </div>`;
  }

  private renderSignIn() {
    const error = this.problemFor('code');
    return html`${this.renderSummary()}
      <form
        novalidate
        @submit=${(e: Event) => {
          e.preventDefault();
          void this.signIn(this.renderRoot.querySelector<HTMLInputElement>('#helper-code')!.value, true);
        }}
      >
        <div class="group ${error ? 'group--error' : ''}">
          <label for="helper-code">Helper code</label>
          <p class="hint" id="helper-code-hint">
            The code from the practice, like H-ABCD-EFGH-JKMN. It is kept in this tab only.
          </p>
          ${this.errorText('code')}
          <input
            id="helper-code"
            class="input--code"
            autocomplete="off"
            spellcheck="false"
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${this.describedBy('code', 'helper-code-hint')}
          />
        </div>
        <button type="submit">Continue</button>
      </form>`;
  }

  override render() {
    if (!this.code) return this.renderSignIn();
    const group = (field: Field) => `group ${this.problemFor(field) ? 'group--error' : ''}`;
    return html`
      <p>
        Entering as: <strong>${ROLES[this.helperRole ?? 'other'] ?? 'Helper'}</strong>
        <button type="button" class="secondary" @click=${this.signOut}>Stop using this code</button>
      </p>
      <div class="panel" role="status" aria-live="polite" aria-atomic="true">
        <p class="count" id="session-count">Entered this session: ${this.count}</p>
        ${this.confirmation ? html`<p class="confirmation">${this.confirmation}</p>` : nothing}
      </div>
      ${this.renderSummary()}
      ${
        this.warning
          ? html`<div class="panel panel--warning" tabindex="-1" role="alert">
              <p><strong>Check this is another form.</strong> ${this.warning}</p>
            </div>`
          : nothing
      }
      <details>
        <summary>Keyboard shortcuts</summary>
        <ul>
          <li>In the answers: <kbd>1</kbd> to <kbd>6</kbd> choose an answer, from Very good to Don’t know.</li>
          <li>
            <kbd>Enter</kbd> on the confirmation checkbox saves the form; <kbd>Ctrl</kbd> + <kbd>Enter</kbd> saves from
            anywhere.
          </li>
          <li><kbd>Space</kbd> ticks the confirmation; <kbd>Tab</kbd> moves to the next field.</li>
          <li>
            After saving, the channel and date stay and the cursor goes back to the
            ${this.channel === 'paper' ? 'form number' : 'answers'}.
          </li>
        </ul>
      </details>
      <form novalidate @submit=${this.save} @keydown=${this.onFormKey}>
        <fieldset class=${group('channel')} aria-describedby=${this.describedBy('channel')}>
          <legend>How was the feedback given?</legend>
          ${this.errorText('channel')}
          ${CHANNELS.map(
            ([value, label]) =>
              html`<div class="radio">
                <input
                  type="radio"
                  name="channel"
                  id="channel-${value}"
                  .value=${value}
                  .checked=${this.channel === value}
                  @change=${() => (this.channel = value)}
                />
                <label for="channel-${value}">${label}</label>
              </div>`,
          )}
        </fieldset>
        ${
          this.channel === 'paper'
            ? html`<div class=${group('formNumber')}>
                <label for="form-number">Form number (optional)</label>
                <p class="hint" id="form-number-hint">
                  Printed on the form, like F-7K3Q9X. It stops the same form being entered twice.
                </p>
                ${this.errorText('formNumber')}
                <input
                  id="form-number"
                  class="input--short input--code"
                  autocomplete="off"
                  spellcheck="false"
                  .value=${this.formNumber}
                  @input=${(e: Event) => (this.formNumber = (e.target as HTMLInputElement).value)}
                  aria-invalid=${this.problemFor('formNumber') ? 'true' : 'false'}
                  aria-describedby=${this.describedBy('formNumber', 'form-number-hint')}
                />
              </div>`
            : nothing
        }
        <div class=${group('formDate')}>
          <label for="form-date">Date of the ${this.channel === 'telephone' ? 'call' : 'form'}</label>
          <p class="hint" id="form-date-hint">For example, 21/11/2026. It stays the same for the next one.</p>
          ${this.errorText('formDate')}
          <input
            id="form-date"
            class="input--short"
            inputmode="numeric"
            autocomplete="off"
            .value=${this.formDate}
            @input=${(e: Event) => (this.formDate = (e.target as HTMLInputElement).value)}
            aria-invalid=${this.problemFor('formDate') ? 'true' : 'false'}
            aria-describedby=${this.describedBy('formDate', 'form-date-hint')}
          />
        </div>
        <fieldset
          class=${group('rating')}
          @keydown=${this.onRatingKey}
          aria-describedby=${this.describedBy('rating', 'rating-hint')}
        >
          <legend>Overall, how was the patient’s experience of our service?</legend>
          <p class="hint" id="rating-hint">Press 1 to 6 to choose.</p>
          ${this.errorText('rating')}
          ${RATINGS.map(
            ([value, label], i) =>
              html`<div class="radio">
                <input
                  type="radio"
                  name="rating"
                  id="rating-${value}"
                  .value=${value}
                  .checked=${this.rating === value}
                  @change=${() => (this.rating = value)}
                />
                <label for="rating-${value}">${i + 1}. ${label}</label>
              </div>`,
          )}
        </fieldset>
        <div class="group">
          <label for="answer-good">${this.questionGood} (optional)</label>
          <textarea
            id="answer-good"
            maxlength="2000"
            .value=${this.good}
            @input=${(e: Event) => (this.good = (e.target as HTMLTextAreaElement).value)}
          ></textarea>
        </div>
        <div class="group">
          <label for="answer-better">${this.questionBetter} (optional)</label>
          <textarea
            id="answer-better"
            maxlength="2000"
            .value=${this.better}
            @input=${(e: Event) => (this.better = (e.target as HTMLTextAreaElement).value)}
          ></textarea>
        </div>
        <div class=${group('agreed')}>
          ${this.errorText('agreed')}
          <div class="checkbox">
            <input
              type="checkbox"
              id="agreed"
              .checked=${this.agreed}
              @change=${(e: Event) => (this.agreed = (e.target as HTMLInputElement).checked)}
              aria-invalid=${this.problemFor('agreed') ? 'true' : 'false'}
              aria-describedby=${this.describedBy('agreed')}
            />
            <label for="agreed">The patient agreed to this feedback being given and these are their words</label>
          </div>
        </div>
        <button type="submit" aria-disabled=${this.saving ? 'true' : 'false'}>Save and enter the next one</button>
        <button type="button" class="secondary" @click=${this.clearAndNext}>Clear this form</button>
      </form>
    `;
  }
}

if (!customElements.get('yyg-assisted-entry')) customElements.define('yyg-assisted-entry', YygAssistedEntry);

declare global {
  interface HTMLElementTagNameMap {
    'yyg-assisted-entry': YygAssistedEntry;
  }
}
