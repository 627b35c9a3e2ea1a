import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ResponseView } from '../../api/staff-types.js';
import { ukDateTime } from '../../shared/format.js';
import { StaffView } from '../../shared/staff-view.js';

type Kind = ResponseView['kind'];

const FORMS: Record<Kind, { id: string; label: string; hint: string; button: string; empty: string }> = {
  'public-reply': {
    id: 'reply-text',
    label: 'Public reply',
    hint: 'Shown with the feedback on the practice’s public page once it is published. Do not include anyone’s name or personal details.',
    button: 'Add public reply',
    empty: 'Enter your reply',
  },
  'private-note': {
    id: 'note-text',
    label: 'Private note',
    hint: 'Only staff who can read this feedback see notes.',
    button: 'Add private note',
    empty: 'Enter your note',
  },
};

/**
 * Replies and notes on one item: the list, and a form for each kind when the user may respond.
 *
 * @tag yyg-responses
 * @event yyg-responded - a reply or note was added; `detail.kind`. Bubbles, composed.
 */
export class YygResponses extends StaffView {
  @property() feedbackId = '';
  @property({ attribute: false }) responses: ResponseView[] = [];
  @state() private busy: Kind | null = null;
  @state() private done = '';

  private async onSubmit(event: SubmitEvent, kind: Kind): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const form = event.target as HTMLFormElement;
    const { id, empty } = FORMS[kind];
    const text = String(new FormData(form).get('text') ?? '').trim();
    if (!text) return this.showProblems([{ field: id, message: empty }]);
    this.busy = kind;
    try {
      await this.client.respond(this.feedbackId, kind, text);
      form.reset();
      this.problems = [];
      this.done = kind === 'public-reply' ? 'Your public reply was added.' : 'Your private note was added.';
      this.dispatchEvent(new CustomEvent('yyg-responded', { detail: { kind }, bubbles: true, composed: true }));
    } catch (error) {
      await this.showProblems(this.problemsFrom(error, { text: id, kind: id }));
    } finally {
      this.busy = null;
    }
  }

  private renderForm(kind: Kind) {
    const { id, label, hint, button } = FORMS[kind];
    return html`<form novalidate @submit=${(e: SubmitEvent) => this.onSubmit(e, kind)}>
      <div class="group ${this.problemFor(id) ? 'group--error' : ''}">
        <label for=${id}>${label}</label>
        <p class="hint" id="${id}-hint">${hint}</p>
        ${this.errorMessage(id)}
        <textarea
          id=${id}
          name="text"
          rows="4"
          maxlength="2000"
          aria-describedby=${this.describedBy(id)}
          aria-invalid=${this.invalid(id)}
        ></textarea>
      </div>
      <button
        type="submit"
        id=${kind === 'public-reply' ? 'reply-submit' : 'note-submit'}
        class=${kind === 'private-note' ? 'secondary' : ''}
        aria-disabled=${this.busy === kind ? 'true' : 'false'}
      >
        ${button}
      </button>
    </form>`;
  }

  protected override render() {
    return html`${this.renderErrorSummary()}
      ${
        this.responses.length
          ? html`<ul class="plain-list">
              ${this.responses.map(
                (r) =>
                  html`<li class="card">
                    <p>
                      <strong class="tag ${r.kind === 'public-reply' ? 'tag--green' : 'tag--grey'}"
                        >${r.kind === 'public-reply' ? 'Public reply' : 'Private note'}</strong
                      >
                      <span class="muted"
                        >${r.authorLabel ?? ''}${r.authorLabel ? ', ' : ''}${ukDateTime(r.createdAt)}</span
                      >
                    </p>
                    <p class="patient-text">${r.text}</p>
                  </li>`,
              )}
            </ul>`
          : html`<p class="muted">No replies or notes yet.</p>`
      }
      <p class="visually-hidden" role="status">${this.done}</p>
      ${this.can('feedback:respond') ? html`${this.renderForm('public-reply')} ${this.renderForm('private-note')}` : nothing}`;
  }
}
