import { CHANNELS, type FeedbackRecord } from '../../domain/feedback.js';
import { FFT_RATINGS } from '../../domain/fft.js';
import { compareNewestFirst, decodeCursor, encodeCursor, type ListPosition } from '../../domain/staff/inbox-cursor.js';
import { FACET_FIELDS, type Facets, type InboxQuery } from '../../domain/staff/inbox-query.js';
import { MODERATION_STATUSES, type ModerationStatus } from '../../domain/staff/moderation.js';
import { searchTerms } from '../../domain/staff/text-search.js';
import { FLAG_KINDS, THEMES } from '../../domain/tags.js';
import { intersect, PostingList } from './posting-list.js';

/** A record's sentiment as the inbox filters on it: the tagger's label, or `none` when there is none. */
export const SENTIMENT_VALUES = ['positive', 'neutral', 'negative', 'mixed', 'none'] as const;

/** Strings of one field as small numbers: fixed values first, anything else as it turns up. */
class Vocabulary {
  readonly values: string[] = [];
  readonly #codes = new Map<string, number>();

  constructor(known: readonly string[] = []) {
    for (const value of known) this.code(value);
  }

  code(value: string): number {
    let code = this.#codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.#codes.set(value, code);
    }
    return code;
  }

  /** Which codes a filter allows (a lookup table); values never seen allow nothing. */
  allowed(values: readonly string[]): Uint8Array {
    const table = new Uint8Array(this.values.length);
    for (const value of values) {
      const code = this.#codes.get(value);
      if (code !== undefined) table[code] = 1;
    }
    return table;
  }
}

/**
 * What the index keeps of one record: the fields the inbox filters and counts on, as small
 * numbers and bit masks, so a pass over 100,000 of them is a few milliseconds and they take
 * about a hundred bytes each. The record itself stays in the store.
 */
interface Entry {
  /** Position in `#entries`, and what the posting lists hold. */
  readonly ordinal: number;
  readonly id: string;
  readonly practiceCode: string;
  readonly receivedAt: number;
  readonly rating: number;
  readonly channel: number;
  sentiment: number;
  /** One bit per `THEMES` index. */
  themes: number;
  /** One bit per `FLAG_KINDS` index. */
  flags: number;
  language: number;
  status: number;
  /**
   * While the record waits for the worker, the terms of its original comments (to take out of
   * the posting lists when the redacted text replaces them); null once processed, since the
   * worker's tags are set once and never change.
   */
  pendingTerms: string[] | null;
}

/** Facet fields by position in `FACET_FIELDS`. */
const RATING = 0;
const SENTIMENT = 1;
const THEME = 2;
const FLAG = 3;
const CHANNEL = 4;
const LANGUAGE = 5;
const STATUS = 6;
/** `classify`: every filter passes. */
const ALL_PASS = -1;
/** `classify`: two or more filters fail, so the record counts nowhere. */
const SEVERAL_FAIL = 7;

/** Flag facet positions after the kinds: records with any flag, and with none. */
const FLAG_ANY = FLAG_KINDS.length;
const FLAG_NONE = FLAG_KINDS.length + 1;

const THEME_BITS = new Map<string, number>(THEMES.map((theme, i) => [theme, 1 << i]));
const FLAG_BITS = new Map<string, number>(FLAG_KINDS.map((kind, i) => [kind, 1 << i]));

function maskOf(values: readonly string[], bits: Map<string, number>): number {
  let mask = 0;
  for (const value of values) mask |= bits.get(value) ?? 0;
  return mask;
}

/** A query in the index's numbers. Null for a field means no filter on it. */
interface Compiled {
  from: number;
  to: number;
  rating: Uint8Array | null;
  sentiment: Uint8Array | null;
  themes: number | null;
  flags: { mask: number; any: boolean; none: boolean } | null;
  channel: Uint8Array | null;
  language: Uint8Array | null;
  status: Uint8Array | null;
}

/** What `search` answers: the page's record ids in order, with the counts. */
export interface IndexPage {
  ids: string[];
  total: number;
  facets: Facets;
  next: string | null;
}

/** Oldest first by (time, id): the order the per-practice arrays are kept in. */
function ascending(a: ListPosition, b: ListPosition): number {
  return -compareNewestFirst(a, b);
}

