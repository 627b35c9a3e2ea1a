/**
 * How a patient felt in one clause, for the theme that clause names. The `sentiment` package
 * (AFINN) scores the words; on its own it misses what GP comments say ("on hold for an hour",
 * "couldn't get through", "waited three weeks") and reads illness words as complaints, so a short
 * GP lexicon (`theme-lexicon.ts`) is laid over it, phrases are scored first, and negation reaches
 * a few words back ("not very helpful") instead of one.
 *
 * Pure and deterministic: the analyser is built once, when the module loads, under a language code
 * of its own so the package's shared English list is never changed.
 */
import { createRequire } from 'node:module';
import Sentiment from 'sentiment';
import { NEGATORS, THEME_PHRASES, THEME_WORDS } from './theme-lexicon.js';

const LANGUAGE = 'en-gp-themes';
/** Negation reaches this many tokens back: "not [very] [very] helpful". */
const NEGATION_WINDOW = 3;
/** Stands for a comma in the token stream, where negation stops; scores nothing. */
const COMMA = 'zzcommazz';

/** A length of time waited is a complaint: "waited 40 minutes", "took three weeks". */
const TIME_WAITED =
  /\b(?:wait\w*|took|takes|taking|over|more than|nearly|almost)\s+(?:for\s+)?(?:over\s+|more than\s+|nearly\s+|almost\s+|about\s+|around\s+)?(?:\d+|an?|two|three|four|five|six|several|many)\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b/g;
const TIME_WAITED_SCORE = -2;

const phrases = Object.keys(THEME_PHRASES).sort((a, b) => b.length - a.length);
const PHRASE_PATTERN = new RegExp(
  phrases.map((p) => `(?<![\\w'])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w'])`).join('|'),
  'g',
);

/** The package's AFINN list, loaded the way the package loads it; copied, never changed. */
const afinn: Record<string, number> = createRequire(import.meta.url)('sentiment/languages/en/labels.json');

const analyser = new Sentiment();
analyser.registerLanguage(LANGUAGE, {
  labels: { ...afinn, ...THEME_WORDS },
  scoringStrategy: {
    apply(tokens: string[], cursor: number, tokenScore: number): number {
      for (let back = 1; back <= NEGATION_WINDOW && cursor - back >= 0; back++) {
        const previous = tokens[cursor - back];
        if (previous === COMMA) break;
        if (NEGATORS.has(previous)) return -tokenScore;
      }
      return tokenScore;
    },
  },
});

export interface ClausePolarity {
  /** Net AFINN points of the clause. */
  score: number;
  /** Whether any word or phrase of the clause carried feeling, even if it cancelled out. */
  said: boolean;
}

/**
 * Scores one clause, already in lower case with straight apostrophes (as `themes.ts` prepares it).
 */
export function scoreClause(clause: string): ClausePolarity {
  let score = 0;
  let said = false;
  let rest = clause.replace(TIME_WAITED, () => {
    score += TIME_WAITED_SCORE;
    said = true;
    return ' ';
  });
  rest = rest.replace(PHRASE_PATTERN, (phrase) => {
    const points = THEME_PHRASES[phrase] ?? 0;
    score += points;
    said ||= points !== 0;
    return ' ';
  });
  const result = analyser.analyze(rest.replace(/,/g, ` ${COMMA} `), { language: LANGUAGE });
  score += result.score;
  said ||= result.calculation.some((entry) => Object.values(entry).some((points) => points !== 0));
  return { score, said };
}
