import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { StaffApiError } from '../../api/staff-api.error.js';
import type { InvitationView } from '../../api/staff-types.js';
import { roleLabel } from '../../shared/labels.js';
import { StaffView } from '../../shared/staff-view.js';

const PASSWORD = 'invite-password';
/** The server's rule (domain/staff/password.ts); it has the last word on "well-known". */
const PASSWORD_MIN = 12;

type Phase = 'checking' | 'ready' | 'gone' | 'unknown' | 'failed';

/**
 * Accept an invitation from its emailed link (`#/invite/<token>`): check the token, show whose it
 * is, and set a password with the rules shown before typing. Accepting signs in at once.
 *
 * @tag yyg-invite
 * @event yyg-signed-in - `detail` is the session; bubbles and is composed.
 */
export class YygInvite extends StaffView {
  @property() token = '';
  @state() private phase: Phase = 'checking';
  @state() private invitation: InvitationView | null = null;
  @state() private busy = false;
  @state() private showPassword = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('token')) void this.check();
  }

  private async check(): Promise<void> {
    this.phase = 'checking';
    this.invitation = null;
    try {
      this.invitation = await this.client.checkInvitation(this.token);
      this.phase = 'ready';
    } catch (error) {
      const status = error instanceof StaffApiError ? error.status : null;
      this.phase = status === 410 ? 'gone' : status === 404 || status === 422 ? 'unknown' : 'failed';
    }
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const password = String(new FormData(event.target as HTMLFormElement).get('password') ?? '');
    if (!password) return this.showProblems([{ field: PASSWORD, message: 'Enter a password' }]);
    if (password.length < PASSWORD_MIN) {
      return this.showProblems([{ field: PASSWORD, message: `Password must be at least ${PASSWORD_MIN} characters` }]);
    }
    this.busy = true;
    try {
      const session = await this.client.acceptInvitation(this.token, password);
      this.problems = [];
      this.dispatchEvent(new CustomEvent('yyg-signed-in', { detail: session, bubbles: true, composed: true }));
    } catch (error) {
      if (error instanceof StaffApiError && error.status === 410) {
        this.phase = 'gone';
        this.problems = [];
        return;
      }
      await this.showProblems(this.problemsFrom(error, { password: PASSWORD, token: PASSWORD }));
    } finally {
      this.busy = false;
    }
  }

  private renderForm(invitation: InvitationView) {
    return html`<dl class="summary">
        <dt>Name</dt>
        <dd>${invitation.name}</dd>
        <dt>Email address</dt>
        <dd>${invitation.email}</dd>
        <dt>Role</dt>
        <dd>${roleLabel(invitation.role)}</dd>
      </dl>
      <form novalidate @submit=${this.onSubmit}>
        <div class="group ${this.problemFor(PASSWORD) ? 'group--error' : ''}">
          <label for=${PASSWORD}>Choose a password</label>
          <div class="hint" id="${PASSWORD}-hint">
            <p>Your password must:</p>
            <ul>
              <li>be at least ${PASSWORD_MIN} characters long</li>
              <li>not be a well-known password, like <q>password123456</q></li>
            </ul>
            <p>Three or four random words together make a good one.</p>
          </div>
          ${this.errorMessage(PASSWORD)}
          <input
            id=${PASSWORD}
            name="password"
            type=${this.showPassword ? 'text' : 'password'}
            autocomplete="new-password"
            spellcheck="false"
            aria-describedby=${this.describedBy(PASSWORD)}
            aria-invalid=${this.invalid(PASSWORD)}
          />
        </div>
        <div class="choice">
          <input
            id="invite-show-password"
            type="checkbox"
            .checked=${this.showPassword}
            @change=${(e: Event) => (this.showPassword = (e.target as HTMLInputElement).checked)}
          />
          <label for="invite-show-password">Show password</label>
        </div>
        <button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>Set password and sign in</button>
      </form>`;
  }

  private renderPhase() {
    switch (this.phase) {
      case 'checking':
        return html`<p role="status">Checking your invitation…</p>`;
      case 'ready':
        return this.invitation ? this.renderForm(this.invitation) : nothing;
      case 'gone':
        return html`<div class="callout">
          <p>This invitation has expired or has already been used.</p>
          <p>
            Ask your ICB administrator to send you a new one. If you have set your password already,
            <a href="#/">sign in</a>.
          </p>
        </div>`;
      case 'unknown':
        return html`<div class="callout">
          <p>
            This invitation link is not right. Check you copied the whole link from the email, or ask your ICB
            administrator to send a new one.
          </p>
        </div>`;
      default:
        return html`<div class="callout callout--error">
          <p>Your invitation could not be checked. Try again in a few minutes.</p>
        </div>`;
    }
  }

  protected override render() {
    return html`<h1 tabindex="-1">Set up your account</h1>
      ${this.renderErrorSummary()} ${this.renderPhase()}`;
  }
}
