import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ODS_CODE } from '../../../backend/src/domain/practice.js';
import { listFeedback, type StaffFeedbackItem } from '../api/staff-api.js';
import { StaffApiError } from '../api/staff-api.error.js';
import { feedbackTable } from './feedback-table.js';
import { linkedFeedbackId } from './linked-feedback.js';
import { staffInboxStyles } from './staff-inbox.styles.js';

type Field = 'token' | 'practice';

/** One problem to show in the error summary; `field` links it to an input. */
interface Problem {
  field: Field | null;
  message: string;
}

const FIELD_IDS: Record<Field, string> = { token: 'staff-token', practice: 'practice-code' };

/**
 * A practice's feedback for staff: asks for the staff token and the practice's ODS code, then
 * lists the feedback newest first, a page at a time, with its tags and safety flags. Interim: the
 * staff-app issue replaces it. The token is kept in memory only, never stored. Opened from an
 * alert or digest link (`#feedback=<id>`), it highlights that submission and moves focus to it.
 *
 * @tag yyg-staff-inbox
 *
 * @attr api - Base URL of the API. Defaults to the page's own origin.
 * @attr page-size - Items per page (1 to 500). Default 50.
 *
 * @csspart error-summary - The "There is a problem" box.
 * @csspart table - The region holding the feedback table.
 *
 * @cssproperty --yyg-color-primary - Buttons and links. Default NHS blue `#005eb8`.
 * @cssproperty --yyg-color-focus - The focus highlight. Default NHS yellow `#ffeb3b`.
 */
export class YygStaffInbox extends LitElement {
  static override styles = staffInboxStyles;

  /** Base URL of the API; empty means this page's origin. */
  @property() api = '';

  /** How many items to fetch per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  @state() private token = '';
  @state() private practice = '';
  @state() private problems: Problem[] = [];
  @state() private items: StaffFeedbackItem[] | null = null;
  @state() private hasMore = false;
  @state() private loading = false;
  @state() private announcement = '';
  /** The submission an email linked to, read once when the page opens. */
  private readonly linkedId = linkedFeedbackId();

  @query('.error-summary') private errorSummary?: HTMLElement;
  @query('#results-title') private resultsTitle?: HTMLElement;

  private get access() {
    return { apiBase: this.api, token: this.token };
  }

  private async focusAfterRender(target: () => HTMLElement | null | undefined): Promise<void> {
    await this.updateComplete;
    target()?.focus();
  }

  private async showProblems(problems: Problem[]): Promise<void> {
    this.problems = problems;
    return this.focusAfterRender(() => this.errorSummary);
  }

  private problemFrom(error: unknown): Problem {
    if (error instanceof StaffApiError && error.status === 401) {
      return { field: 'token', message: 'The staff token was not accepted: check it and try again' };
    }
    if (error instanceof StaffApiError && error.status === 404) {
      return { field: 'practice', message: `No practice has the code ${this.practice}` };
    }
    return { field: null, message: 'The feedback could not be loaded. Try again in a few minutes' };
  }

  private async onSignIn(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const token = String(form.get('token') ?? '').trim();
    const practice = String(form.get('practice') ?? '')
      .trim()
      .toUpperCase();
    const problems: Problem[] = [];
    if (!token) problems.push({ field: 'token', message: 'Enter your staff token' });
    if (!practice) problems.push({ field: 'practice', message: 'Enter the practice code' });
    else if (!ODS_CODE.test(practice)) {
      problems.push({ field: 'practice', message: 'Enter a practice code in the right format, like C82001' });
    }
    if (problems.length) return this.showProblems(problems);
    this.token = token;
    this.practice = practice;
    await this.load('first');
  }

  /** Load the newest page (`first`) or the page after the oldest item shown (`more`). */
  private async load(which: 'first' | 'more'): Promise<void> {
    if (this.loading) return;
    this.loading = true;
    const shown = which === 'more' ? (this.items ?? []) : [];
    const before = shown.at(-1)?.receivedAt;
    try {
      const page = await listFeedback(this.access, this.practice, { limit: this.pageSize, before });
      const known = new Set(shown.map((item) => item.id));
      const fresh = page.filter((item) => !known.has(item.id));
      const wasSignedIn = this.items !== null;
      this.items = [...shown, ...fresh].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
      this.hasMore = page.length === this.pageSize;
      this.problems = [];
      this.announcement =
        which === 'more' ? `${fresh.length} more shown, ${this.items.length} in all` : this.captionText;
      if (which === 'more' && fresh.length) {
        return this.focusAfterRender(() =>
          this.renderRoot.querySelector<HTMLElement>(`tr[data-id="${fresh[0].id}"] th`),
        );
      }
      if (!wasSignedIn) {
        const linked = () => this.renderRoot.querySelector<HTMLElement>(`tr.row--linked th`);
        return this.focusAfterRender(() => linked() ?? this.resultsTitle);
      }
    } catch (error) {
      // A token refused mid-session (changed on the server) sends the reader back to sign in.
      if (error instanceof StaffApiError && error.status === 401) this.items = null;
      return this.showProblems([this.problemFrom(error)]);
    } finally {
      this.loading = false;
    }
  }

