import { html, nothing } from 'lit';
import { FIELD_IDS, ROLES, type EntryValues, type Field, type Problem } from './assisted-entry.fields.js';

/** What the templates read from `<yyg-assisted-entry>` and call back on it. */
export interface EntryView extends EntryValues {
  problems: readonly Problem[];
  helperRole: string | null;
  saving: boolean;
  count: number;
  confirmation: string;
  warning: string;
  questionGood: string;
  questionBetter: string;
  set<K extends keyof EntryValues>(field: K, value: EntryValues[K]): void;
  focusField(field: Field, event?: Event): void;
  signIn(code: string): void;
  signOut(): void;
  save(event: Event): void;
  clearAndNext(): void;
  onRatingKey(event: KeyboardEvent): void;
  onFormKey(event: KeyboardEvent): void;
}

export function problemFor(view: EntryView, field: Field): string | null {
  return view.problems.find((p) => p.field === field)?.message ?? null;
}

export function describedBy(view: EntryView, field: Field, hint?: string): string | typeof nothing {
  const ids = [hint, problemFor(view, field) ? `${FIELD_IDS[field]}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

export function errorText(view: EntryView, field: Field) {
  const message = problemFor(view, field);
  return message
    ? html`<p class="error-message" id="${FIELD_IDS[field]}-error">
        <span class="visually-hidden">Error:</span> ${message}
      </p>`
    : nothing;
}

export function renderSummary(view: EntryView) {
  if (view.problems.length === 0) return nothing;
  return html`<div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
    <div role="alert">
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        ${view.problems.map(({ field, message }) =>
          field
            ? html`<li>
                <a href="#${FIELD_IDS[field]}" @click=${(e: Event) => view.focusField(field, e)}>${message}</a>
              </li>`
            : html`<li>${message}</li>`,
        )}
      </ul>
    </div>
  </div>`;
}

export function renderSignIn(view: EntryView, root: ParentNode) {
  const error = problemFor(view, 'code');
  return html`${renderSummary(view)}
    <form
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        view.signIn(root.querySelector<HTMLInputElement>('#helper-code')!.value);
      }}
    >
      <div class="group ${error ? 'group--error' : ''}">
        <label for="helper-code">Helper code</label>
        <p class="hint" id="helper-code-hint">
          The code from the practice, like H-ABCD-EFGH-JKMN. It is kept in this tab only.
        </p>
        ${errorText(view, 'code')}
        <input
          id="helper-code"
          class="input--code"
          autocomplete="off"
          spellcheck="false"
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy(view, 'code', 'helper-code-hint')}
        />
      </div>
      <button type="submit">Continue</button>
    </form>`;
}

/** Who is entering, the session's count and confirmation, problems, the warning and the shortcuts. */
export function renderHeader(view: EntryView) {
  return html`
    <p>
      Entering as: <strong>${ROLES[view.helperRole ?? 'other'] ?? 'Helper'}</strong>
      <button type="button" class="secondary" @click=${() => view.signOut()}>Stop using this code</button>
    </p>
    <div class="panel" role="status" aria-live="polite" aria-atomic="true">
      <p class="count" id="session-count">Entered this session: ${view.count}</p>
      ${view.confirmation ? html`<p class="confirmation">${view.confirmation}</p>` : nothing}
    </div>
    ${renderSummary(view)}
    ${
      view.warning
        ? html`<div class="panel panel--warning" tabindex="-1" role="alert">
            <p><strong>Check this is another form.</strong> ${view.warning}</p>
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
          ${view.channel === 'paper' ? 'form number' : 'answers'}.
        </li>
      </ul>
    </details>
  `;
}
