import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { YouSaidWeDidView } from '../../api/staff-types.js';
import { ukDateTime } from '../../shared/format.js';
import { StaffView, type Problem } from '../../shared/staff-view.js';

const FIELDS = { youSaid: 'yswd-you-said', weDid: 'yswd-we-did', feedbackIds: 'yswd-ids' };

/**
 * "You said, we did": changes the practice made because of feedback, shown on its public page.
 * Practice managers add them here.
 *
 * @tag yyg-you-said-we-did
 */
export class YygYouSaidWeDid extends StaffView {
  @property() code = '';
  @state() private items: YouSaidWeDidView[] | null = null;
  @state() private failed = '';
  @state() private busy = false;
  @state() private done = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code') && this.code) void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.items = await this.client.youSaidWeDid(this.code);
      this.failed = '';
    } catch (error) {
      this.failed = this.problemsFrom(error, {}, 'The list could not be loaded.')
        .map((p) => p.message)
        .join(' ');
    }
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const youSaid = String(data.get('youSaid') ?? '').trim();
    const weDid = String(data.get('weDid') ?? '').trim();
    const feedbackIds = String(data.get('feedbackIds') ?? '')
      .split(/[\s,]+/)
      .filter(Boolean);
    const problems: Problem[] = [];
    if (!youSaid) problems.push({ field: FIELDS.youSaid, message: 'Enter what patients said' });
    if (!weDid) problems.push({ field: FIELDS.weDid, message: 'Enter what the practice did' });
    if (problems.length) return this.showProblems(problems);
    this.busy = true;
    try {
      await this.client.addYouSaidWeDid(this.code, { youSaid, weDid, feedbackIds });
      form.reset();
      this.problems = [];
      this.done = 'Added. It shows on the practice’s public page.';
      await this.load();
    } catch (error) {
      await this.showProblems(this.problemsFrom(error, FIELDS));
    } finally {
      this.busy = false;
    }
  }

  protected override render() {
    const items = this.items;
    return html`${this.renderErrorSummary()}
      ${this.failed ? html`<div class="callout callout--error"><p>${this.failed}</p></div>` : nothing}
      ${
        items && items.length
          ? html`<ul class="plain-list">
              ${items.map(
                (i) =>
                  html`<li class="card">
                    <h3>You said</h3>
                    <p class="patient-text">${i.youSaid}</p>
                    <h3>We did</h3>
                    <p class="patient-text">${i.weDid}</p>
                    <p class="muted">${ukDateTime(i.createdAt)}</p>
                  </li>`,
              )}
            </ul>`
          : items
            ? html`<p class="muted">Nothing yet.</p>`
            : nothing
      }
      <p role="status">${this.done}</p>
      ${
        this.can('feedback:respond')
          ? html`<form novalidate @submit=${this.onSubmit}>
              <h3>Add one</h3>
              ${(
                [
                  [FIELDS.youSaid, 'youSaid', 'You said', 'What patients told you, in a sentence, with no names.'],
                  [FIELDS.weDid, 'weDid', 'We did', 'What the practice changed because of it.'],
                ] as const
              ).map(
                ([id, name, label, hint]) =>
                  html`<div class="group ${this.problemFor(id) ? 'group--error' : ''}">
                    <label for=${id}>${label}</label>
                    <p class="hint" id="${id}-hint">${hint}</p>
                    ${this.errorMessage(id)}
                    <textarea
                      id=${id}
                      name=${name}
                      rows="3"
                      maxlength="2000"
                      aria-invalid=${this.invalid(id)}
                      aria-describedby=${this.describedBy(id)}
                    ></textarea>
                  </div>`,
              )}
              <div class="group ${this.problemFor(FIELDS.feedbackIds) ? 'group--error' : ''}">
                <label for=${FIELDS.feedbackIds}>Feedback it answers (optional)</label>
                <p class="hint" id="${FIELDS.feedbackIds}-hint">
                  Feedback ids from the address of each item, separated by commas.
                </p>
                ${this.errorMessage(FIELDS.feedbackIds)}
                <input
                  type="text"
                  id=${FIELDS.feedbackIds}
                  name="feedbackIds"
                  autocomplete="off"
                  spellcheck="false"
                  aria-invalid=${this.invalid(FIELDS.feedbackIds)}
                  aria-describedby=${this.describedBy(FIELDS.feedbackIds)}
                />
              </div>
              <button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>Add “you said, we did”</button>
            </form>`
          : nothing
      }`;
  }
}
