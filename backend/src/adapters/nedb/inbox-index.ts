import { CHANNELS, type FeedbackRecord } from '../../domain/feedback.js';
import { FFT_RATINGS } from '../../domain/fft.js';
import { decodeCursor, encodeCursor, type ListPosition } from '../../domain/staff/inbox-cursor.js';
import type { Facets, InboxQuery } from '../../domain/staff/inbox-query.js';
import { MODERATION_STATUSES, type ModerationStatus } from '../../domain/staff/moderation.js';
import { searchTerms } from '../../domain/staff/text-search.js';
import { FLAG_KINDS, THEMES } from '../../domain/tags.js';
import { intersect, PostingList } from './posting-list.js';
import { RecordColumns } from './record-columns.js';

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

  find(value: string): number | undefined {
    return this.#codes.get(value);
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

/** Facet fields, as `#classify` names the one filter a record fails. */
const RATING = 0;
const SENTIMENT = 1;
const THEME = 2;
const FLAG = 3;
const CHANNEL = 4;
const LANGUAGE = 5;
const STATUS = 6;
/** `#classify`: every filter passes. */
const ALL_PASS = -1;
/** `#classify`: two or more filters fail, so the record counts nowhere. */
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

/** A query in the index's codes. Null for a field means no filter on it. */
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

/** Counters for one search, by facet field (codes as in the columns). */
interface Counts {
  total: number;
  rating: Int32Array;
  sentiment: Int32Array;
  theme: Int32Array;
  /** Per `FLAG_KINDS` index, then `any`, then `none`. */
  flag: Int32Array;
  channel: Int32Array;
  language: Int32Array;
  status: Int32Array;
}

/**
 * What one query (cursor aside) counts to, kept until the index next changes, so the next pages
 * of a list (and a CSV export, which walks them all) cost a binary search, not another pass.
 */
interface Counted {
  total: number;
  facets: Facets;
  /** With text: every full match, newest first, to page through. */
  textMatches: number[] | null;
}

/**
 * Read every row in memory order when the records in scope are at least 1/SCAN_SHARE of all:
 * sequential reads of the columns cost about half of following a list in time order.
 */
const SCAN_SHARE = 4;

/** How many queries' counts are kept (the oldest goes first). */
const MAX_COUNTED = 32;

/** The query's filters, for the key of its counts. */
const FILTER_KEYS = ['rating', 'sentiment', 'theme', 'flag', 'channel', 'language', 'status'] as const;

/** What `search` answers: the page's record ids in order, with the counts. */
export interface IndexPage {
  ids: string[];
  total: number;
  facets: Facets;
  next: string | null;
}

/**
 * The embedded inbox's search index, kept in memory and current from the store's writes:
 *
 * - the fields the inbox filters on, as small codes in typed columns (`RecordColumns`);
 * - per practice, its records in (receivedAt, id) order, so a date range and a cursor are binary
 *   searches (kept oldest first, so the usual write, the newest record, is an append; walked
 *   from the newest end);
 * - an inverted index, term (stem) → posting list, over each record's redacted comments, or its
 *   original comments until the worker has redacted them; a text query intersects the lists of
 *   its terms, so words match in any order and by stem;
 * - total and facets in one pass over what the practices, dates and text leave: a record that
 *   fails no filter counts in every facet, one that fails exactly one filter counts only in that
 *   field's facet (that field's own filter left out), any other counts nowhere.
 *
 * A library (MiniSearch, say) was not used: it scores and ranks by relevance, which the inbox
 * does not want (it is newest first), and the filters, facets and paging would still be done
 * here over its results; this needs only the stemmed terms and a set intersection.
 */
export class InboxIndex {
  readonly #columns = new RecordColumns();
  /** Record ids by ordinal. */
  readonly #ids: string[] = [];
  readonly #ordinals = new Map<string, number>();
  /**
   * While a record waits for the worker, the terms of its original comments, to take out of the
   * posting lists when the redacted text replaces them. Processed records never change again
   * (the worker's tags are set once), so they need nothing kept.
   */
  readonly #pendingTerms = new Map<number, string[]>();
  /** By practice code: ordinals, oldest first. */
  readonly #byPractice: number[][] = [];
  /** Practices whose list got a record out of order since the last search. */
  readonly #unsorted = new Set<number>();
  readonly #postings = new Map<string, PostingList>();
  readonly #counted = new Map<string, Counted>();
  readonly #practices = new Vocabulary();
  readonly #ratings = new Vocabulary(FFT_RATINGS);
  readonly #sentiments = new Vocabulary(SENTIMENT_VALUES);
  readonly #channels = new Vocabulary(CHANNELS);
  readonly #languages = new Vocabulary(['en']);
  readonly #statuses = new Vocabulary(MODERATION_STATUSES);

  /** @param statusOf a new record's moderation status (`new` unless a moderator has been at it). */
  constructor(private readonly statusOf: (feedbackId: string) => ModerationStatus) {}

  get size(): number {
    return this.#ids.length;
  }

  /** Distinct terms indexed. */
  get terms(): number {
    return this.#postings.size;
  }

  /**
   * Add a record as stored, or bring its row up to date. Safe to repeat and to receive out of
   * order: a record's fields change once, when the worker processes it, and a processed record
   * never goes back to unprocessed.
   */
  upsert(record: FeedbackRecord): void {
    this.#counted.clear();
    const existing = this.#ordinals.get(record.id);
    if (existing !== undefined) {
      const pending = this.#pendingTerms.get(existing);
      if (pending === undefined || record.tags === null) return;
      for (const term of pending) this.#postings.get(term)?.remove(existing);
      this.#pendingTerms.delete(existing);
      this.#setTags(existing, record);
      this.#addTerms(existing, termsOf(record));
      return;
    }
    const ordinal = this.#columns.add();
    const columns = this.#columns;
    this.#ids.push(record.id);
    this.#ordinals.set(record.id, ordinal);
    columns.receivedAt[ordinal] = record.receivedAt.getTime();
    columns.practice[ordinal] = this.#practices.code(record.practiceCode);
    columns.rating[ordinal] = this.#ratings.code(record.rating);
    columns.channel[ordinal] = this.#channels.code(record.channel);
    columns.status[ordinal] = this.#statuses.code(this.statusOf(record.id));
    this.#setTags(ordinal, record);
    const terms = termsOf(record);
    if (record.tags === null) this.#pendingTerms.set(ordinal, terms);
    this.#insertInPractice(ordinal);
    this.#addTerms(ordinal, terms);
  }

  setStatus(feedbackId: string, status: ModerationStatus): void {
    this.#counted.clear();
    const ordinal = this.#ordinals.get(feedbackId);
    if (ordinal !== undefined) this.#columns.status[ordinal] = this.#statuses.code(status);
  }

  search(query: InboxQuery): IndexPage {
    this.#sortChanged();
    const compiled = this.#compile(query);
    const cursor = query.cursor ? decodeCursor(query.cursor) : null;
    const terms = query.text ? searchTerms(query.text) : [];
    const key = JSON.stringify([query.practiceCodes, terms, query.from, query.to, ...FILTER_KEYS.map((f) => query[f])]);
    let counted = this.#counted.get(key);
    if (!counted) {
      counted = terms.length > 0 ? this.#countText(query, compiled, terms) : this.#countAll(query, compiled);
      if (this.#counted.size >= MAX_COUNTED) this.#counted.delete(this.#counted.keys().next().value!);
      this.#counted.set(key, counted);
    }

    const want = query.limit + 1;
    let page: number[];
    if (counted.total === 0) page = [];
    else if (counted.textMatches) page = this.#pageAfter(counted.textMatches, cursor, want);
    else page = this.#walkPage(this.#scope(query), compiled, cursor, want);
    const more = page.length > query.limit && query.limit > 0;
    if (more) page = page.slice(0, query.limit);
    return {
      ids: page.map((ordinal) => this.#ids[ordinal]!),
      total: counted.total,
      facets: counted.facets,
      next: more ? encodeCursor(this.#position(page.at(-1)!)) : null,
    };
  }

  /** The practices' ordinal lists (oldest first); codes never seen have none. */
  #scope(query: InboxQuery): number[][] {
    if (query.practiceCodes === '*') return this.#byPractice;
    return [...new Set(query.practiceCodes)].flatMap((code) => {
      const practice = this.#practices.find(code);
      return practice === undefined ? [] : [this.#byPractice[practice]!];
    });
  }

  /**
   * Total and facets without text, in one pass. When the practices asked for hold a good share
   * of all records (one big practice, or everyone), every row is read in memory order and the
   * others skipped, which is faster than following their lists; else each practice's list is
   * read over the date range.
   */
  #countAll(query: InboxQuery, q: Compiled): Counted {
    const counts = this.#emptyCounts();
    const scope = this.#scope(query);
    const ranges = scope.map((ordinals) => this.#dateRange(ordinals, q));
    const inRange = ranges.reduce((sum, { lo, hi }) => sum + hi - lo, 0);
    if (inRange * SCAN_SHARE >= this.#columns.size) {
      const wanted = new Uint8Array(this.#practices.values.length);
      for (const ordinals of scope) if (ordinals.length > 0) wanted[this.#columns.practice[ordinals[0]!]!] = 1;
      const { practice, receivedAt } = this.#columns;
      for (let ordinal = 0; ordinal < this.#columns.size; ordinal += 1) {
        const at = receivedAt[ordinal]!;
        if (wanted[practice[ordinal]!] && at >= q.from && at < q.to) this.#tally(ordinal, q, counts);
      }
    } else {
      scope.forEach((ordinals, i) => {
        for (let at = ranges[i]!.lo; at < ranges[i]!.hi; at += 1) this.#tally(ordinals[at]!, q, counts);
      });
    }
    return { total: counts.total, facets: this.#facets(counts), textMatches: null };
  }

  /** The same over the records holding every term, keeping the full matches newest first for paging. */
  #countText(query: InboxQuery, q: Compiled, terms: string[]): Counted {
    const counts = this.#emptyCounts();
    const lists = terms.map((term) => this.#postings.get(term));
    const ordinals = lists.every((list) => list !== undefined) ? intersect(lists as PostingList[]) : [];
    const practices =
      query.practiceCodes === '*'
        ? null
        : new Set(query.practiceCodes.flatMap((code) => this.#practices.find(code) ?? []));
    const { practice, receivedAt } = this.#columns;
    const matches: number[] = [];
    for (const ordinal of ordinals) {
      if (practices && !practices.has(practice[ordinal]!)) continue;
      const at = receivedAt[ordinal]!;
      if (at < q.from || at >= q.to) continue;
      if (this.#tally(ordinal, q, counts)) matches.push(ordinal);
    }
    matches.sort((a, b) => this.#ascending(b, a));
    return { total: counts.total, facets: this.#facets(counts), textMatches: matches };
  }

  /**
   * The page without text: from each practice's newest record before the cursor (a binary
   * search), the first `want` that pass every filter, merged newest first.
   */
  #walkPage(scope: number[][], q: Compiled, cursor: ListPosition | null, want: number): number[] {
    const page: number[] = [];
    for (const ordinals of scope) {
      const { lo, hi } = this.#dateRange(ordinals, q);
      const start = cursor ? Math.min(hi, this.#lowerBound(ordinals, cursor.at, cursor.id)) : hi;
      let taken = 0;
      for (let i = start - 1; i >= lo && taken < want; i -= 1) {
        if (this.#classify(ordinals[i]!, q) === ALL_PASS) {
          page.push(ordinals[i]!);
          taken += 1;
        }
      }
    }
    if (scope.length > 1) page.sort((a, b) => this.#ascending(b, a));
    return page.slice(0, want);
  }

  /** The first `want` of newest-first `matches` that come after the cursor (a binary search). */
  #pageAfter(matches: number[], cursor: ListPosition | null, want: number): number[] {
    let lo = 0;
    if (cursor) {
      let hi = matches.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (this.#compareTo(matches[mid]!, cursor.at, cursor.id) >= 0) lo = mid + 1;
        else hi = mid;
      }
    }
    return matches.slice(lo, lo + want);
  }

  /** ALL_PASS, the one facet field whose filter the record fails, or SEVERAL_FAIL. */
  #classify(ordinal: number, q: Compiled): number {
    const c = this.#columns;
    let failed = ALL_PASS;
    if (q.rating !== null && !q.rating[c.rating[ordinal]!]) failed = RATING;
    if (q.sentiment !== null && !q.sentiment[c.sentiment[ordinal]!]) {
      if (failed !== ALL_PASS) return SEVERAL_FAIL;
      failed = SENTIMENT;
    }
    if (q.themes !== null && (c.themes[ordinal]! & q.themes) === 0) {
      if (failed !== ALL_PASS) return SEVERAL_FAIL;
      failed = THEME;
    }
    if (q.flags !== null && !flagPasses(c.flags[ordinal]!, q.flags)) {
      if (failed !== ALL_PASS) return SEVERAL_FAIL;
      failed = FLAG;
    }
    if (q.channel !== null && !q.channel[c.channel[ordinal]!]) {
      if (failed !== ALL_PASS) return SEVERAL_FAIL;
      failed = CHANNEL;
    }
    if (q.language !== null && !q.language[c.language[ordinal]!]) {
      if (failed !== ALL_PASS) return SEVERAL_FAIL;
      failed = LANGUAGE;
    }
    if (q.status !== null && !q.status[c.status[ordinal]!]) {
      if (failed !== ALL_PASS) return SEVERAL_FAIL;
      failed = STATUS;
    }
    return failed;
  }

  /** Count one record where it belongs (see the class comment); true when it passes every filter. */
  #tally(ordinal: number, q: Compiled, counts: Counts): boolean {
    const failed = this.#classify(ordinal, q);
    if (failed === SEVERAL_FAIL) return false;
    const c = this.#columns;
    const all = failed === ALL_PASS;
    if (all) counts.total += 1;
    if (all || failed === RATING) counts.rating[c.rating[ordinal]!]! += 1;
    if (all || failed === SENTIMENT) counts.sentiment[c.sentiment[ordinal]!]! += 1;
    if (all || failed === THEME) {
      for (let bits = c.themes[ordinal]!; bits !== 0; bits &= bits - 1)
        counts.theme[31 - Math.clz32(bits & -bits)]! += 1;
    }
    if (all || failed === FLAG) {
      const flags = c.flags[ordinal]!;
      for (let bits = flags; bits !== 0; bits &= bits - 1) counts.flag[31 - Math.clz32(bits & -bits)]! += 1;
      counts.flag[flags === 0 ? FLAG_NONE : FLAG_ANY]! += 1;
    }
    if (all || failed === CHANNEL) counts.channel[c.channel[ordinal]!]! += 1;
    if (all || failed === LANGUAGE) counts.language[c.language[ordinal]!]! += 1;
    if (all || failed === STATUS) counts.status[c.status[ordinal]!]! += 1;
    return all;
  }

  #setTags(ordinal: number, record: FeedbackRecord): void {
    const tags = record.tags;
    const columns = this.#columns;
    columns.sentiment[ordinal] = this.#sentiments.code(tags?.sentiment?.label ?? 'none');
    columns.themes[ordinal] = maskOf(tags?.themes.map((tag) => tag.theme) ?? [], THEME_BITS);
    columns.flags[ordinal] = maskOf(tags?.flags.map((flag) => flag.kind) ?? [], FLAG_BITS);
    columns.language[ordinal] = this.#languages.code(tags?.language.code ?? record.language);
  }

  /**
   * Append to the practice's list; a record out of time order (the replay at open comes in any
   * order) marks the list for sorting before the next search: one sort for a whole replay
   * instead of a shift of the list per record, and next to nothing for a list nearly in order.
   */
  #insertInPractice(ordinal: number): void {
    const practice = this.#columns.practice[ordinal]!;
    const ordinals = (this.#byPractice[practice] ??= []);
    const last = ordinals.at(-1);
    if (last !== undefined && this.#ascending(last, ordinal) > 0) this.#unsorted.add(practice);
    ordinals.push(ordinal);
  }

  #sortChanged(): void {
    for (const practice of this.#unsorted) this.#byPractice[practice]!.sort((a, b) => this.#ascending(a, b));
    this.#unsorted.clear();
  }

  #addTerms(ordinal: number, terms: string[]): void {
    for (const term of terms) {
      let list = this.#postings.get(term);
      if (!list) this.#postings.set(term, (list = new PostingList()));
      list.add(ordinal);
    }
  }

  #position(ordinal: number): ListPosition {
    return { at: this.#columns.receivedAt[ordinal]!, id: this.#ids[ordinal]! };
  }

  /** Oldest first by (time, id). */
  #ascending(a: number, b: number): number {
    return this.#compareTo(a, this.#columns.receivedAt[b]!, this.#ids[b]!);
  }

  /** The record's (time, id) against the given one: negative when the record is older. */
  #compareTo(ordinal: number, at: number, id: string): number {
    const mine = this.#columns.receivedAt[ordinal]!;
    if (mine !== at) return mine - at;
    const myId = this.#ids[ordinal]!;
    return myId < id ? -1 : myId > id ? 1 : 0;
  }

  /** First position in an oldest-first list whose (time, id) is not before (at, id). */
  #lowerBound(ordinals: number[], at: number, id: string): number {
    let lo = 0;
    let hi = ordinals.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#compareTo(ordinals[mid]!, at, id) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Where a practice's list falls in the query's date range (ids are never empty, so '' is before any). */
  #dateRange(ordinals: number[], q: Compiled): { lo: number; hi: number } {
    return {
      lo: q.from === -Infinity ? 0 : this.#lowerBound(ordinals, q.from, ''),
      hi: q.to === Infinity ? ordinals.length : this.#lowerBound(ordinals, q.to, ''),
    };
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

  #emptyCounts(): Counts {
    return {
      total: 0,
      rating: new Int32Array(this.#ratings.values.length),
      sentiment: new Int32Array(this.#sentiments.values.length),
      theme: new Int32Array(THEMES.length),
      flag: new Int32Array(FLAG_KINDS.length + 2),
      channel: new Int32Array(this.#channels.values.length),
      language: new Int32Array(this.#languages.values.length),
      status: new Int32Array(this.#statuses.values.length),
    };
  }

  /** Counts as the port gives them: value → count, values with none left out. */
  #facets(counts: Counts): Facets {
    const named = (row: Int32Array, names: readonly string[]) => {
      const values: Record<string, number> = {};
      for (let code = 0; code < row.length; code += 1) if (row[code]! > 0) values[names[code]!] = row[code]!;
      return values;
    };
    return {
      rating: named(counts.rating, this.#ratings.values),
      sentiment: named(counts.sentiment, this.#sentiments.values),
      theme: named(counts.theme, THEMES),
      flag: named(counts.flag, [...FLAG_KINDS, 'any', 'none']),
      channel: named(counts.channel, this.#channels.values),
      language: named(counts.language, this.#languages.values),
      status: named(counts.status, this.#statuses.values),
    };
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
