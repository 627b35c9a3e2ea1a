import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { routeHash } from '../../app/router.js';
import { StaffView, type Problem } from '../../shared/staff-view.js';
import { areaSummary, type AreaSummaryView } from './area-summary.template.js';

type Kind = 'icb' | 'pcn';
interface AreaOption {
  code: string;
  name: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const FIELDS = { area: 'area-icb', code: 'area-code', from: 'area-from', to: 'area-to' };

/** A UK calendar date `days` before today, YYYY-MM-DD. */
function ukDate(daysAgo = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(
    new Date(Date.now() - daysAgo * 86_400_000),
  );
}

/**
 * Area summaries for councillors and everyone above: one ICB's or PCN's numbers over some dates
 * (counts, FFT, sentiment, themes), never comment text. The choice is kept in the route
 * (`#/area?area=pcn&code=U12345&from=…&to=…`), so it can be bookmarked.
 *
 * @tag yyg-area
 */
export class YygArea extends StaffView {
  @property() query = '';
  @state() private summary: AreaSummaryView | null = null;
  @state() private loading = false;
  @state() private kind: Kind = 'icb';
  @state() private code = '';
  @state() private from = ukDate(29);
  @state() private to = ukDate();
  /** ICBs and PCNs in the directory (`GET /api/v1/staff/areas`); typed by code when that fails. */
  @state() private options: Record<Kind, AreaOption[]> = { icb: [], pcn: [] };

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadOptions();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query')) {
      const params = new URLSearchParams(this.query);
      this.kind = params.get('area') === 'pcn' ? 'pcn' : 'icb';
      this.code = (params.get('code') ?? '').toUpperCase();
      this.from = DATE.test(params.get('from') ?? '') ? params.get('from')! : ukDate(29);
      this.to = DATE.test(params.get('to') ?? '') ? params.get('to')! : ukDate();
      this.summary = null;
      if (this.code) void this.load();
    }
  }

  private async loadOptions(): Promise<void> {
    try {
      const areas = await this.client.areas();
      const of = (kind: Kind) =>
        areas.filter((area) => area.kind === kind).map(({ code, name }) => ({ code, name }) as AreaOption);
      this.options = { icb: of('icb'), pcn: of('pcn') };
    } catch {
      // Without the list the code is typed, as the hint says.
      this.options = { icb: [], pcn: [] };
    }
  }

  private async load(): Promise<void> {
    this.loading = true;
    try {
      this.summary = (await this.client.areaSummary({
        area: this.kind,
        code: this.code,
        from: this.from,
        to: this.to,
      })) as AreaSummaryView;
      this.problems = [];
    } catch (error) {
      this.summary = null;
      await this.showProblems(this.problemsFrom(error, FIELDS, 'The summary could not be loaded.'));
    } finally {
      this.loading = false;
    }
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const kind = data.get('area') === 'pcn' ? 'pcn' : 'icb';
    const code = String(data.get('code') ?? '')
      .trim()
      .toUpperCase();
    const from = String(data.get('from') ?? '');
    const to = String(data.get('to') ?? '');
    const problems: Problem[] = [];
    if (!code) problems.push({ field: FIELDS.code, message: `Choose the ${kind === 'icb' ? 'ICB' : 'PCN'}` });
    if (!DATE.test(from)) problems.push({ field: FIELDS.from, message: 'Enter the first date' });
    if (!DATE.test(to)) problems.push({ field: FIELDS.to, message: 'Enter the last date' });
    if (problems.length) {
      this.kind = kind;
      void this.showProblems(problems);
      return;
    }
    const hash = routeHash('area', '', new URLSearchParams({ area: kind, code, from, to }).toString());
    if (location.hash === hash) void this.load();
    else location.hash = hash;
  }

  private renderCode() {
    const options = this.options[this.kind];
    const label = this.kind === 'icb' ? 'Integrated care board' : 'Primary care network';
    const input = options.length
      ? html`<select
          id=${FIELDS.code}
          name="code"
          aria-invalid=${this.invalid(FIELDS.code)}
          aria-describedby=${this.describedBy(FIELDS.code, false) || nothing}
        >
          <option value="">Choose one</option>
          ${options.map((o) => html`<option value=${o.code} ?selected=${o.code === this.code}>${o.name ? `${o.name} (${o.code})` : o.code}</option>`)}
        </select>`
      : html`<input
          type="text"
          id=${FIELDS.code}
          name="code"
          class="input--short"
          spellcheck="false"
          autocomplete="off"
          .value=${this.code}
          aria-invalid=${this.invalid(FIELDS.code)}
          aria-describedby=${this.describedBy(FIELDS.code)}
        />`;
    return html`<div class="group ${this.problemFor(FIELDS.code) ? 'group--error' : ''}">
      <label for=${FIELDS.code}>${label}</label>
      ${options.length ? nothing : html`<p class="hint" id="${FIELDS.code}-hint">Its ODS code, like ${this.kind === 'icb' ? 'QK1' : 'U12345'}</p>`}
      ${this.errorMessage(FIELDS.code)} ${input}
    </div>`;
  }

  private renderDate(id: string, name: 'from' | 'to', label: string, value: string) {
    return html`<div class="group ${this.problemFor(id) ? 'group--error' : ''}">
      <label for=${id}>${label}</label>
      ${this.errorMessage(id)}
      <input
        type="date"
        id=${id}
        name=${name}
        class="input--short"
        .value=${value}
        aria-invalid=${this.invalid(id)}
        aria-describedby=${this.describedBy(id, false) || nothing}
      />
    </div>`;
  }

  protected override render() {
    return html`<h1 tabindex="-1">Area summary</h1>
      <p>Numbers only: no comments or personal details are shown here.</p>
      ${this.renderErrorSummary()}
      <form class="card" novalidate @submit=${this.onSubmit}>
        <fieldset>
          <legend>Summarise</legend>
          ${(['icb', 'pcn'] as const).map(
            (kind) =>
              html`<div class="choice">
                <input
                  type="radio"
                  id="area-${kind}"
                  name="area"
                  value=${kind}
                  .checked=${this.kind === kind}
                  @change=${() => (this.kind = kind)}
                />
                <label for="area-${kind}"
                  >${kind === 'icb' ? 'An integrated care board (ICB)' : 'A primary care network (PCN)'}</label
                >
              </div>`,
          )}
        </fieldset>
        ${this.renderCode()} ${this.renderDate(FIELDS.from, 'from', 'From', this.from)}
        ${this.renderDate(FIELDS.to, 'to', 'To', this.to)}
        <button type="submit">Show summary</button>
      </form>
      <div role="status">${this.loading ? html`<p>Loading…</p>` : nothing}</div>
      ${this.summary ? areaSummary(this.summary) : nothing}`;
  }
}
