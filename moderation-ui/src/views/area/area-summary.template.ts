import { html, nothing } from 'lit';
import {
  CHANNEL_LABELS,
  FFT_LABELS,
  FFT_RATINGS,
  languageName,
  SENTIMENT_FILTER_LABELS,
  THEME_LABELS,
} from '../../shared/labels.js';

/** What `GET /api/v1/staff/area-summary` answers (domain/area-summary.ts): counts only, never text. */
export interface AreaSummaryView {
  area: { kind: 'icb' | 'pcn'; code: string; name: string | null };
  from: string;
  to: string;
  practices: { code: string; name: string; from: string; to: string }[];
  total: number;
  processed?: number;
  ratings: Record<string, number>;
  fftScore: number | null;
  channels?: Record<string, number>;
  languages?: Record<string, number>;
  sentiment?: Record<string, number>;
  themes?: Record<string, number>;
}

function countTable(id: string, title: string, head: string, rows: [string, number][]) {
  if (!rows.length) return nothing;
  return html`<div class="table-scroll">
    <table id=${id} class="counts">
      <caption>
        ${title}
      </caption>
      <thead>
        <tr>
          <th scope="col">${head}</th>
          <th scope="col" class="number">Count</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          ([label, n]) =>
            html`<tr>
              <th scope="row">${label}</th>
              <td class="number">${n.toLocaleString('en-GB')}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

const sorted = (counts: Record<string, number> | undefined, label: (k: string) => string): [string, number][] =>
  Object.entries(counts ?? {})
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => [label(k), n]);

/** One area's numbers: totals, FFT answers and score, sentiment, themes, channels, languages. */
export function areaSummary(s: AreaSummaryView) {
  const kind = s.area.kind === 'icb' ? 'ICB' : 'PCN';
  const practices = new Set(s.practices.map((p) => p.code)).size;
  return html`<section class="card" aria-labelledby="area-title">
    <h2 id="area-title">
      ${s.area.name ?? `${kind} ${s.area.code}`} <span class="muted">(${kind} ${s.area.code})</span>
    </h2>
    <dl class="summary">
      <dt>Dates</dt>
      <dd>${s.from} to ${s.to}</dd>
      <dt>Practices</dt>
      <dd>${practices.toLocaleString('en-GB')}</dd>
      <dt>Feedback received</dt>
      <dd>${s.total.toLocaleString('en-GB')}</dd>
      <dt>FFT score</dt>
      <dd>${s.fftScore === null ? 'No answers to score' : `${s.fftScore}% said good or very good`}</dd>
    </dl>
    ${countTable(
      'area-ratings',
      'Friends and Family Test answers',
      'Answer',
      FFT_RATINGS.map((r) => [FFT_LABELS[r], s.ratings[r] ?? 0] as [string, number]),
    )}
    ${countTable(
      'area-sentiment',
      'Sentiment',
      'Sentiment',
      sorted(s.sentiment, (k) => SENTIMENT_FILTER_LABELS[k] ?? k),
    )}
    ${countTable(
      'area-themes',
      'Themes',
      'Theme',
      sorted(s.themes, (k) => (THEME_LABELS as Record<string, string>)[k] ?? k),
    )}
    ${countTable(
      'area-channels',
      'How it was given',
      'Channel',
      sorted(s.channels, (k) => (CHANNEL_LABELS as Record<string, string>)[k] ?? k),
    )}
    ${countTable('area-languages', 'Languages', 'Language', sorted(s.languages, languageName))}
  </section>`;
}
