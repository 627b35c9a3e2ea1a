import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  canMove,
  MODERATION_STATUSES,
  NOT_PUBLISHED_REASONS,
  SAFETY_FLAG_KINDS,
} from '../../../../backend/src/domain/staff/moderation.js';
import { StaffApiError } from '../../api/staff-api.error.js';
import type { FeedbackItem, ModerationStatus, NotPublishedReason, RedactionSpan } from '../../api/staff-types.js';
import { commentParagraph, questionLabel } from '../../shared/feedback-bits.js';
import { NOT_PUBLISHED_REASON_LABELS, STATUS_LABELS } from '../../shared/labels.js';
import { StaffView, type Problem } from '../../shared/staff-view.js';
import { staffStyles } from '../../shared/staff.styles.js';
import { addSpan, applyRedactions, findSpans, selectionSpan, spanText } from './redaction.js';
import { moderationStyles } from './moderation.styles.js';

const STATUS_HINTS: Partial<Record<ModerationStatus, string>> = {
  published: 'Shown on the practice’s public page, with the removals below.',
  'not-published': 'Kept back for a reason from the moderation policy.',
  escalated: 'Safeguarding or urgent clinical content: passed to the practice’s named lead, never published from here.',
};

/**
 * The moderation panel of one item: status, the policy reason when not published, a check that a
 * flagged item was read before publishing, and removals (spans of a comment previewed as
 * [removed]). A span is chosen by selecting text in an unchangeable copy of the comment (mouse,
 * or Shift with the arrow keys) or by typing the words. Save sends the version it was shown.
 *
 * @tag yyg-moderation-panel
 * @event yyg-moderated - saved; `detail.status` is the new status. Bubbles, composed.
 * @event yyg-conflict - someone else changed the item first (409). Bubbles, composed.
 */
export class YygModerationPanel extends StaffView {
  static override styles = [staffStyles, moderationStyles];

  @property({ attribute: false }) item!: FeedbackItem;

