import { BSONRegExp, type Document } from 'mongodb';
import { decodeCursor } from '../../domain/staff/inbox-cursor.js';
import { FACET_FIELDS, type FacetField, type Facets, type InboxQuery } from '../../domain/staff/inbox-query.js';
import { foldWord, queryWords, searchTerms, stemPrefix } from '../../domain/staff/text-search.js';

/**
 * The inbox search as one aggregation over the `feedback` collection:
 *
 * 1. `$match` on what every count shares: the practices, the dates and the words. MongoDB's
 *    `$text` finds records with ANY of the query's words (by stem, through the text index), so
 *    each word also gets a regular expression for the start of its stem, which makes it ALL the
 *    words, in any order; the expressions look only at the redacted comments of processed
 *    records (the original words until then), as the embedded inbox does.
 * 2. `$project` the fields the inbox filters on, with the defaults (`none`, `new`) filled in.
 * 3. `$facet`: the page (newest first, past the cursor), the total, and per facet field the
 *    counts with that field's own filter left out.
 */

/** The text index: both comment fields, English stemming and stop words. */
export const TEXT_INDEX = {
  key: { 'tags.redactedComments.text': 'text', 'comments.text': 'text' },
  name: 'comments_text',
  default_language: 'english',
  // Not `language` (the default): records have a `language` field holding the widget's
  // language code, which MongoDB would read as each record's stemming language, and refuse
  // the insert of any record in a language it does not stem (Urdu, Polish, ...).
  language_override: 'textIndexLanguage',
} as const;

/** Accented and upper-case forms of each letter, from Latin-1 to Latin Extended Additional. */
const LETTER_FORMS = (() => {
  const forms = new Map<string, Set<string>>();
  const add = (char: string) => {
    const base = foldWord(char);
    if (base.length !== 1) return;
    const set = forms.get(base) ?? new Set([base, base.toUpperCase()]);
    set.add(char);
    forms.set(base, set);
  };
  for (const [from, to] of [
    [0x41, 0x5a],
    [0x61, 0x7a],
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ] as const) {
    for (let code = from; code <= to; code += 1) add(String.fromCodePoint(code));
  }
  return forms;
})();

/** Accents typed as separate marks after the letter (decomposed text). */
const COMBINING_MARKS = '\u0300-\u036f';

const escape = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/**
 * A case- and accent-blind expression for a word that starts with the term's stem prefix
 * (`stemPrefix` promises every word with that stem does). Literal characters, not `\u` escapes,
 * since the server's PCRE does not read JavaScript's escapes. A little wider than the stem (it
 * also takes "waitress" for "wait"), which the `$text` match beside it keeps rare.
 */
export function termExpression(term: string): BSONRegExp {
  const letters = [...stemPrefix(term)].map((char) => {
    const forms = char === "'" ? ["'", '\u2019'] : [...(LETTER_FORMS.get(char) ?? new Set([char, char.toUpperCase()]))];
    return `[${forms.map(escape).join('')}][${COMBINING_MARKS}]*`;
  });
  return new BSONRegExp(`(?:^|[^A-Za-z0-9])${letters.join('')}`, '');
}

/** Practices, dates and words: what the page, the total and every facet share. */
export function sharedMatch(query: InboxQuery): Document {
  const match: Document = {};
  if (query.practiceCodes !== '*') match.practiceCode = { $in: query.practiceCodes };
  if (query.from || query.to) {
    match.receivedAt = { ...(query.from ? { $gte: query.from } : {}), ...(query.to ? { $lt: query.to } : {}) };
  }
  const terms = query.text ? searchTerms(query.text) : [];
  if (terms.length > 0) {
    match.$text = { $search: queryWords(query.text!).join(' ') };
    match.$and = terms.map((term) => {
      const expression = termExpression(term);
      return { $or: [{ 'tags.redactedComments.text': expression }, { tags: null, 'comments.text': expression }] };
    });
  }
  return match;
}

/** The filterable fields of a record, with `none` and `new` where the record has no value. */
export const FILTER_FIELDS: Document = {
  _id: 0,
  id: 1,
  receivedAt: 1,
  rating: 1,
  channel: 1,
  sentiment: { $ifNull: ['$tags.sentiment.label', 'none'] },
  themes: { $setUnion: [{ $ifNull: ['$tags.themes.theme', []] }, []] },
  flags: { $setUnion: [{ $ifNull: ['$tags.flags.kind', []] }, []] },
  language: { $ifNull: ['$tags.language.code', '$language'] },
  status: { $ifNull: ['$moderationStatus', 'new'] },
};

