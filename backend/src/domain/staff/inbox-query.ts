import type { Channel, FeedbackRecord } from '../feedback.js';
import type { FftRating } from '../fft.js';
import type { FlagKind, SentimentLabel4, ThemeId } from '../tags.js';
import type { Moderation, ModerationStatus } from './moderation.js';

/**
 * A search of the inbox. `practiceCodes` is set by the HTTP layer from what the user may see
 * (never taken from the request as is), so no filter can reach another practice's feedback.
 * Every filter list means "any of these"; filters of different fields all apply.
 */
export interface InboxQuery {
  practiceCodes: '*' | string[];
  /** Free text: every word must match (in any order), by stem ("waiting" finds "waited"). */
  text?: string;
  /** Received on or after / strictly before. */
  from?: Date;
  to?: Date;
  rating?: FftRating[];
  sentiment?: (SentimentLabel4 | 'none')[];
  theme?: ThemeId[];
  /** `any` matches records with at least one flag; `none` those with none. */
  flag?: (FlagKind | 'any' | 'none')[];
  channel?: Channel[];
  /** Language codes as tagged (`en`, `pl`, `und`, …). */
  language?: string[];
  status?: ModerationStatus[];
  /** Newest first. Opaque cursor from the previous page's `next`. */
  cursor?: string;
  limit: number;
}

export const FACET_FIELDS = ['rating', 'sentiment', 'theme', 'flag', 'channel', 'language', 'status'] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

/**
 * Counts per filter value: for each field, how many records match the query with that field's
 * own filter left out (so picking another value shows what it would give).
 */
export type Facets = Record<FacetField, Record<string, number>>;

export interface InboxItem {
  record: FeedbackRecord;
  moderation: Moderation;
}

export interface InboxPage {
  items: InboxItem[];
  /** Records matching every filter and the text. */
  total: number;
  facets: Facets;
  /** Cursor for the next (older) page; null on the last. */
  next: string | null;
}
