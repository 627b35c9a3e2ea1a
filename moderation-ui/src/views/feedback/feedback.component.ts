import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { StaffApiError } from '../../api/staff-api.error.js';
import type { AuditEntryView, FeedbackDetail, FeedbackItem } from '../../api/staff-types.js';
import { routeHash } from '../../app/router.js';
import {
  channelText,
  commentParagraph,
  comments,
  flagTags,
  languageText,
  markedText,
  ratingText,
  receivedText,
  statusTag,
  topicTags,
} from '../../shared/feedback-bits.js';
import { ukDateTime } from '../../shared/format.js';
import { actionLabel, NOT_PUBLISHED_REASON_LABELS, roleLabel, STATUS_LABELS } from '../../shared/labels.js';
import { StaffView } from '../../shared/staff-view.js';
import { staffStyles } from '../../shared/staff.styles.js';
import { moderationStyles } from './moderation.styles.js';

type Notice = { kind: 'success' | 'warning' | 'error'; text: string } | null;

/** "in review → published", from an audit entry's before and after, when they carry a status. */
function change(entry: AuditEntryView): string {
  const status = (v: unknown) =>
    v && typeof v === 'object' && 'status' in v ? String((v as { status: unknown }).status) : null;
  const [from, to] = [status(entry.before), status(entry.after)];
  const label = (s: string) => (STATUS_LABELS as Record<string, string>)[s] ?? s;
  if (from && to && from !== to) return `${label(from)} → ${label(to)}`;
  if (to) return label(to);
  return '';
}

/**
 * One feedback item: its comments (redacted; the patient's own words behind a toggle for those
 * who may read them), tags and flags, contact details when given, the moderation panel, replies
 * and notes, and its history from the audit log.
 *
 * @tag yyg-feedback-item
 * @event yyg-title - `detail` is a better page title once the item is loaded. Bubbles, composed.
 */
export class YygFeedbackItem extends StaffView {
  static override styles = [staffStyles, moderationStyles];

