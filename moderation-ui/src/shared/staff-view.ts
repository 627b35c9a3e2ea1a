import { LitElement, html, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { StaffApiError, type FieldProblem } from '../api/staff-api.error.js';
import type { StaffClient } from '../api/staff-client.js';
import type { StaffUserView, StaffAction } from '../api/staff-types.js';
import { staffStyles } from './staff.styles.js';

/** One problem for the error summary; `field` is the id of the input it links to, if any. */
export interface Problem {
  field: string | null;
  message: string;
}

/**
 * What every view shares: the API client and signed-in user from the app, an `<h1>` the app
 * moves focus to on navigation, and an NHS.UK error summary that takes focus when it appears and
 * links to the fields it names.
 */
export class StaffView extends LitElement {
  static override styles: CSSResultGroup = [staffStyles];

  @property({ attribute: false }) client!: StaffClient;
  @property({ attribute: false }) user: StaffUserView | null = null;

  @state() protected problems: Problem[] = [];

  /** Move focus to the view's heading, after the app has put the view on screen. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  protected can(action: StaffAction): boolean {
    return this.user?.permissions.includes(action) ?? false;
  }

  protected async focusAfterRender(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  protected async showProblems(problems: Problem[]): Promise<void> {
    this.problems = problems;
    if (problems.length) await this.focusAfterRender('.error-summary');
  }

  /**
   * The problems an API error means. A 401 is handled by the app (back to sign in), so it shows
   * nothing here. `fieldIds` maps the API's field names (or their first part) to input ids.
   */
  protected problemsFrom(error: unknown, fieldIds: Record<string, string> = {}, fallback?: string): Problem[] {
    if (!(error instanceof StaffApiError))
      return [{ field: null, message: fallback ?? 'Something went wrong. Try again.' }];
    if (error.status === 401) return [];
    if (error.fields.length) {
      return error.fields.map((f: FieldProblem) => {
        const id = fieldIds[f.field] ?? fieldIds[f.field.split(/[.[]/)[0]] ?? null;
        const name = f.field === '(body)' || f.field === 'body' ? '' : `${f.field} `;
        return { field: id, message: id ? sentence(f.problem, fieldLabel(f.field)) : `${name}${f.problem}` };
      });
    }
    if (error.status === 403) return [{ field: null, message: 'You do not have permission to do that.' }];
    if (error.status === null) return [{ field: null, message: error.message }];
    if (error.status >= 500)
      return [{ field: null, message: fallback ?? 'Something went wrong on our side. Try again later.' }];
    return [{ field: null, message: error.message }];
  }

  protected problemFor(field: string): Problem | undefined {
    return this.problems.find((p) => p.field === field);
  }

  /** `aria-describedby` for an input: its hint, and its error when there is one. */
  protected describedBy(field: string, hint = true): string {
    return [hint ? `${field}-hint` : '', this.problemFor(field) ? `${field}-error` : ''].filter(Boolean).join(' ');
  }

  protected invalid(field: string): 'true' | 'false' {
    return this.problemFor(field) ? 'true' : 'false';
  }

  protected errorMessage(field: string): TemplateResult | typeof nothing {
    const problem = this.problemFor(field);
    return problem
      ? html`<p class="error-message" id="${field}-error">
          <span class="visually-hidden">Error:</span> ${problem.message}
        </p>`
      : nothing;
  }

  private focusField(event: Event, field: string): void {
    // A #fragment link would change the route; focus the field in this shadow root instead.
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(field)}`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  }

  protected renderErrorSummary(): TemplateResult | typeof nothing {
    if (!this.problems.length) return nothing;
    return html`<div class="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
      <div role="alert">
        <h2 id="error-summary-title">There is a problem</h2>
        <ul>
          ${this.problems.map(({ field, message }) =>
            field
              ? html`<li><a href="#${field}" @click=${(e: Event) => this.focusField(e, field)}>${message}</a></li>`
              : html`<li>${message}</li>`,
          )}
        </ul>
      </div>
    </div>`;
  }
}

function fieldLabel(field: string): string {
  return field
    .replace(/\./g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

/** "password" + "must be at least 12 characters" → "Password must be at least 12 characters". */
function sentence(problem: string, label: string): string {
  const text = /^(must|is|are|should|cannot|may)\b/.test(problem) ? `${label} ${problem}` : problem;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
