import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { PRACTICE_SCOPED_ROLES, STAFF_ROLES } from '../../../../backend/src/domain/staff/roles.js';
import type { StaffUserView } from '../../api/staff-types.js';
import { ukDateTime } from '../../shared/format.js';
import { roleLabel } from '../../shared/labels.js';
import { StaffView, type Problem } from '../../shared/staff-view.js';

const FIELDS = { email: 'user-email', name: 'user-name', role: 'user-role', practiceCodes: 'user-practices' };
const STATUS_TEXT: Record<string, string> = { invited: 'Invited', active: 'Active', disabled: 'Disabled' };
const STATUS_CLASS: Record<string, string> = { invited: 'tag--yellow', active: 'tag--green', disabled: 'tag--grey' };

/** "C82001, c82002 C82003" → ["C82001", "C82002", "C82003"]; `*` kept for every practice. */
export function parsePracticeCodes(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((c) => c.trim().toUpperCase())
        .filter(Boolean),
    ),
  ];
}

/**
 * Staff accounts (ICB administrators): who has access, invite someone, disable or enable an
 * account, send a fresh invitation.
 *
 * @tag yyg-users
 */
export class YygUsers extends StaffView {
  @state() private users: StaffUserView[] | null = null;
  @state() private failed = '';
  @state() private busy = false;
  @state() private inviteRole = 'practice-manager';
  @state() private done = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.users = await this.client.users();
      this.failed = '';
    } catch (error) {
      this.failed = this.problemsFrom(error, {}, 'The list of users could not be loaded.')
        .map((p) => p.message)
        .join(' ');
    }
  }

  private async onInvite(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const email = String(data.get('email') ?? '').trim();
    const name = String(data.get('name') ?? '').trim();
    const role = String(data.get('role') ?? '');
    const practiceCodes = PRACTICE_SCOPED_ROLES.includes(role as never)
      ? parsePracticeCodes(String(data.get('practices') ?? ''))
      : [];
    const problems: Problem[] = [];
    if (!email) problems.push({ field: FIELDS.email, message: 'Enter their email address' });
    if (!name) problems.push({ field: FIELDS.name, message: 'Enter their name' });
    if (PRACTICE_SCOPED_ROLES.includes(role as never) && !practiceCodes.length) {
      problems.push({ field: FIELDS.practiceCodes, message: 'Enter the practice codes they work for, like C82001' });
    }
    if (problems.length) return this.showProblems(problems);
    this.busy = true;
    try {
      const user = await this.client.inviteUser({ email, name, role, practiceCodes });
      form.reset();
      this.inviteRole = 'practice-manager';
      this.problems = [];
      this.done = `Invitation sent to ${user.email}.`;
      await this.load();
      await this.focusAfterRender('#users-done');
    } catch (error) {
      await this.showProblems(this.problemsFrom(error, FIELDS));
    } finally {
      this.busy = false;
    }
  }

  private async setStatus(user: StaffUserView, status: 'active' | 'disabled'): Promise<void> {
    try {
      await this.client.updateUser(user.id, { status });
      this.done = status === 'disabled' ? `${user.name} can no longer sign in.` : `${user.name} can sign in again.`;
      await this.load();
    } catch (error) {
      await this.showProblems(this.problemsFrom(error));
    }
  }

  private async reinvite(user: StaffUserView): Promise<void> {
    try {
      await this.client.reinvite(user.id);
      this.done = `A new invitation was sent to ${user.email}.`;
    } catch (error) {
      await this.showProblems(this.problemsFrom(error));
    }
  }

  private renderRow(user: StaffUserView) {
    const self = user.id === this.user?.id;
    return html`<tr>
      <th scope="row">${user.name}${self ? html` <span class="muted">(you)</span>` : nothing}</th>
      <td>${user.email}</td>
      <td>${roleLabel(user.role)}</td>
      <td>
        ${user.practiceCodes.length ? user.practiceCodes.join(', ').replace('*', 'All practices') : 'All (ICB-wide)'}
      </td>
      <td>
        <strong class="tag ${STATUS_CLASS[user.status] ?? 'tag--grey'}"
          >${STATUS_TEXT[user.status] ?? user.status}</strong
        >
      </td>
      <td>${user.lastSignInAt ? ukDateTime(user.lastSignInAt) : 'Never'}</td>
      <td>
        ${
          self
            ? nothing
            : user.status === 'disabled'
              ? html`<button type="button" class="secondary" @click=${() => this.setStatus(user, 'active')}>
                  Enable<span class="visually-hidden"> ${user.name}</span>
                </button>`
              : html`<button type="button" class="warning" @click=${() => this.setStatus(user, 'disabled')}>
                  Disable<span class="visually-hidden"> ${user.name}</span>
                </button>`
        }
        ${
          user.status === 'invited'
            ? html`<button type="button" class="secondary" @click=${() => this.reinvite(user)}>
                Send new invitation<span class="visually-hidden"> to ${user.name}</span>
              </button>`
            : nothing
        }
      </td>
    </tr>`;
  }

  private renderField(id: string, label: string, input: unknown, hint = '') {
    return html`<div class="group ${this.problemFor(id) ? 'group--error' : ''}">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing} ${this.errorMessage(id)} ${input}
    </div>`;
  }

  private renderInvite() {
    const scoped = PRACTICE_SCOPED_ROLES.includes(this.inviteRole as never);
    return html`<section class="card" aria-labelledby="invite-title">
      <h2 id="invite-title">Invite someone</h2>
      <p>They get an email with a link to set their password. The link works for a limited time.</p>
      <form novalidate @submit=${this.onInvite}>
        ${this.renderField(
          FIELDS.name,
          'Full name',
          html`<input
            id=${FIELDS.name}
            name="name"
            type="text"
            autocomplete="off"
            aria-invalid=${this.invalid(FIELDS.name)}
            aria-describedby=${this.describedBy(FIELDS.name, false) || nothing}
          />`,
        )}
        ${this.renderField(
          FIELDS.email,
          'Email address',
          html`<input
            id=${FIELDS.email}
            name="email"
            type="email"
            autocomplete="off"
            spellcheck="false"
            aria-invalid=${this.invalid(FIELDS.email)}
            aria-describedby=${this.describedBy(FIELDS.email)}
          />`,
          'Their NHSmail or work address',
        )}
        ${this.renderField(
          FIELDS.role,
          'Role',
          html`<select
            id=${FIELDS.role}
            name="role"
            aria-invalid=${this.invalid(FIELDS.role)}
            aria-describedby=${this.describedBy(FIELDS.role, false) || nothing}
            @change=${(e: Event) => (this.inviteRole = (e.target as HTMLSelectElement).value)}
          >
            ${STAFF_ROLES.map((r) => html`<option value=${r} ?selected=${r === this.inviteRole}>${roleLabel(r)}</option>`)}
          </select>`,
        )}
        ${
          scoped
            ? this.renderField(
                FIELDS.practiceCodes,
                'Practices',
                html`<input
                  id=${FIELDS.practiceCodes}
                  name="practices"
                  type="text"
                  autocomplete="off"
                  spellcheck="false"
                  aria-invalid=${this.invalid(FIELDS.practiceCodes)}
                  aria-describedby=${this.describedBy(FIELDS.practiceCodes)}
                />`,
                'ODS codes separated by commas, like C82001, C82002. For a moderator of every practice, enter *.',
              )
            : nothing
        }
        <button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>Send invitation</button>
      </form>
    </section>`;
  }

  protected override render() {
    return html`<h1 tabindex="-1">Users</h1>
      ${this.renderErrorSummary()}
      <div id="users-done" tabindex="-1" role="status">
        ${this.done ? html`<div class="callout callout--success"><p>${this.done}</p></div>` : nothing}
      </div>
      ${this.failed ? html`<div class="callout callout--error"><p>${this.failed}</p></div>` : nothing}
      ${this.users === null && !this.failed ? html`<p>Loading…</p>` : nothing}
      ${
        this.users
          ? html`<div class="table-scroll" role="region" aria-labelledby="users-caption" tabindex="0">
              <table>
                <caption id="users-caption">
                  ${this.users.length} ${this.users.length === 1 ? 'person' : 'people'} with access
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Email</th>
                    <th scope="col">Role</th>
                    <th scope="col">Practices</th>
                    <th scope="col">Status</th>
                    <th scope="col">Last signed in</th>
                    <th scope="col"><span class="visually-hidden">Actions</span></th>
                  </tr>
                </thead>
                <tbody>
                  ${this.users.map((u) => this.renderRow(u))}
                </tbody>
              </table>
            </div>`
          : nothing
      }
      ${this.renderInvite()}`;
  }
}
