import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { AuditEntryView, ChainCheckView } from '../../api/staff-types.js';
import { routeHash } from '../../app/router.js';
import { ukDateTime } from '../../shared/format.js';
import { actionLabel, roleLabel } from '../../shared/labels.js';
import { StaffView } from '../../shared/staff-view.js';

const PAGE_SIZE = 50;

/** A link to what an entry is about, when the app has a page for it. */
function target(entry: AuditEntryView) {
  const text = `${entry.targetType} ${entry.targetId}`;
  if (entry.targetType === 'feedback') return html`<a href=${routeHash('feedback', entry.targetId)}>${text}</a>`;
  if (entry.targetType === 'practice') return html`<a href=${routeHash('practice', entry.targetId)}>${text}</a>`;
  return text;
}

/**
 * The audit log, newest first, a page at a time. Administrators see every entry and can check
 * the hash chain; practice managers see their practices' entries.
 *
 * @tag yyg-audit
 */
export class YygAudit extends StaffView {
  @state() private entries: AuditEntryView[] = [];
  @state() private loading = true;
  @state() private failed = '';
  /** Cursors of the pages seen, so "Newer entries" can go back. The first page has none. */
  @state() private cursors: (number | string | null)[] = [null];
  @state() private next: number | string | null = null;
  /** Staff names by id, for administrators (who may list users); others see the id. */
  @state() private names = new Map<string, string>();
  @state() private check: ChainCheckView | null = null;
  @state() private checking = false;
  @state() private announcement = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
    if (this.can('users:manage')) {
      this.client.users().then(
        (users) => (this.names = new Map(users.map((u) => [u.id, u.name]))),
        () => undefined,
      );
    }
  }

  private async load(): Promise<void> {
    this.loading = true;
    this.failed = '';
    try {
      const page = await this.client.audit({ before: this.cursors.at(-1) ?? null, limit: PAGE_SIZE });
      this.entries = page.items;
      this.next = page.next;
      this.announcement = `Page ${this.cursors.length}: ${page.items.length} ${page.items.length === 1 ? 'entry' : 'entries'}`;
    } catch (error) {
      this.failed = this.problemsFrom(error, {}, 'The audit log could not be loaded.')
        .map((p) => p.message)
        .join(' ');
    } finally {
      this.loading = false;
    }
  }

  private async page(by: 1 | -1): Promise<void> {
    if (by === 1 && this.next) this.cursors = [...this.cursors, this.next];
    if (by === -1 && this.cursors.length > 1) this.cursors = this.cursors.slice(0, -1);
    await this.load();
    await this.focusAfterRender('#audit-table');
  }

  private async verify(): Promise<void> {
    this.checking = true;
    this.check = null;
    try {
      this.check = await this.client.verifyAudit();
    } catch (error) {
      await this.showProblems(this.problemsFrom(error, {}, 'The chain could not be checked.'));
    } finally {
      this.checking = false;
    }
  }

  private renderCheck() {
    if (this.user?.role !== 'icb-admin') return nothing;
    const c = this.check;
    return html`<section aria-labelledby="chain-title" class="card">
      <h2 id="chain-title">Check the chain</h2>
      <p>
        Each entry carries a fingerprint of the one before it, so a changed, removed or reordered entry breaks the
        chain.
      </p>
      <button
        type="button"
        class="secondary"
        aria-disabled=${this.checking ? 'true' : 'false'}
        @click=${() => !this.checking && this.verify()}
      >
        Check the chain
      </button>
      <div role="status">
        ${this.checking ? html`<p>Checking…</p>` : nothing}
        ${
          c
            ? c.ok
              ? html`<div class="callout callout--success">
                  <p>The chain is whole: ${c.checked.toLocaleString('en-GB')} entries checked.</p>
                </div>`
              : html`<div class="callout callout--error">
                  <p><strong>The chain is broken at entry ${c.brokenAt}</strong>: ${c.problem}.</p>
                  <p>
                    ${c.checked.toLocaleString('en-GB')} entries before it are whole. Tell your information governance
                    lead.
                  </p>
                </div>`
            : nothing
        }
      </div>
    </section>`;
  }

  protected override render() {
    return html`<h1 tabindex="-1">Audit log</h1>
      ${this.renderErrorSummary()} ${this.renderCheck()}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${this.failed ? html`<div class="callout callout--error"><p>${this.failed}</p></div>` : nothing}
      ${this.loading && !this.entries.length ? html`<p>Loading…</p>` : nothing}
      ${!this.loading && !this.entries.length && !this.failed ? html`<p>There are no entries yet.</p>` : nothing}
      ${
        this.entries.length
          ? html`<div class="table-scroll" id="audit-table" role="region" aria-labelledby="audit-caption" tabindex="0">
              <table aria-busy=${this.loading ? 'true' : 'false'}>
                <caption id="audit-caption">
                  Audit entries, newest first (page ${this.cursors.length})
                </caption>
                <thead>
                  <tr>
                    <th scope="col" class="number">No.</th>
                    <th scope="col">When</th>
                    <th scope="col">Who</th>
                    <th scope="col">Role</th>
                    <th scope="col">Action</th>
                    <th scope="col">Target</th>
                    <th scope="col">From where</th>
                  </tr>
                </thead>
                <tbody>
                  ${this.entries.map(
                    (e) =>
                      html`<tr>
                        <td class="number">${e.seq}</td>
                        <td>${ukDateTime(e.at)}</td>
                        <td>${e.actorName ?? this.names.get(e.actorId) ?? e.actorId}</td>
                        <td>${roleLabel(e.actorRole)}</td>
                        <td>${actionLabel(e.action)}</td>
                        <td>
                          ${target(e)}${e.practiceCode && e.targetType !== 'practice' ? ` (${e.practiceCode})` : ''}
                        </td>
                        <td>${e.ip ?? 'Not known'}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : nothing
      }
      <nav class="actions" aria-label="Audit log pages">
        ${this.cursors.length > 1 ? html`<button type="button" class="secondary" @click=${() => this.page(-1)}>Newer entries</button>` : nothing}
        ${this.next ? html`<button type="button" class="secondary" @click=${() => this.page(1)}>Older entries</button>` : nothing}
      </nav>`;
  }
}
