/**
 * How the inbox reads words, for searching and for highlighting what a search found. Pure, and
 * shared by both inbox adapters and the HTTP layer, so a word is a match in the list exactly when
 * it is highlighted in the item.
 *
 * Stemmer: Porter2 (`wink-porter2-stemmer`), the Snowball English algorithm. Chosen over the
 * original Porter algorithm (`stemmer`, `@orama/stemmers`' English) because Porter2 is what
 * MongoDB's text index runs for `default_language: 'english'`: the two inbox adapters then agree
 * on what a word's stem is, and Porter2 also handles the cases Porter gets wrong in patients'
 * words ("generously" stays with "generous", "dying" with "die", "doctor's" with "doctor").
 * The package is a small, dependency-free, MIT-licensed implementation of the published rules.
 */
import porter2 from 'wink-porter2-stemmer';
import { PLACEHOLDERS } from '../tagging/redact.js';
import { ENGLISH_STOP_WORDS } from './stop-words.js';

/** A half-open range of UTF-16 code units in a text, as the browser's selection and `<mark>` use. */
export interface TextRange {
  start: number;
  end: number;
}

/** One word of a text: where it is in the text as given, and its folded form. */
export interface TextWord extends TextRange {
  /** Lower case, accents off, one kind of apostrophe. */
  folded: string;
}

/**
 * A word: letters and digits (numbers matter in GP feedback: "111", "8am"), with the combining
 * accents that follow them, and apostrophes inside it ("don't", "doctor's") but not around it.
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['\u2019][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;

/** Longer runs are not words anyone searches for (pasted links, keyboard mashing). */
const MAX_WORD_LENGTH = 40;

/**
 * The redaction placeholders ("[name]", "[NHS number]"): not the patient's words, so a search for
 * "name" or "number" must not find every redacted comment.
 */
const PLACEHOLDER = new RegExp(
  Object.values(PLACEHOLDERS)
    .map((placeholder) => placeholder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'g',
);

/** Lower case, accents and other marks off, compatibility forms spelled out ("ﬁ" → "fi"), ’ → '. */
export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\u2019/g, "'");
}

/** Calls `visit` with each word of the text as typed and where it starts, placeholders left out. */
function forEachWord(text: string, visit: (word: string, start: number) => void): void {
  const masked = text.includes('[') ? text.replace(PLACEHOLDER, (placeholder) => ' '.repeat(placeholder.length)) : text;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(masked); match !== null; match = WORD.exec(masked)) {
    if (match[0].length <= MAX_WORD_LENGTH) visit(match[0], match.index);
  }
}

/** The words of a text with their offsets, placeholders left out. */
export function textWords(text: string): TextWord[] {
  const words: TextWord[] = [];
  forEachWord(text, (word, start) => words.push({ start, end: start + word.length, folded: foldWord(word) }));
  return words;
}

/**
 * The search term a folded word stands for, or null for a stop word. Words with a digit ("111",
 * "8am", "3pm") are kept as they are: they are not English words to stem, and the stemmer
 * package misreads the digit 3, which it uses as an internal marker.
 */
export function termOf(folded: string): string | null {
  if (ENGLISH_STOP_WORDS.has(folded)) return null;
  if (/\p{N}/u.test(folded)) return folded;
  return porter2(folded);
}

/**
 * Terms by word as typed. Patients use a few thousand distinct words, and indexing 100,000
 * comments folds and stems millions of them, so remembering the answers makes indexing several
 * times faster. Emptied when full, so a flood of unique junk cannot make it grow without bound.
 */
const termsByWord = new Map<string, string | null>();
const MAX_REMEMBERED_WORDS = 100_000;

function termOfWord(word: string): string | null {
  let term = termsByWord.get(word);
  if (term === undefined) {
    if (termsByWord.size >= MAX_REMEMBERED_WORDS) termsByWord.clear();
    term = termOf(foldWord(word));
    termsByWord.set(word, term);
  }
  return term;
}

/**
 * The distinct search terms of a text, in order of first use: lower case, accents folded, split
 * on anything that is not a letter or digit, English stop words dropped, each word stemmed
 * ("Waiting for the receptionist" → ["wait", "receptionist"]). Used for queries and for indexing
 * comments alike, so both sides of a match are read the same way.
 */
export function searchTerms(text: string): string[] {
  const terms = new Set<string>();
  forEachWord(text, (word) => {
    const term = termOfWord(word);
    if (term !== null) terms.add(term);
  });
  return [...terms];
}

/**
 * The query's words as typed, folded, with stop words left out and not stemmed: what MongoDB's
 * `$text` wants, since it stems them itself with the same algorithm.
 */
export function queryWords(text: string): string[] {
  const words = new Set<string>();
  for (const word of textWords(text)) {
    if (!ENGLISH_STOP_WORDS.has(word.folded)) words.add(word.folded);
  }
  return [...words];
}

/**
 * Where the query's words are in `text`: the range of every word whose stem is one of the
 * query's terms ("rude receptionist" marks "receptionist" and "rude" in "the receptionist was
 * very rude"; "waiting" marks "waited"). Offsets are UTF-16 code units of `text` as given, so
 * accented or decomposed letters and emoji before a match do not shift the marks.
 */
export function highlightRanges(text: string, query: string): TextRange[] {
  const terms = new Set(searchTerms(query));
  if (terms.size === 0) return [];
  const ranges: TextRange[] = [];
  forEachWord(text, (word, start) => {
    const term = termOfWord(word);
    if (term !== null && terms.has(term)) ranges.push({ start, end: start + word.length });
  });
  return ranges;
}

/** Porter2's exceptional words whose stem is not the start of every word that has it. */
const IRREGULAR_PREFIXES: Readonly<Record<string, string>> = { die: 'd', lie: 'l', tie: 't', sky: 'sk' };

/**
 * A start that every folded word with this stem begins with, for stores that can only look for
 * a word's beginning (MongoDB's regular expressions). Porter2 turns a final "y" into "i"
 * ("happy" → "happi"), restores a final "e" ("hoping" → "hope") and turns "-bility" into "-bl"
 * ("disability" → "disabl"), so those letters come off; a few exceptional words ("dying" →
 * "die") have their own. The test suite checks the promise on every word of the real comments
 * in `shared/data`.
 */
export function stemPrefix(term: string): string {
  const irregular = IRREGULAR_PREFIXES[term];
  if (irregular !== undefined) return irregular;
  return term.length > 1 && /(?:[eiy]|(?<=b)l)$/.test(term) ? term.slice(0, -1) : term;
}
