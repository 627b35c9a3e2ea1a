import { countByMode, type CollectionMode } from './collection-mode.js';
import { FFT_RATINGS, fftScore, type FftRating } from './fft.js';
import type { Practice } from './practice.js';
import { assignmentOn, isInArea, type Area } from './practice-assignment.js';
import { ROLLUP_SENTIMENTS, type DailyRollup, type RollupSentiment } from './rollup.js';
import type { Polarity, ThemeId } from './tags.js';

/** A practice's time in the area within the asked dates (both included). */
export interface AreaMembership {
  code: string;
  name: string;
  from: string;
  to: string;
}

/**
 * An ICB's or a PCN's feedback over some dates, counted from the practices' daily roll-ups. Only
 * counts: no comment text, no practice's own figures, nothing about a patient. Safety flags and
 * unread counts are left out too: they are for the practice and the ICB's moderators, not for
 * everyone who may read area summaries (councillors among them).
 */
export interface AreaSummary {
  area: Area & { name: string | null };
  from: string;
  to: string;
  /** The practices in the area at any time in the range, and when. */
  practices: AreaMembership[];
  total: number;
  processed: number;
  ratings: Record<FftRating, number>;
  /** NHS England's FFT score (very good + good, of all but "don't know"), or null with no answers. */
  fftScore: number | null;
  byMode: Record<CollectionMode, number>;
  channels: Record<string, number>;
  languages: Record<string, number>;
  sentiment: Record<RollupSentiment, number>;
  themes: Partial<Record<ThemeId, number>>;
  themePolarity: Partial<Record<ThemeId, Record<Polarity, number>>>;
}

function addCounts(into: Record<string, number>, from: Partial<Record<string, number>>): void {
  for (const [key, count] of Object.entries(from)) into[key] = (into[key] ?? 0) + (count ?? 0);
}

/** The stretches of `[from, to]` in which the practice was in the area. */
export function membershipOf(practice: Practice, area: Area, from: string, to: string): AreaMembership[] {
  return practice.assignments
    .filter((assignment) => isInArea(assignment, area))
    .map((assignment) => ({
      code: practice.code,
      name: practice.name,
      from: assignment.from > from ? assignment.from : from,
      to: assignment.to !== null && assignment.to < to ? assignment.to : to,
    }))
    .filter((stretch) => stretch.from <= stretch.to);
}

/**
 * Sum the roll-ups of the practices that were in `area` on each roll-up's own date: a practice
 * that moved PCN on 1 April counts in its old PCN's March and its new PCN's April. Pure.
 */
export function summariseArea(
  area: Area,
  practices: readonly Practice[],
  rollups: readonly DailyRollup[],
  from: string,
  to: string,
): AreaSummary {
  const byCode = new Map(practices.map((practice) => [practice.code, practice]));
  const summary: AreaSummary = {
    area: { ...area, name: areaName(area, practices, to) },
    from,
    to,
    practices: practices.flatMap((practice) => membershipOf(practice, area, from, to)),
    total: 0,
    processed: 0,
    ratings: Object.fromEntries(FFT_RATINGS.map((rating) => [rating, 0])) as Record<FftRating, number>,
    fftScore: null,
    byMode: countByMode({}),
    channels: {},
    languages: {},
    sentiment: Object.fromEntries(ROLLUP_SENTIMENTS.map((label) => [label, 0])) as Record<RollupSentiment, number>,
    themes: {},
    themePolarity: {},
  };
  for (const rollup of rollups) {
    const practice = byCode.get(rollup.practiceCode);
    if (!practice || rollup.date < from || rollup.date > to) continue;
    if (!isInArea(assignmentOn(practice, rollup.date), area)) continue;
    summary.total += rollup.total;
    summary.processed += rollup.processed;
    addCounts(summary.ratings, rollup.ratings);
    addCounts(summary.byMode, rollup.byMode);
    addCounts(summary.channels, rollup.channels);
    addCounts(summary.languages, rollup.languages);
    addCounts(summary.sentiment, rollup.sentiment);
    addCounts(summary.themes, rollup.themes);
    for (const [theme, byPolarity] of Object.entries(rollup.themePolarity) as [ThemeId, Record<Polarity, number>][]) {
      addCounts((summary.themePolarity[theme] ??= { positive: 0, neutral: 0, negative: 0 }), byPolarity);
    }
  }
  summary.fftScore = fftScore(summary.ratings);
  return summary;
}

/** The area's name as the latest assignment within the range (or before its end) gives it. */
function areaName(area: Area, practices: readonly Practice[], to: string): string | null {
  const named = practices
    .flatMap((practice) => practice.assignments)
    .filter((assignment) => isInArea(assignment, area) && assignment.from <= to)
    .sort((a, b) => a.from.localeCompare(b.from))
    .map((assignment) => (area.kind === 'icb' ? assignment.icbName : assignment.pcnName))
    .filter((name) => name !== null);
  return named.at(-1) ?? null;
}