/** First position in `entries` (oldest first) whose (time, id) is not before `position`. */
function lowerBound(entries: Entry[], position: ListPosition): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ascending(positionOf(entries[mid]!), position) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function positionOf(entry: Entry): ListPosition {
  return { at: entry.receivedAt, id: entry.id };
}

/** The first time-ordered position at or after `at` ms, whatever the id (ids are never empty). */
const timeFloor = (at: number): ListPosition => ({ at, id: '' });

/**
 * The embedded inbox's search index, kept in memory and current from the store's writes:
 *
 * - per practice, the records ordered by (receivedAt, id), so a date range and a cursor are
 *   binary searches (kept oldest first so the usual write, the newest record, is an append, and
 *   walked from the newest end);
 * - an inverted index, term (stem) → posting list, over each record's redacted comments, or its
 *   original comments until the worker has redacted them; a text query intersects the lists of
 *   its terms, so words match in any order and by stem;
 * - total and facets in one pass over what the practice and text scope leave: a record that
 *   fails no filter counts in every facet, one that fails exactly one filter counts only in
 *   that field's facet (that field's own filter left out), and any other counts nowhere.
 *
 * A library (MiniSearch, say) was not used: it scores and ranks by relevance, which the inbox
 * does not want (it is newest first), and the filters, facets and paging would still be done
 * here over its results; this needs only the stemmed terms and a set intersection.
 */
export class InboxIndex {
  readonly #entries: Entry[] = [];
  readonly #byId = new Map<string, Entry>();
  readonly #byPractice = new Map<string, Entry[]>();
  readonly #postings = new Map<string, PostingList>();
  readonly #ratings = new Vocabulary(FFT_RATINGS);
  readonly #sentiments = new Vocabulary(SENTIMENT_VALUES);
  readonly #channels = new Vocabulary(CHANNELS);
  readonly #languages = new Vocabulary(['en']);
  readonly #statuses = new Vocabulary(MODERATION_STATUSES);

  /** @param statusOf a new record's moderation status (`new` unless a moderator has been at it). */
  constructor(private readonly statusOf: (feedbackId: string) => ModerationStatus) {}

  get size(): number {
    return this.#entries.length;
  }

  /** Distinct terms indexed. */
  get terms(): number {
    return this.#postings.size;
  }

  /**
   * Add a record as stored, or bring its entry up to date. Safe to repeat and to receive out of
   * order: a record's fields only change once, when the worker processes it, and a processed
   * entry never goes back to unprocessed.
   */
  upsert(record: FeedbackRecord): void {
    const existing = this.#byId.get(record.id);
    if (existing) {
      if (existing.pendingTerms === null || record.tags === null) return;
      for (const term of existing.pendingTerms) this.#postings.get(term)?.remove(existing.ordinal);
      existing.pendingTerms = null;
      this.#setTags(existing, record);
      this.#addTerms(existing.ordinal, termsOf(record));
      return;
    }
    const entry: Entry = {
      ordinal: this.#entries.length,
      id: record.id,
      practiceCode: record.practiceCode,
      receivedAt: record.receivedAt.getTime(),
      rating: this.#ratings.code(record.rating),
      channel: this.#channels.code(record.channel),
      sentiment: 0,
      themes: 0,
      flags: 0,
      language: 0,
      status: this.#statuses.code(this.statusOf(record.id)),
      pendingTerms: null,
    };
    this.#setTags(entry, record);
    const terms = termsOf(record);
    if (record.tags === null) entry.pendingTerms = terms;
    this.#entries.push(entry);
    this.#byId.set(entry.id, entry);
    this.#insertInPractice(entry);
    this.#addTerms(entry.ordinal, terms);
  }

  setStatus(feedbackId: string, status: ModerationStatus): void {
    const entry = this.#byId.get(feedbackId);
    if (entry) entry.status = this.#statuses.code(status);
  }