  @property() feedbackId = '';
  @state() private detail: FeedbackDetail | null = null;
  @state() private failed = '';
  @state() private showOriginal = false;
  @state() private notice: Notice = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('feedbackId') && this.feedbackId) {
      this.detail = null;
      this.notice = null;
      this.showOriginal = false;
      void this.load();
    }
  }

  private async load(): Promise<void> {
    this.failed = '';
    try {
      this.detail = await this.client.feedback(this.feedbackId);
      this.dispatchEvent(
        new CustomEvent('yyg-title', {
          detail: `Feedback from ${receivedText(this.detail.item)}`,
          bubbles: true,
          composed: true,
        }),
      );
    } catch (error) {
      if (error instanceof StaffApiError && error.status === 404)
        this.failed = 'There is no feedback with this link, or it is for a practice you cannot see.';
      else
        this.failed = this.problemsFrom(error, {}, 'This feedback could not be loaded. Try again in a few minutes.')
          .map((p) => p.message)
          .join(' ');
    }
  }

  private async afterChange(notice: Notice): Promise<void> {
    await this.load();
    this.notice = notice;
    await this.focusAfterRender('#notice');
  }

  private onModerated(event: CustomEvent<{ status: string }>): void {
    const label = (STATUS_LABELS as Record<string, string>)[event.detail.status] ?? event.detail.status;
    void this.afterChange({ kind: 'success', text: `Saved. This feedback is now: ${label}.` });
  }

  private onConflict(): void {
    void this.afterChange({
      kind: 'warning',
      text: 'Someone else changed this feedback while you were looking at it. It has been reloaded with their changes: check it, then make your change again.',
    });
  }

  private renderComments(item: FeedbackItem) {
    const original = item.original;
    return html`<section aria-labelledby="comments-title">
      <h2 id="comments-title">${this.showOriginal ? 'What the patient wrote' : 'Comments'}</h2>
      ${
        original
          ? html`<p>
                <button
                  type="button"
                  class="secondary"
                  aria-pressed=${this.showOriginal ? 'true' : 'false'}
                  @click=${() => (this.showOriginal = !this.showOriginal)}
                >
                  Show the patient’s original words
                </button>
              </p>
              <p class="hint">
                ${
                  this.showOriginal
                    ? 'You are reading the original, before names and details were removed. Do not copy it anywhere public.'
                    : 'Shown with names, numbers and addresses removed.'
                }
              </p>`
          : nothing
      }
      <div class="card comments">
        ${
          this.showOriginal && original
            ? original.map((c) => commentParagraph(c.question, markedText(c.text, c.highlights)))
            : comments(item)
        }
      </div>
    </section>`;
  }

  private renderFacts(item: FeedbackItem) {
    const contact = item.contact;
    return html`<ul class="tags" aria-label="Status and flags">
        <li>${statusTag(item.status)}</li>
        ${flagTags(item)}
      </ul>
      <dl class="summary">
        <dt>Practice</dt>
        <dd><a href=${routeHash('practice', item.practiceCode)}>${item.practiceCode}</a></dd>
        <dt>Received</dt>
        <dd>${receivedText(item)}</dd>
        <dt>FFT rating</dt>
        <dd>${ratingText(item)}</dd>
        <dt>Channel</dt>
        <dd>${channelText(item)}${item.assistedBy ? `, entered by a ${item.assistedBy.role}` : ''}</dd>
        <dt>Language</dt>
        <dd>${languageText(item)}</dd>
        ${
          item.receipt
            ? html`<dt>Receipt code</dt>
                <dd>${item.receipt}</dd>`
            : nothing
        }
        ${
          item.reason
            ? html`<dt>Reason not published</dt>
                <dd>${NOT_PUBLISHED_REASON_LABELS[item.reason] ?? item.reason}</dd>`
            : nothing
        }
        ${
          contact && (contact.name || contact.email || contact.phone)
            ? html`<dt>Contact details</dt>
                <dd>
                  The patient asked to be contacted:
                  ${[contact.name, contact.email, contact.phone].filter(Boolean).join(', ')}
                </dd>`
            : nothing
        }
        ${
          item.aboutYou && (item.aboutYou.ageBand || item.aboutYou.role)
            ? html`<dt>About them</dt>
                <dd>${[item.aboutYou.role, item.aboutYou.ageBand].filter(Boolean).join(', ')}</dd>`
            : nothing
        }
      </dl>
      <ul class="tags" aria-label="Tags">
        ${topicTags(item)}
      </ul>`;
  }

  private renderHistory(history: AuditEntryView[]) {
    if (!history.length) return html`<p class="muted">Nothing has been done to this feedback yet.</p>`;
    return html`<div class="table-scroll" role="region" aria-labelledby="history-title" tabindex="0">
      <table>
        <caption class="visually-hidden">
          History of this feedback
        </caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          ${history.map(
            (entry) =>
              html`<tr>
                <td>${ukDateTime(entry.at)}</td>
                <td>${entry.actorName ?? roleLabel(entry.actorRole)}</td>
                <td>${actionLabel(entry.action)}</td>
                <td>${change(entry)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  protected override render() {
    const detail = this.detail;
    // One outer template whatever the state, so the h1 the app focused stays the same element
    // when the item arrives (a different template would replace it and drop focus to <body>).
    return html`<p><a href=${routeHash('inbox')}>Back to the inbox</a></p>
      <h1 tabindex="-1">
        Feedback${detail ? html` <span class="muted">from ${receivedText(detail.item)}</span>` : nothing}
      </h1>
      ${this.renderBody()}`;
  }

  private renderBody() {
    if (this.failed) return html`<div class="callout callout--error"><p>${this.failed}</p></div>`;
    if (!this.detail) return html`<p role="status">Loading…</p>`;
    const { item, responses, history } = this.detail;
    return html`${
        this.notice
          ? html`<div
              id="notice"
              tabindex="-1"
              class="callout ${this.notice.kind === 'success' ? 'callout--success' : this.notice.kind === 'error' ? 'callout--error' : ''}"
              role=${this.notice.kind === 'success' ? 'status' : 'alert'}
            >
              <p>${this.notice.text}</p>
            </div>`
          : nothing
      }
      ${this.renderFacts(item)} ${this.renderComments(item)}
      ${
        this.can('feedback:moderate')
          ? html`<section aria-labelledby="moderation-title" class="card">
              <h2 id="moderation-title">Moderation</h2>
              <yyg-moderation-panel
                .client=${this.client}
                .user=${this.user}
                .item=${item}
                @yyg-moderated=${this.onModerated}
                @yyg-conflict=${this.onConflict}
              ></yyg-moderation-panel>
            </section>`
          : nothing
      }
      <section aria-labelledby="responses-title">
        <h2 id="responses-title">Replies and notes</h2>
        <yyg-responses
          .client=${this.client}
          .user=${this.user}
          .feedbackId=${item.id}
          .responses=${responses}
          @yyg-responded=${() => void this.load()}
        ></yyg-responses>
      </section>
      <section aria-labelledby="history-title">
        <h2 id="history-title">History</h2>
        ${this.renderHistory(history)}
      </section>`;
  }
}
