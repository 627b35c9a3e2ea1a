/**
 * Word-level scoring for `sentiment.ts`: the `sentiment` package (AFINN) with the patient-feedback
 * lexicon laid over it, phrases joined into single tokens first (the package scores one token at
 * a time), and negation that reaches a few words back instead of one. Built once when the module
 * loads, then pure.
 */
import { createRequire } from 'node:module';
import Sentiment from 'sentiment';
import { DOMAIN_PHRASES, DOMAIN_WORDS, NEGATORS } from './sentiment-lexicon.js';

/** A language code of our own, so the package's shared English list is never changed. */
const LANGUAGE = 'en-gp-feedback';
/** Stands for a comma in the token stream; negation stops there. Scores nothing. */
const COMMA = 'zzcommazz';

/** A number written in letters, since the package's tokenizer splits or drops most else. */
const letters = (n: number): string =>
  (n < 26 ? '' : letters(Math.floor(n / 26) - 1)) + String.fromCharCode(97 + (n % 26));
/** Phrases become one token each; longest first, so the longest phrase wins. */
const phraseTokens = Object.keys(DOMAIN_PHRASES)
  .sort((a, b) => b.length - a.length)
  .map((phrase, i) => ({ phrase, token: `zzphrase${letters(i)}zz` }));
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const phrasePattern = new RegExp(
  phraseTokens.map(({ phrase }) => `(?<![\\w'])${escape(phrase)}(?![\\w'])`).join('|'),
  'g',
);
const tokenOfPhrase = new Map(phraseTokens.map(({ phrase, token }) => [phrase, token]));

/** "Waited 40 minutes", "three weeks for an appointment": a length of time is a complaint. */
const TIME_WAITED =
  /\b(?:wait\w*|took|takes|taking)\s+(?:for\s+)?(?:over\s+|more than\s+|nearly\s+|almost\s+|about\s+|around\s+|up to\s+)?(?:\d+|an?|two|three|four|five|six|several|many)\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b/g;
const TIME_WAITED_TOKEN = 'zztimewaitedzz';

/** The package's AFINN list, loaded the way the package loads it; copied, never changed. */
const afinn: Record<string, number> = createRequire(import.meta.url)('sentiment/languages/en/labels.json');
const labels: Record<string, number> = { ...afinn, ...DOMAIN_WORDS };
for (const { phrase, token } of phraseTokens) labels[token] = DOMAIN_PHRASES[phrase];
labels[TIME_WAITED_TOKEN] = -3;

const analyser = new Sentiment();
analyser.registerLanguage(LANGUAGE, {
  labels,
  scoringStrategy: {
    apply(tokens, cursor, tokenScore) {
      // No negator reaches further than three tokens.
      for (let back = 1; back <= 3 && cursor - back >= 0; back++) {
        const previous = tokens[cursor - back];
        if (previous === COMMA) break;
        if ((NEGATORS[previous] ?? 0) >= back) return -tokenScore;
      }
      return tokenScore;
    },
  },
});

/** Praise and criticism found in one clause, each as a sum of AFINN points (both ≥ 0). */
export interface WordScore {
  positive: number;
  negative: number;
  /** The part of `positive` from strong praise (words of +3 or more: "excellent", "lovely"). */
  strongPositive: number;
}

/** Praise this strong counts even where milder praise words only name what is wanted. */
const STRONG = 3;

/**
 * Normalised text (lower case, straight apostrophes) with each lexicon phrase joined into one
 * token, so later patterns do not mistake "could not have been more helpful" for a request.
 */
export function joinPhrases(text: string): string {
  return text
    .replace(TIME_WAITED, ` ${TIME_WAITED_TOKEN} `)
    .replace(phrasePattern, (phrase) => ` ${tokenOfPhrase.get(phrase)} `)
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Scores text from `joinPhrases` with the tuned word list. */
export function scoreWords(joined: string): WordScore {
  const prepared = joined.replace(/,/g, ` ${COMMA} `);
  const result: WordScore = { positive: 0, negative: 0, strongPositive: 0 };
  for (const item of analyser.analyze(prepared, { language: LANGUAGE }).calculation) {
    for (const score of Object.values(item)) {
      if (score > 0) result.positive += score;
      else result.negative -= score;
      if (score >= STRONG) result.strongPositive += score;
    }
  }
  return result;
}
