import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { routeHash } from '../../app/router.js';
import { CHANNEL_LABELS, FFT_LABELS, languageName, SENTIMENT_FILTER_LABELS, THEME_LABELS } from '../../shared/labels.js';
import { StaffView } from '../../shared/staff-view.js';

type Counts = Record<string, number>;
interface AreaRow {
  code?: string;
  name?: string;
  [field: string]: unknown;
}

/** Groups of counts an area summary may carry, with the words for their keys. */
const GROUPS: { keys: string[]; title: string; labels: Record<string, string> | ((k: string) => string) }[] = [
  { keys: ['ratings', 'fft', 'rating'], title: 'FFT answers', labels: FFT_LABELS },
  { keys: ['sentiment'], title: 'Sentiment', labels: SENTIMENT_FILTER_LABELS },
  { keys: ['themes', 'theme'], title: 'Themes', labels: THEME_LABELS },
  { keys: ['channels', 'channel'], title: 'Channels', labels: CHANNEL_LABELS },
  { keys: ['languages', 'language'], title: 'Languages', labels: languageName },
];

const SCALARS: [string, string][] = [
  ['total', 'Feedback received'],
  ['fftScore', 'FFT score (% good or very good)'],
  ['practices', 'Practices'],
  ['flagged', 'Flagged for a person to read'],
];

function isCounts(v: unknown): v is Counts {
  return !!v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((n) => typeof n === 'number');
}

/** The areas in an answer, whichever list it puts them in. */
export function areasOf(answer: unknown): AreaRow[] {
  if (Array.isArray(answer)) return answer as AreaRow[];
  const a = (answer ?? {}) as Record<string, unknown>;
  for (const key of ['items', 'areas', 'summaries']) if (Array.isArray(a[key])) return a[key] as AreaRow[];
  return a && typeof a === 'object' ? [a as AreaRow] : [];
}

/**
 * Area summaries for councillors and everyone above: numbers per ICB or PCN (counts, FFT,
 * sentiment, themes), never comment text. The choice is kept in the route (`#/area?area=pcn`).
 *
 * @tag yyg-area
 */
export class YygArea extends StaffView {
  @property() query = '';
  @state() private areas: AreaRow[] | null = null;
  @state() private failed = '';
  @state() private level: 'icb' | 'pcn' = 'icb';
  @state() private from = '';
  @state() private to = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query')) {
      const params = new URLSearchParams(this.query);
      this.level = params.get('area') === 'pcn' ? 'pcn' : 'icb';
      this.from = /^\d{4}-\d{2}-\d{2}$/.test(params.get('from') ?? '') ? params.get('from')! : '';
      this.to = /^\d{4}-\d{2}-\d{2}$/.test(params.get('to') ?? '') ? params.get('to')! : '';
      void this.load();
    }
  }

  private async load(): Promise<void> {
    this.failed = '';
    try {
      this.areas = areasOf(await this.client.areaSummary({ area: this.level, from: this.from || undefined, to: this.to || undefined }));
    } catch (error) {
      this.areas = null;
      this.failed = this.problemsFrom(error, {}, 'The summary could not be loaded.').map((p) => p.message).join(' ');
    }
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const params = new URLSearchParams({ area: String(data.get('area') ?? 'icb') });
    for (const key of ['from', 'to']) if (data.get(key)) params.set(key, String(data.get(key)));
    const hash = routeHash('area', '', params.toString());
    if (location.hash === hash) void this.load();
    else location.hash = hash;
  }

  private renderArea(area: AreaRow, index: number) {
    const title = area.name ? `${area.name}${area.code ? ` (${area.code})` : ''}` : (area.code ?? `Area ${index + 1}`);
    const id = `area-${index}`;
    return html`<section class="card" aria-labelledby=${id}>
      <h2 id=${id}>${title}</h2>
      <dl class="summary">
        ${SCALARS.filter(([key]) => typeof area[key] === 'number' || area[key] === null).map(
          ([key, label]) => html`<dt>${label}</dt>
            <dd>${area[key] === null ? 'Not enough answers' : (area[key] as number).toLocaleString('en-GB')}</dd>`,
        )}
      </dl>
      ${GROUPS.map(({ keys, title: groupTitle, labels }) => {
        const key = keys.find((k) => isCounts(area[k]));
        if (!key) return nothing;
        const counts = Object.entries(area[key] as Counts).sort((a, b) => b[1] - a[1]);
        const label = (k: string) => (typeof labels === 'function' ? labels(k) : (labels[k] ?? k));
        return html`<table>
          <caption>${groupTitle}</caption>
          <thead>
            <tr>
              <th scope="col">${groupTitle.replace(/s$/, '')}</th>
              <th scope="col" class="number">Count</th>
            </tr>
          </thead>
          <tbody>
            ${counts.map(([k, n]) => html`<tr><th scope="row">${label(k)}</th><td class="number">${n.toLocaleString('en-GB')}</td></tr>`)}
          </tbody>
        </table>`;
      })}
    </section>`;
  }

  protected override render() {
    return html`<h1 tabindex="-1">Area summary</h1>
      <p>Numbers only: no comments or personal details are shown here.</p>
      <form class="card" @submit=${this.onSubmit}>
        <fieldset>
          <legend>Summarise by</legend>
          ${(['icb', 'pcn'] as const).map(
            (level) => html`<div class="choice">
              <input type="radio" id="area-${level}" name="area" value=${level} .checked=${this.level === level} />
              <label for="area-${level}">${level === 'icb' ? 'Integrated care board (ICB)' : 'Primary care network (PCN)'}</label>
            </div>`,
          )}
        </fieldset>
        <div class="group">
          <label for="area-from">From</label>
          <input type="date" id="area-from" name="from" class="input--short" .value=${this.from} />
        </div>
        <div class="group">
          <label for="area-to">To</label>
          <input type="date" id="area-to" name="to" class="input--short" .value=${this.to} />
        </div>
        <button type="submit">Show summary</button>
      </form>
      ${this.failed ? html`<div class="callout callout--error"><p>${this.failed}</p></div>` : nothing}
      <p role="status">${this.areas ? `${this.areas.length} ${this.areas.length === 1 ? 'area' : 'areas'}` : ''}</p>
      ${this.areas?.map((a, i) => this.renderArea(a, i))}`;
  }
}