  search(query: InboxQuery): IndexPage {
    const compiled = this.#compile(query);
    const cursor = query.cursor ? decodeCursor(query.cursor) : null;
    const want = query.limit + 1;
    const counts = this.#emptyCounts();
    let total = 0;
    let page: Entry[];

    const visit = (entry: Entry): boolean => {
      const failed = this.#classify(entry, compiled);
      if (failed === ALL_PASS) {
        total += 1;
        this.#countAll(entry, counts);
        return true;
      }
      if (failed !== SEVERAL_FAIL) this.#countOne(entry, failed, counts);
      return false;
    };

    const terms = query.text ? searchTerms(query.text) : [];
    if (terms.length > 0) {
      // Text: the records holding every term, then the scope, dates and filters on those.
      const lists = terms.map((term) => this.#postings.get(term));
      const ordinals = lists.every((list) => list !== undefined) ? intersect(lists as PostingList[]) : [];
      const scope = query.practiceCodes === '*' ? null : new Set(query.practiceCodes);
      const matches: Entry[] = [];
      for (const ordinal of ordinals) {
        const entry = this.#entries[ordinal]!;
        if (scope && !scope.has(entry.practiceCode)) continue;
        if (entry.receivedAt < compiled.from || entry.receivedAt >= compiled.to) continue;
        if (visit(entry) && (!cursor || compareNewestFirst(positionOf(entry), cursor) > 0)) matches.push(entry);
      }
      page = matches.sort((a, b) => compareNewestFirst(positionOf(a), positionOf(b))).slice(0, want);
    } else {
      // No text: each practice's records in the date range, newest first; the page comes from
      // past the cursor, the counts from the whole range.
      const practices =
        query.practiceCodes === '*'
          ? [...this.#byPractice.values()]
          : query.practiceCodes.map((code) => this.#byPractice.get(code) ?? []);
      page = [];
      for (const entries of practices) {
        const lo = lowerBound(entries, timeFloor(compiled.from));
        const hi = compiled.to === Infinity ? entries.length : lowerBound(entries, timeFloor(compiled.to));
        const cut = cursor ? lowerBound(entries, cursor) : entries.length;
        let taken = 0;
        for (let i = hi - 1; i >= lo; i -= 1) {
          const entry = entries[i]!;
          if (visit(entry) && i < cut && taken < want) {
            page.push(entry);
            taken += 1;
          }
        }
      }
      if (practices.length > 1) page.sort((a, b) => compareNewestFirst(positionOf(a), positionOf(b)));
      page = page.slice(0, want);
    }

    const more = page.length > query.limit;
    if (more) page = page.slice(0, query.limit);
    return {
      ids: page.map((entry) => entry.id),
      total,
      facets: this.#facets(counts),
      next: more ? encodeCursor(positionOf(page.at(-1)!)) : null,
    };
  }

  #setTags(entry: Entry, record: FeedbackRecord): void {
    const tags = record.tags;
    entry.sentiment = this.#sentiments.code(tags?.sentiment?.label ?? 'none');
    entry.themes = maskOf(tags?.themes.map((tag) => tag.theme) ?? [], THEME_BITS);
    entry.flags = maskOf(tags?.flags.map((flag) => flag.kind) ?? [], FLAG_BITS);
    entry.language = this.#languages.code(tags?.language.code ?? record.language);
  }

  #insertInPractice(entry: Entry): void {
    let entries = this.#byPractice.get(entry.practiceCode);
    if (!entries) this.#byPractice.set(entry.practiceCode, (entries = []));
    const last = entries.at(-1);
    if (!last || ascending(positionOf(last), positionOf(entry)) < 0) entries.push(entry);
    else entries.splice(lowerBound(entries, positionOf(entry)), 0, entry);
  }

  #addTerms(ordinal: number, terms: string[]): void {
    for (const term of terms) {
      let list = this.#postings.get(term);
      if (!list) this.#postings.set(term, (list = new PostingList()));
      list.add(ordinal);
    }
  }

