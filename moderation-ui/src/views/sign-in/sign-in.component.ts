import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { StaffApiError } from '../../api/staff-api.error.js';
import type { SessionView } from '../../api/staff-types.js';
import { retryWhen } from '../../shared/format.js';
import { StaffView, type Problem } from '../../shared/staff-view.js';

const EMAIL = 'sign-in-email';
const PASSWORD = 'sign-in-password';

/**
 * Sign in with email and password. A wrong pair gets one answer whichever was wrong; a locked
 * account is told when it may try again.
 *
 * @tag yyg-sign-in
 * @event yyg-signed-in - `detail` is the session; bubbles and is composed.
 */
export class YygSignIn extends StaffView {
  /** Why they are here: "Your session ended", "You have signed out". */
  @property() notice = '';
  @state() private busy = false;
  @state() private email = '';

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const form = new FormData(event.target as HTMLFormElement);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    this.email = email;
    const problems: Problem[] = [];
    if (!email) problems.push({ field: EMAIL, message: 'Enter your email address' });
    else if (!/^[^\s@]+@[^\s@]+$/.test(email)) {
      problems.push({
        field: EMAIL,
        message: 'Enter an email address in the correct format, like name@example.nhs.uk',
      });
    }
    if (!password) problems.push({ field: PASSWORD, message: 'Enter your password' });
    if (problems.length) return this.showProblems(problems);
    this.busy = true;
    try {
      const session: SessionView = await this.client.signIn(email, password);
      this.problems = [];
      this.dispatchEvent(new CustomEvent('yyg-signed-in', { detail: session, bubbles: true, composed: true }));
    } catch (error) {
      // As NHS.UK sign-in pages do: a refused password is not left in the field.
      const field = this.renderRoot.querySelector<HTMLInputElement>(`#${PASSWORD}`);
      if (field) field.value = '';
      await this.showProblems(this.signInProblems(error));
    } finally {
      this.busy = false;
    }
  }

  private signInProblems(error: unknown): Problem[] {
    if (error instanceof StaffApiError && error.status === 401) {
      return [{ field: EMAIL, message: 'Enter a correct email address and password' }];
    }
    if (error instanceof StaffApiError && error.status === 429) {
      const when = error.retryAfterSeconds ? retryWhen(error.retryAfterSeconds) : 'later';
      return [
        {
          field: null,
          message: `There have been too many attempts to sign in to this account, so it is locked for now. Try again ${when}.`,
        },
      ];
    }
    return this.problemsFrom(error, { email: EMAIL, password: PASSWORD });
  }

  protected override render() {
    return html`<h1 tabindex="-1">Sign in</h1>
      ${this.notice ? html`<div class="callout" role="status"><p>${this.notice}</p></div>` : nothing}
      ${this.renderErrorSummary()}
      <p class="lede">Sign in to read, moderate and answer feedback about GP practices.</p>
      <form novalidate @submit=${this.onSubmit}>
        <div class="group ${this.problemFor(EMAIL) ? 'group--error' : ''}">
          <label for=${EMAIL}>Email address</label>
          <p class="hint" id="${EMAIL}-hint">The address your invitation was sent to</p>
          ${this.errorMessage(EMAIL)}
          <input
            id=${EMAIL}
            name="email"
            type="email"
            autocomplete="username"
            spellcheck="false"
            .value=${this.email}
            aria-describedby=${this.describedBy(EMAIL)}
            aria-invalid=${this.invalid(EMAIL)}
          />
        </div>
        <div class="group ${this.problemFor(PASSWORD) ? 'group--error' : ''}">
          <label for=${PASSWORD}>Password</label>
          ${this.errorMessage(PASSWORD)}
          <input
            id=${PASSWORD}
            name="password"
            type="password"
            autocomplete="current-password"
            aria-describedby=${this.describedBy(PASSWORD, false) || nothing}
            aria-invalid=${this.invalid(PASSWORD)}
          />
        </div>
        <button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>Sign in</button>
      </form>
      <p class="muted">
        Forgotten your password or need an account? Ask your ICB administrator for a new invitation.
      </p>`;
  }
}
