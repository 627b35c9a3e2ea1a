import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { StaffApiError } from '../../api/staff-api.error.js';
import type { PracticeSummary } from '../../api/staff-types.js';
import { routeHash } from '../../app/router.js';
import { StaffView } from '../../shared/staff-view.js';
import { areaText } from './practices.component.js';

/**
 * One practice (`#/practices/<code>`): its details, a link to its feedback, its settings for those
 * who may change them, and its "you said, we did" list.
 *
 * @tag yyg-practice
 * @event yyg-title - the page title once the practice's name is known. Bubbles, composed.
 */
export class YygPractice extends StaffView {
  @property() code = '';
  @state() private practice: PracticeSummary | null = null;
  @state() private failed = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code') && this.code) {
      this.practice = null;
      void this.load();
    }
  }

  private async load(): Promise<void> {
    try {
      this.practice = await this.client.practice(this.code);
      this.failed = '';
      this.dispatchEvent(new CustomEvent('yyg-title', { detail: this.practice.name, bubbles: true, composed: true }));
    } catch (error) {
      this.failed =
        error instanceof StaffApiError && (error.status === 404 || error.status === 403)
          ? `There is no practice ${this.code} that you can see.`
          : this.problemsFrom(error, {}, 'The practice could not be loaded.')
              .map((p) => p.message)
              .join(' ');
    }
  }

  protected override render() {
    const p = this.practice;
    // One outer template in every state, so the focused h1 is never replaced.
    return html`<p><a href=${routeHash('practices')}>All practices</a></p>
      <h1 tabindex="-1">${p ? p.name : `Practice ${this.code}`}</h1>
      ${this.failed ? html`<div class="callout callout--error"><p>${this.failed}</p></div>` : this.renderBody(p)}`;
  }

  private renderBody(p: PracticeSummary | null) {
    return html`${
      p
        ? html`<dl class="summary">
            <dt>ODS code</dt>
            <dd>${p.code}</dd>
            <dt>Postcode</dt>
            <dd>${p.postcode ?? ''}</dd>
            <dt>Primary care network</dt>
            <dd>${areaText(p.pcn) || 'Not known'}</dd>
            <dt>ICB</dt>
            <dd>${areaText(p.icb) || 'Not known'}</dd>
          </dl>`
        : html`<p>Loading…</p>`
    }
    ${
      this.can('feedback:read')
        ? html`<p>
            <a href=${routeHash('inbox', '', new URLSearchParams({ practice: this.code }).toString())}
              >Feedback for this practice</a
            >
          </p>`
        : nothing
    }
    ${
      this.can('practice:settings')
        ? html`<section class="card" aria-labelledby="settings-title">
            <h2 id="settings-title">Settings</h2>
            <yyg-practice-settings .client=${this.client} .user=${this.user} .code=${this.code}></yyg-practice-settings>
          </section>`
        : nothing
    }
    ${
      this.can('feedback:read') || this.can('feedback:respond')
        ? html`<section class="card" aria-labelledby="yswd-title">
            <h2 id="yswd-title">You said, we did</h2>
            <yyg-you-said-we-did .client=${this.client} .user=${this.user} .code=${this.code}></yyg-you-said-we-did>
          </section>`
        : nothing
    }`;
  }
}