  private signOut(): void {
    this.token = '';
    this.items = null;
    this.problems = [];
    this.announcement = 'Signed out';
    void this.focusAfterRender(() => this.renderRoot.querySelector<HTMLElement>(`#${FIELD_IDS.token}`));
  }

  private focusField(event: Event, field: Field): void {
    // A #fragment link would be looked up in the page, not in this shadow root.
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${FIELD_IDS[field]}`)?.focus();
  }

  private get captionText(): string {
    const count = this.items?.length ?? 0;
    if (count === 0) return 'No feedback yet for this practice';
    return `${count} ${count === 1 ? 'item' : 'items'}, newest first`;
  }

  private renderErrorSummary() {
    return html`<div class="error-summary" part="error-summary" tabindex="-1">
      <div role="alert">
        <h2>There is a problem</h2>
        <ul>
          ${this.problems.map(({ field, message }) =>
            field
              ? html`<li>
                  <a href="#${FIELD_IDS[field]}" @click=${(e: Event) => this.focusField(e, field)}>${message}</a>
                </li>`
              : html`<li>${message}</li>`,
          )}
        </ul>
      </div>
    </div>`;
  }

  private renderField(field: Field, label: string, hint: string, input: (describedBy: string) => unknown) {
    const problem = this.problems.find((p) => p.field === field);
    const id = FIELD_IDS[field];
    const describedBy = `${id}-hint${problem ? ` ${id}-error` : ''}`;
    return html`<div class="group ${problem ? 'group--error' : ''}">
      <label for=${id}>${label}</label>
      <div class="hint" id="${id}-hint">${hint}</div>
      ${
        problem
          ? html`<p class="error-message" id="${id}-error">
              <span class="visually-hidden">Error:</span> ${problem.message}
            </p>`
          : nothing
      }
      ${input(describedBy)}
    </div>`;
  }

  private renderSignIn() {
    const invalid = (field: Field) => (this.problems.some((p) => p.field === field) ? 'true' : 'false');
    return html`<form novalidate @submit=${this.onSignIn}>
      ${this.renderField(
        'token',
        'Staff token',
        'The token you were given to read feedback',
        (describedBy) =>
          html`<input
            id="staff-token"
            name="token"
            type="password"
            autocomplete="off"
            spellcheck="false"
            aria-describedby=${describedBy}
            aria-invalid=${invalid('token')}
          />`,
      )}
      ${this.renderField(
        'practice',
        'Practice code',
        'The practice’s ODS code, for example C82001',
        (describedBy) =>
          html`<input
            id="practice-code"
            name="practice"
            class="input--code"
            autocomplete="off"
            spellcheck="false"
            .value=${this.practice}
            aria-describedby=${describedBy}
            aria-invalid=${invalid('practice')}
          />`,
      )}
      <button type="submit" aria-disabled=${this.loading ? 'true' : 'false'}>Show feedback</button>
    </form>`;
  }

  private renderInbox(items: StaffFeedbackItem[]) {
    const busy = this.loading ? 'true' : 'false';
    return html`<h2 id="results-title" tabindex="-1">Feedback for ${this.practice}</h2>
      <div class="actions">
        <button type="button" aria-disabled=${busy} @click=${() => void this.load('first')}>Refresh</button>
        <button type="button" class="secondary" @click=${this.signOut}>Sign out</button>
      </div>
      ${
        items.length
          ? feedbackTable(items, this.captionText, this.loading, this.linkedId)
          : html`<p>${this.captionText}.</p>`
      }
      ${
        this.hasMore
          ? html`<button
              type="button"
              class="secondary load-more"
              aria-disabled=${busy}
              @click=${() => void this.load('more')}
            >
              Load more
            </button>`
          : nothing
      }`;
  }

  protected override render() {
    return html`<div class="visually-hidden" role="status">${this.announcement}</div>
      ${this.problems.length ? this.renderErrorSummary() : nothing}
      ${this.items ? this.renderInbox(this.items) : this.renderSignIn()}`;
  }
}
