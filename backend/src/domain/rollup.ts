import { countByMode, type CollectionMode } from './collection-mode.js';
import { FFT_RATINGS, type FftRating } from './fft.js';
import type { FeedbackRecord } from './feedback.js';
import type { Polarity, SentimentLabel4, ThemeId } from './tags.js';

/** Sentiment counts: the four labels, and `none` for no words, not English, or not yet processed. */
export const ROLLUP_SENTIMENTS = ['positive', 'neutral', 'negative', 'mixed', 'none'] as const;
export type RollupSentiment = SentimentLabel4 | 'none';

/**
 * One practice's feedback on one day (in England), counted. Dashboards and exports read these,
 * never raw rows, so their cost grows with practices × days, not with submissions. Holds no text.
 */
export interface DailyRollup {
  practiceCode: string;
  /** `YYYY-MM-DD`, the Europe/London date the submissions were received on. */
  date: string;
  total: number;
  /** How many of `total` the worker has processed (the rest count in `sentiment.none`). */
  processed: number;
  ratings: Record<FftRating, number>;
  channels: Record<string, number>;
  /**
   * The same submissions by NHS England's FFT collection mode (every mode, zero when none), for
   * the monthly FFT return. Follows from `channels`, so roll-ups stored before it get it on read.
   */
  byMode: Record<CollectionMode, number>;
  /** By language tag once processed, by the language the widget declared before. */
  languages: Record<string, number>;
  sentiment: Record<RollupSentiment, number>;
  /** Submissions that mention each theme (a theme is counted once per submission). */
  themes: Partial<Record<ThemeId, number>>;
  /** Submissions that mention each theme with each polarity. */
  themePolarity: Partial<Record<ThemeId, Record<Polarity, number>>>;
  /** Submissions with at least one safety flag. */
  flagged: number;
  /** Submissions a person must read because they are not in English. */
  needsHumanReading: number;
  computedAt: Date;
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/**
 * Count one practice-day from all of its stored submissions. Pure: the roll-up is recomputed
 * whole and written over the old one, so running it twice can never count anything twice.
 */
export function computeDailyRollup(
  practiceCode: string,
  date: string,
  records: readonly FeedbackRecord[],
  computedAt: Date,
): DailyRollup {
  const rollup: DailyRollup = {
    practiceCode,
    date,
    total: 0,
    processed: 0,
    ratings: zeros(FFT_RATINGS),
    channels: {},
    byMode: countByMode({}),
    languages: {},
    sentiment: zeros(ROLLUP_SENTIMENTS),
    themes: {},
    themePolarity: {},
    flagged: 0,
    needsHumanReading: 0,
    computedAt,
  };
  const add = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);
  for (const record of records) {
    const tags = record.tags;
    rollup.total += 1;
    if (record.state === 'processed') rollup.processed += 1;
    rollup.ratings[record.rating] += 1;
    add(rollup.channels, record.channel);
    add(rollup.languages, tags?.language.code ?? record.language);
    rollup.sentiment[tags?.sentiment?.label ?? 'none'] += 1;
    if (!tags) continue;
    for (const theme of new Set(tags.themes.map((t) => t.theme))) add(rollup.themes, theme);
    for (const key of new Set(tags.themes.map((t) => `${t.theme} ${t.polarity}`))) {
      const [theme, polarity] = key.split(' ') as [ThemeId, Polarity];
      const byPolarity = (rollup.themePolarity[theme] ??= { positive: 0, neutral: 0, negative: 0 });
      byPolarity[polarity] += 1;
    }
    if (tags.flags.length > 0) rollup.flagged += 1;
    if (tags.needsHumanReading) rollup.needsHumanReading += 1;
  }
  rollup.byMode = countByMode(rollup.channels);
  return rollup;
}

/** True when two roll-ups count the same, whenever they were computed. */
export function sameCounts(a: DailyRollup, b: DailyRollup): boolean {
  const { computedAt: _a, ...countsA } = a;
  const { computedAt: _b, ...countsB } = b;
  return canonical(countsA) === canonical(countsB);
}

/** JSON with object keys sorted, so key order (which differs between stores) does not matter. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => x.localeCompare(y)))
      : inner,
  );
}
