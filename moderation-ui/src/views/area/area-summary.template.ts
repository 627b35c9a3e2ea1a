import { html, nothing } from 'lit';
import {
  CHANNEL_LABELS,
  FFT_LABELS,
  FFT_RATINGS,
  languageName,
  SENTIMENT_FILTER_LABELS,
  THEME_LABELS,
} from '../../shared/labels.js';

/** A count, or null where a small number (1 to `smallNumber - 1`) is hidden (councillors' view). */
type Count = number | null;

/** What `GET /api/v1/staff/area-summary` answers (domain/area-summary.ts): counts only, never text. */
export interface AreaSummaryView {
  area: { kind: 'icb' | 'pcn'; code: string; name: string | null };
  from: string;
  to: string;
  practices: { code: string; name: string; from: string; to: string }[];
  total: Count;
  processed?: Count;
  ratings: Record<string, Count>;
  fftScore: number | null;
  channels?: Record<string, Count>;
  languages?: Record<string, Count>;
  sentiment?: Record<string, Count>;
  themes?: Record<string, Count>;
  /** Set when small numbers are hidden. */
  smallNumber?: number;
  fftScoreHidden?: boolean;
}

/** A count as words: hidden ones say so ("fewer than 5"), never a guess. */
function countText(n: Count, smallNumber: number | undefined): string {
  return n === null ? `fewer than ${smallNumber ?? 5}` : n.toLocaleString('en-GB');
}

function countTable(id: string, title: string, head: string, rows: [string, Count][], smallNumber?: number) {
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
              <td class="number">${countText(n, smallNumber)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** Largest first; a hidden count (1 to 4) sorts as just below the smallest shown one. */
const sorted = (counts: Record<string, Count> | undefined, label: (k: string) => string): [string, Count][] =>
  Object.entries(counts ?? {})
    .filter(([, n]) => n === null || n > 0)
    .sort((a, b) => (b[1] ?? 0.5) - (a[1] ?? 0.5))
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
      <dd>${countText(s.total, s.smallNumber)}</dd>
      <dt>FFT score</dt>
      <dd>
        ${
          s.fftScoreHidden
            ? `Not shown: fewer than ${s.smallNumber ?? 5} answers to score`
            : s.fftScore === null
              ? 'No answers to score'
              : `${s.fftScore}% said good or very good`
        }
      </dd>
    </dl>
    ${
      s.smallNumber
        ? html`<p class="hint">
            Numbers from 1 to ${s.smallNumber - 1} are shown as "fewer than ${s.smallNumber}", so that nobody can be
            picked out.
          </p>`
        : nothing
    }
    ${countTable(
      'area-ratings',
      'Friends and Family Test answers',
      'Answer',
      FFT_RATINGS.map((r) => [FFT_LABELS[r], s.ratings[r] === undefined ? 0 : s.ratings[r]] as [string, Count]),
      s.smallNumber,
    )}
    ${countTable(
      'area-sentiment',
      'Sentiment',
      'Sentiment',
      sorted(s.sentiment, (k) => SENTIMENT_FILTER_LABELS[k] ?? k),
      s.smallNumber,
    )}
    ${countTable(
      'area-themes',
      'Themes',
      'Theme',
      sorted(s.themes, (k) => (THEME_LABELS as Record<string, string>)[k] ?? k),
      s.smallNumber,
    )}
    ${countTable(
      'area-channels',
      'How it was given',
      'Channel',
      sorted(s.channels, (k) => (CHANNEL_LABELS as Record<string, string>)[k] ?? k),
      s.smallNumber,
    )}
    ${countTable('area-languages', 'Languages', 'Language', sorted(s.languages, languageName), s.smallNumber)}
  </section>`;
}