/** One ICB or PCN that practices are (or were) assigned to. */
export interface AreaListItem {
  kind: 'icb' | 'pcn';
  code: string;
  name: string | null;
  /** The ICB a PCN belongs to today (by its practices' assignments); null for ICBs. */
  icbCode: string | null;
  /** Practices assigned to it on `today`. */
  practicesToday: number;
}

/**
 * Every ICB and PCN in the directory, from the practices' assignments at any date (so an area
 * that merged away can still be summarised for its past), ICBs first, then by name.
 */
export function listAreas(practices: Practice[], today: string): { items: AreaListItem[] } {
  const areas = new Map<string, AreaListItem>();
  const touch = (kind: 'icb' | 'pcn', code: string, name: string | null, icbCode: string | null) => {
    const key = `${kind}:${code}`;
    const known = areas.get(key);
    if (known) {
      known.name ??= name;
      known.icbCode ??= icbCode;
      return known;
    }
    const created: AreaListItem = { kind, code, name, icbCode, practicesToday: 0 };
    areas.set(key, created);
    return created;
  };
  for (const practice of practices) {
    for (const assignment of practice.assignments) {
      if (assignment.icbCode) touch('icb', assignment.icbCode, assignment.icbName, null);
      if (assignment.pcnCode) touch('pcn', assignment.pcnCode, assignment.pcnName, null);
    }
    const current = assignmentOn(practice, today);
    if (current?.icbCode) touch('icb', current.icbCode, current.icbName, null).practicesToday += 1;
    if (current?.pcnCode) touch('pcn', current.pcnCode, current.pcnName, current.icbCode).practicesToday += 1;
  }
  const items = [...areas.values()].sort((a, b) =>
    a.kind === b.kind ? (a.name ?? a.code).localeCompare(b.name ?? b.code) : a.kind === 'icb' ? -1 : 1,
  );
  return { items };
}

/** Counts from 1 to this minus one are hidden from readers who may not see practice-level data. */
export const SMALL_NUMBER = 5;

/** A count as shown to such readers: the number, or null for "fewer than SMALL_NUMBER" (never 0). */
export type ShownCount = number | null;

type Counts = Record<string, number>;
type ShownCounts = Record<string, ShownCount>;

/** What a councillor sees: the same summary with small numbers hidden (statistical disclosure control). */
export interface PublicAreaSummary extends Omit<
  AreaSummary,
  'total' | 'processed' | 'ratings' | 'byMode' | 'channels' | 'languages' | 'sentiment' | 'themes' | 'themePolarity'
> {
  total: ShownCount;
  processed: ShownCount;
  ratings: ShownCounts;
  byMode: ShownCounts;
  channels: ShownCounts;
  languages: ShownCounts;
  sentiment: ShownCounts;
  themes: ShownCounts;
  themePolarity: Record<string, ShownCounts>;
  /** Counts from 1 to `smallNumber - 1` are null. */
  smallNumber: number;
  /** The FFT score is left out because fewer than `smallNumber` answers could be scored. */
  fftScoreHidden: boolean;
}

const hide = (n: number): ShownCount => (n > 0 && n < SMALL_NUMBER ? null : n);
const hideAll = (counts: Counts): ShownCounts =>
  Object.fromEntries(Object.entries(counts).map(([k, n]) => [k, hide(n)]));

/**
 * Hide small numbers, as NHS England does when it publishes FFT results: in an area with a
 * Somali-speaking patient or two, "1" beside Somali could point at a person. Every count from 1 to
 * 4 becomes null ("fewer than 5"), and the FFT score is left out when fewer than 5 answers could
 * be scored. Zero stays zero: it tells nobody anything about a person.
 */
export function hideSmallNumbers(summary: AreaSummary): PublicAreaSummary {
  const scored = FFT_RATINGS.filter((rating) => rating !== 'dont-know').reduce((sum, r) => sum + summary.ratings[r], 0);
  const fftScoreHidden = scored > 0 && scored < SMALL_NUMBER;
  return {
    ...summary,
    total: hide(summary.total),
    processed: hide(summary.processed),
    ratings: hideAll(summary.ratings),
    fftScore: fftScoreHidden ? null : summary.fftScore,
    byMode: hideAll(summary.byMode),
    channels: hideAll(summary.channels),
    languages: hideAll(summary.languages),
    sentiment: hideAll(summary.sentiment),
    themes: hideAll(summary.themes),
    themePolarity: Object.fromEntries(
      Object.entries(summary.themePolarity).map(([theme, counts]) => [theme, hideAll(counts as Counts)]),
    ),
    smallNumber: SMALL_NUMBER,
    fftScoreHidden,
  };
}