  @state() private status: ModerationStatus = 'new';
  @state() private reason: NotPublishedReason | '' = '';
  @state() private flagsReviewed = false;
  @state() private spans: RedactionSpan[] = [];
  @state() private busy = false;
  @state() private spanNotice = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('item') && this.item) {
      this.status = this.item.status;
      this.reason = this.item.reason ?? '';
      this.spans = [...(this.item.redactions ?? [])];
      this.flagsReviewed = false;
      this.problems = [];
      this.spanNotice = '';
    }
  }

  private get texts(): (string | null)[] {
    return this.item.comments.map((c) => c.text);
  }

  private get safetyFlagged(): boolean {
    return (this.item.tags?.flags ?? []).some((f) => SAFETY_FLAG_KINDS.includes(f.kind));
  }

  /**
   * The copy to select from is a textarea that refuses changes rather than a `readonly` one:
   * Chromium gives a read-only textarea no caret, so keyboard users could not select in it. Any
   * change that slips past `beforeinput` (IME composition cannot be cancelled) is undone here.
   */
  private restore(area: HTMLTextAreaElement, text: string): void {
    if (area.value === text) return;
    const at = Math.min(area.selectionStart, text.length);
    area.value = text;
    area.setSelectionRange(at, at);
  }

  private removeSelection(index: number): void {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`#redact-${index}`);
    const text = this.texts[index];
    if (!area || text === null) return;
    const span = selectionSpan(index, text, area.selectionStart, area.selectionEnd);
    if (!span) {
      void this.showProblems([
        {
          field: `redact-${index}`,
          message: 'Select the words to remove in the comment first, or type them in the box below it',
        },
      ]);
      return;
    }
    this.addSpans([span]);
  }

  private removeWords(index: number): void {
    const input = this.renderRoot.querySelector<HTMLInputElement>(`#redact-words-${index}`);
    const text = this.texts[index];
    if (!input || text === null) return;
    const found = findSpans(index, text, input.value);
    if (!input.value.trim()) {
      void this.showProblems([{ field: `redact-words-${index}`, message: 'Type the words to remove' }]);
      return;
    }
    if (!found.length) {
      void this.showProblems([
        {
          field: `redact-words-${index}`,
          message: `“${input.value.trim()}” is not in this comment: type it exactly as it appears`,
        },
      ]);
      return;
    }
    input.value = '';
    this.addSpans(found);
  }

  private addSpans(found: RedactionSpan[]): void {
    this.problems = [];
    this.spans = found.reduce((all, span) => addSpan(all, span), this.spans);
    this.spanNotice = `${found.length === 1 ? 'Text' : `${found.length} places`} marked for removal. Press Save to keep the change.`;
  }

  private undoSpan(span: RedactionSpan): void {
    this.spans = this.spans.filter((s) => s !== span);
    this.spanNotice = 'Removal undone. Press Save to keep the change.';
  }

  private async onSave(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const problems: Problem[] = [];
    if (!canMove(this.item.status, this.status)) {
      problems.push({
        field: `status-${this.status}`,
        message: `Feedback that is ${STATUS_LABELS[this.item.status].toLowerCase()} cannot go straight to ${STATUS_LABELS[this.status].toLowerCase()}: put it in review first`,
      });
    }
    if (this.status === 'not-published' && !this.reason) {
      problems.push({ field: 'mod-reason', message: 'Select why it is not published' });
    }
    if (this.status === 'published' && this.safetyFlagged && !this.flagsReviewed) {
      problems.push({
        field: 'mod-flags-reviewed',
        message: 'Confirm you have read this flagged feedback and it is safe to publish',
      });
    }
    if (problems.length) return this.showProblems(problems);
    this.busy = true;
    try {
      await this.client.moderate(this.item.id, {
        version: this.item.version,
        status: this.status,
        reason: this.status === 'not-published' ? (this.reason as NotPublishedReason) : null,
        redactions: this.spans,
        ...(this.status === 'published' && this.safetyFlagged ? { flagsReviewed: this.flagsReviewed } : {}),
      });
      this.problems = [];
      this.dispatchEvent(
        new CustomEvent('yyg-moderated', { detail: { status: this.status }, bubbles: true, composed: true }),
      );
    } catch (error) {
      if (error instanceof StaffApiError && error.status === 409) {
        this.dispatchEvent(new CustomEvent('yyg-conflict', { bubbles: true, composed: true }));
        return;
      }
      await this.showProblems(
        this.problemsFrom(error, {
          status: `status-${this.status}`,
          reason: 'mod-reason',
          redactions: 'redact-0',
          flagsReviewed: 'mod-flags-reviewed',
        }),
      );
    } finally {
      this.busy = false;
    }
  }

  private renderStatus() {
    return html`<fieldset aria-describedby="status-hint">
      <legend>Status</legend>
      <p class="hint" id="status-hint">Now: ${STATUS_LABELS[this.item.status]}</p>
      ${MODERATION_STATUSES.map(
        (status) =>
          html`<div class="choice">
              <input
                type="radio"
                name="status"
                id="status-${status}"
                value=${status}
                .checked=${this.status === status}
                aria-describedby=${STATUS_HINTS[status] ? `status-${status}-hint` : nothing}
                @change=${() => (this.status = status)}
              />
              <label for="status-${status}">${STATUS_LABELS[status]}</label>
            </div>
            ${
              STATUS_HINTS[status]
                ? html`<p class="hint choice-hint" id="status-${status}-hint">${STATUS_HINTS[status]}</p>`
                : nothing
            }`,
      )}
    </fieldset>`;
  }

  private renderReason() {
    if (this.status !== 'not-published') return nothing;
    return html`<div class="group ${this.problemFor('mod-reason') ? 'group--error' : ''}">
      <label for="mod-reason">Why is it not published?</label>
      <p class="hint" id="mod-reason-hint">The reason from the moderation policy; it goes in the audit log.</p>
      ${this.errorMessage('mod-reason')}
      <select
        id="mod-reason"
        aria-describedby=${this.describedBy('mod-reason')}
        aria-invalid=${this.invalid('mod-reason')}
        @change=${(e: Event) => (this.reason = (e.target as HTMLSelectElement).value as NotPublishedReason)}
      >
        <option value="" ?selected=${this.reason === ''}>Select a reason</option>
        ${NOT_PUBLISHED_REASONS.map(
          (r) => html`<option value=${r} ?selected=${this.reason === r}>${NOT_PUBLISHED_REASON_LABELS[r]}</option>`,
        )}
      </select>
    </div>`;
  }

  private renderFlagsReviewed() {
    if (this.status !== 'published' || !this.safetyFlagged) return nothing;
    return html`<div class="group ${this.problemFor('mod-flags-reviewed') ? 'group--error' : ''}">
      ${this.errorMessage('mod-flags-reviewed')}
      <div class="choice">
        <input
          type="checkbox"
          id="mod-flags-reviewed"
          .checked=${this.flagsReviewed}
          aria-invalid=${this.invalid('mod-flags-reviewed')}
          aria-describedby=${this.describedBy('mod-flags-reviewed', false) || nothing}
          @change=${(e: Event) => (this.flagsReviewed = (e.target as HTMLInputElement).checked)}
        />
        <label for="mod-flags-reviewed">I have read this flagged feedback and it is safe to publish</label>
      </div>
    </div>`;
  }

  private renderRedaction() {
    const texts = this.texts;
    return html`<h3>Remove text before publishing</h3>
      <p class="hint">
        Select the words in a comment (with the mouse, or with <kbd>Shift</kbd> and the arrow keys), then press “Remove
        selected text”. Or type the words in the box under the comment. Removed text shows as [removed].
      </p>
      ${this.item.comments.map((comment, index) => {
        const text = comment.text;
        if (text === null) return nothing;
        const areaId = `redact-${index}`;
        const wordsId = `redact-words-${index}`;
        return html`<div class="redact">
          <div class="group ${this.problemFor(areaId) ? 'group--error' : ''}">
            <label for=${areaId}>${questionLabel(comment.question)} (comment ${index + 1})</label>
            ${this.errorMessage(areaId)}
            <p class="hint" id="${areaId}-hint">You can move and select in this copy, but not change it.</p>
            <textarea
              id=${areaId}
              rows=${Math.min(10, Math.max(3, Math.ceil(text.length / 70)))}
              spellcheck="false"
              aria-readonly="true"
              .value=${text}
              aria-describedby=${this.describedBy(areaId)}
              @beforeinput=${(e: InputEvent) => e.preventDefault()}
              @input=${(e: InputEvent) => this.restore(e.target as HTMLTextAreaElement, text)}
            ></textarea>
          </div>
          <button type="button" class="secondary" @click=${() => this.removeSelection(index)}>
            Remove selected text<span class="visually-hidden"> from comment ${index + 1}</span>
          </button>
          <div class="group words ${this.problemFor(wordsId) ? 'group--error' : ''}">
            <label for=${wordsId}>Or type words to remove from comment ${index + 1}</label>
            ${this.errorMessage(wordsId)}
            <div class="inline">
              <input
                type="text"
                id=${wordsId}
                autocomplete="off"
                aria-describedby=${this.describedBy(wordsId, false) || nothing}
                aria-invalid=${this.invalid(wordsId)}
                @keydown=${(e: KeyboardEvent) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    this.removeWords(index);
                  }
                }}
              />
              <button type="button" class="secondary" @click=${() => this.removeWords(index)}>
                Remove these words<span class="visually-hidden"> from comment ${index + 1}</span>
              </button>
            </div>
          </div>
        </div>`;
      })}
      <p class="visually-hidden" role="status">${this.spanNotice}</p>
      ${
        this.spans.length
          ? html`<h3>Marked for removal</h3>
              <ul class="spans">
                ${this.spans.map(
                  (span) =>
                    html`<li>
                      <span class="patient-text">“${spanText(texts, span)}”</span> (comment ${span.comment + 1})
                      <button type="button" class="link" @click=${() => this.undoSpan(span)}>
                        Undo<span class="visually-hidden"> removal of “${spanText(texts, span)}”</span>
                      </button>
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      <h3>What the public will see</h3>
      <div class="preview">
        ${this.item.comments.map((comment, index) =>
          comment.text === null
            ? nothing
            : commentParagraph(
                comment.question,
                applyRedactions(
                  comment.text,
                  this.spans.filter((s) => s.comment === index),
                ),
              ),
        )}
      </div>`;
  }

  protected override render() {
    if (!this.item) return nothing;
    return html`<form novalidate @submit=${this.onSave}>
      ${this.renderErrorSummary()} ${this.renderStatus()} ${this.renderReason()} ${this.renderFlagsReviewed()}
      ${this.renderRedaction()}
      <button type="submit" id="moderation-save" aria-disabled=${this.busy ? 'true' : 'false'}>Save</button>
    </form>`;
  }
}