  #compile(query: InboxQuery): Compiled {
    const given = <T>(values: readonly T[] | undefined): values is readonly T[] => !!values && values.length > 0;
    const flags = query.flag;
    return {
      from: query.from ? query.from.getTime() : -Infinity,
      to: query.to ? query.to.getTime() : Infinity,
      rating: given(query.rating) ? this.#ratings.allowed(query.rating) : null,
      sentiment: given(query.sentiment) ? this.#sentiments.allowed(query.sentiment) : null,
      themes: given(query.theme) ? maskOf(query.theme, THEME_BITS) : null,
      flags: given(flags)
        ? { mask: maskOf(flags, FLAG_BITS), any: flags.includes('any'), none: flags.includes('none') }
        : null,
      channel: given(query.channel) ? this.#channels.allowed(query.channel) : null,
      language: given(query.language) ? this.#languages.allowed(query.language) : null,
      status: given(query.status) ? this.#statuses.allowed(query.status) : null,
    };
  }

  /** ALL_PASS, the one facet field whose filter fails, or SEVERAL_FAIL. Runs once per record in scope. */
  #classify(entry: Entry, q: Compiled): number {
    let failed = ALL_PASS;
    if (q.rating && !q.rating[entry.rating]) failed = RATING;
    if (q.sentiment && !q.sentiment[entry.sentiment]) {
      if (failed !== ALL_PASS) return SEVERAL_FAIL;
      failed = SENTIMENT;
    }
    if (q.themes !== null && (entry.themes & q.themes) === 0) {
      if (failed !== ALL_PASS) return SEVERAL_FAIL;
      failed = THEME;
    }
    if (q.flags && !flagPasses(entry.flags, q.flags)) {
      if (failed !== ALL_PASS) return SEVERAL_FAIL;
      failed = FLAG;
    }
    if (q.channel && !q.channel[entry.channel]) {
      if (failed !== ALL_PASS) return SEVERAL_FAIL;
      failed = CHANNEL;
    }
    if (q.language && !q.language[entry.language]) {
      if (failed !== ALL_PASS) return SEVERAL_FAIL;
      failed = LANGUAGE;
    }
    if (q.status && !q.status[entry.status]) {
      if (failed !== ALL_PASS) return SEVERAL_FAIL;
      failed = STATUS;
    }
    return failed;
  }

  #emptyCounts(): Int32Array[] {
    return [
      new Int32Array(this.#ratings.values.length),
      new Int32Array(this.#sentiments.values.length),
      new Int32Array(THEMES.length),
      new Int32Array(FLAG_KINDS.length + 2),
      new Int32Array(this.#channels.values.length),
      new Int32Array(this.#languages.values.length),
      new Int32Array(this.#statuses.values.length),
    ];
  }

  #countAll(entry: Entry, counts: Int32Array[]): void {
    for (let field = RATING; field <= STATUS; field += 1) this.#countOne(entry, field, counts);
  }

  #countOne(entry: Entry, field: number, counts: Int32Array[]): void {
    const row = counts[field]!;
    switch (field) {
      case RATING:
        row[entry.rating]! += 1;
        break;
      case SENTIMENT:
        row[entry.sentiment]! += 1;
        break;
      case THEME:
        for (let bits = entry.themes; bits !== 0; bits &= bits - 1) row[31 - Math.clz32(bits & -bits)]! += 1;
        break;
      case FLAG:
        for (let bits = entry.flags; bits !== 0; bits &= bits - 1) row[31 - Math.clz32(bits & -bits)]! += 1;
        row[entry.flags === 0 ? FLAG_NONE : FLAG_ANY]! += 1;
        break;
      case CHANNEL:
        row[entry.channel]! += 1;
        break;
      case LANGUAGE:
        row[entry.language]! += 1;
        break;
      case STATUS:
        row[entry.status]! += 1;
        break;
    }
  }

  /** Counts as the port gives them: value → count, values with none left out. */
  #facets(counts: Int32Array[]): Facets {
    const names: readonly (readonly string[])[] = [
      this.#ratings.values,
      this.#sentiments.values,
      THEMES,
      [...FLAG_KINDS, 'any', 'none'],
      this.#channels.values,
      this.#languages.values,
      this.#statuses.values,
    ];
    const facets = {} as Facets;
    FACET_FIELDS.forEach((field, i) => {
      const row = counts[i]!;
      const values: Record<string, number> = {};
      for (let code = 0; code < row.length; code += 1) if (row[code]! > 0) values[names[i]![code]!] = row[code]!;
      facets[field] = values;
    });
    return facets;
  }
}

function flagPasses(flags: number, filter: { mask: number; any: boolean; none: boolean }): boolean {
  if (flags === 0) return filter.none;
  return filter.any || (flags & filter.mask) !== 0;
}

/** The terms a record is found by: its redacted comments once processed, its own words until then. */
function termsOf(record: FeedbackRecord): string[] {
  const comments = record.tags ? record.tags.redactedComments : record.comments;
  return searchTerms(comments.map((comment) => comment.text).join('\n'));
}