/** One `$match` clause per facet field that has a filter, over `FILTER_FIELDS`. */
export function filterClauses(query: InboxQuery): Partial<Record<FacetField, Document>> {
  const given = <T>(values: readonly T[] | undefined): values is readonly T[] => !!values && values.length > 0;
  const clauses: Partial<Record<FacetField, Document>> = {};
  if (given(query.rating)) clauses.rating = { rating: { $in: query.rating } };
  if (given(query.sentiment)) clauses.sentiment = { sentiment: { $in: query.sentiment } };
  if (given(query.theme)) clauses.theme = { themes: { $in: query.theme } };
  if (given(query.flag)) {
    const kinds = query.flag.filter((flag) => flag !== 'any' && flag !== 'none');
    clauses.flag = {
      $or: [
        { flags: { $in: kinds } },
        ...(query.flag.includes('any') ? [{ 'flags.0': { $exists: true } }] : []),
        ...(query.flag.includes('none') ? [{ flags: { $size: 0 } }] : []),
      ],
    };
  }
  if (given(query.channel)) clauses.channel = { channel: { $in: query.channel } };
  if (given(query.language)) clauses.language = { language: { $in: query.language } };
  if (given(query.status)) clauses.status = { status: { $in: query.status } };
  return clauses;
}

/** Every clause but `leftOut`'s. */
function matchAllBut(clauses: Partial<Record<FacetField, Document>>, leftOut?: FacetField): Document {
  const kept = Object.entries(clauses)
    .filter(([field]) => field !== leftOut)
    .map(([, clause]) => clause);
  return kept.length === 0 ? {} : { $and: kept };
}

/** How each facet field's values are counted from `FILTER_FIELDS`. */
const COUNT_STAGES: Record<FacetField, Document[]> = {
  rating: [{ $group: { _id: '$rating', n: { $sum: 1 } } }],
  sentiment: [{ $group: { _id: '$sentiment', n: { $sum: 1 } } }],
  theme: [{ $unwind: '$themes' }, { $group: { _id: '$themes', n: { $sum: 1 } } }],
  // Each kind, and `any` or `none`, as the filter offers them.
  flag: [
    {
      $project: {
        value: { $cond: [{ $gt: [{ $size: '$flags' }, 0] }, { $concatArrays: ['$flags', ['any']] }, ['none']] },
      },
    },
    { $unwind: '$value' },
    { $group: { _id: '$value', n: { $sum: 1 } } },
  ],
  channel: [{ $group: { _id: '$channel', n: { $sum: 1 } } }],
  language: [{ $group: { _id: '$language', n: { $sum: 1 } } }],
  status: [{ $group: { _id: '$status', n: { $sum: 1 } } }],
};

/** The whole aggregation for one search. */
export function searchPipeline(query: InboxQuery): Document[] {
  const clauses = filterClauses(query);
  const all = matchAllBut(clauses);
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const page: Document[] = [{ $match: all }];
  if (after) {
    const at = new Date(after.at);
    page.push({ $match: { $or: [{ receivedAt: { $lt: at } }, { receivedAt: at, id: { $lt: after.id } }] } });
  }
  page.push({ $sort: { receivedAt: -1, id: -1 } }, { $limit: query.limit + 1 }, { $project: { id: 1, receivedAt: 1 } });
  const facets = Object.fromEntries(
    FACET_FIELDS.map((field) => [field, [{ $match: matchAllBut(clauses, field) }, ...COUNT_STAGES[field]]]),
  );
  return [
    { $match: sharedMatch(query) },
    { $project: FILTER_FIELDS },
    { $facet: { page, total: [{ $match: all }, { $count: 'n' }], ...facets } },
  ];
}

/** What `$facet` answers: one array per facet of the pipeline. */
export type SearchResult = Record<string, Document[]>;

/** The facet arrays as the port's value → count maps. */
export function facetsOf(result: SearchResult): Facets {
  const facets = {} as Facets;
  for (const field of FACET_FIELDS) {
    const counts: Record<string, number> = {};
    for (const { _id, n } of result[field] ?? []) if (typeof _id === 'string') counts[_id] = Number(n);
    facets[field] = counts;
  }
  return facets;
}
