/**
 * Sentiment tuned for patient feedback on GP practices. The `sentiment` package (AFINN) is the
 * base: on its own it reads "I couldn't get through for an hour" as neutral, "can't fault them"
 * as negative and "the doctor was lovely but I waited 40 minutes" as plain praise. On top of the
 * word scoring in `sentiment-words.ts` (domain lexicon, phrases, wider negation) this module adds:
 *
 * - contrast ("but", "however", "although"): the clause the patient leans on counts more;
 * - per-sentence scoring, so praise and criticism side by side come out `mixed`;
 * - the question answered: "what could we do better?" invites criticism, so a request there is
 *   negative and a bare "nothing" is praise; "nothing" to "what was good?" is criticism;
 * - the patient's own FFT rating, as evidence that matters most when the words say little.
 *
 * Pure and deterministic; everything it needs is built once when the module loads.
 */
import type { FeedbackComment, QuestionId } from '../feedback.js';
import { commentText } from '../feedback.js';
import type { FftRating } from '../fft.js';
import { SentimentTagger } from '../tag-sentiment.js';
import type { SentimentLabel4, SentimentResult } from '../tags.js';
import {
  BARE_ANSWER_PADDING,
  COMPARATIVE,
  DECLINED_ANSWER,
  NO_IMPROVEMENT,
  NOTHING_ANSWER,
  NOTHING_OPENING,
  REQUEST,
  STATEMENT,
} from './sentiment-answers.js';
import { joinPhrases, scoreWords } from './sentiment-words.js';

/** The package's own verdict, exactly as the worker has always stored it. */
const rawTagger = new SentimentTagger();

/** Contrast words. Before "but"/"however" the patient concedes; after "although" likewise. */
const CONTRAST = /\s*\b(but|however|although|though|except|apart from|other than|whereas)\b\s*/;
const CONCESSIVE_AFTER = new Set(['although', 'though']);
/** "The only thing…", "my one complaint…": what follows is criticism even without a bad word. */
const CRITICISM_OPENER = /\b(?:only|one)\s+(?:thing|problem|issue|complaint|downside|negative|criticism|gripe)\b/;
/** A concession counts this much of a full clause. */
const CONCESSION_WEIGHT = 0.5;

/** One clause's praise and criticism in AFINN points, and how much it counts. */
interface Clause {
  positive: number;
  negative: number;
  weight: number;
}

/**
 * How far each question leans its answers, in AFINN points: what is named under "what was
 * good?" is praise, under "what could we do better?" a wish. It decides answers without
 * sentiment words ("the reception staff", "evening appointments"), and near-ties.
 */
const QUESTION_LEAN: Record<QuestionId, number> = { good: 1, better: -1, comment: 0 };

/** One answer read: its clauses and the lean of its question (0 for a bare answer). */
interface Reading {
  clauses: Clause[];
  lean: number;
}

const clause = (score: number, weight = 1): Clause => ({
  positive: Math.max(score, 0),
  negative: Math.max(-score, 0),
  weight,
});

/** Scores one clause, reading it as the answer to `question`. */
function scoreClause(clauseText: string, question: QuestionId, weight: number): Clause {
  const text = joinPhrases(clauseText);
  const words = scoreWords(text);
  if (CRITICISM_OPENER.test(text)) words.negative += 2;
  // To "what could we do better?", saying it could not be better is praise.
  if (question === 'better' && NO_IMPROVEMENT.test(clauseText)) {
    return { positive: words.positive + 2, negative: 0, weight };
  }
  // Asking for something is criticism, whatever praise words the request uses ("better food",
  // "more staff would help"); the question that invites requests hears them in any comparative.
  // Under "what was good?" a wish is mostly part of the praise ("would like it to stay here").
  if ((question !== 'good' && REQUEST.test(text)) || (question === 'better' && COMPARATIVE.test(text))) {
    return { positive: 0, negative: words.negative + 2, weight };
  }
  if (question === 'better') {
    // Milder praise words there mostly name what is wanted ("listen to the patient", "clean the
    // toilets"); they count only in a statement of how things were.
    if (!STATEMENT.test(text)) return { positive: words.strongPositive, negative: words.negative, weight };
  }
  return { positive: words.positive, negative: words.negative, weight };
}

/** Splits a sentence at contrast words and weighs the concession less. */
function scoreSentence(sentence: string, question: QuestionId): Clause[] {
  const parts = sentence.split(CONTRAST);
  const clauses: Clause[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const text = parts[i].trim();
    if (!text) continue;
    const before = i > 0 ? parts[i - 1] : null;
    const after = i + 1 < parts.length ? parts[i + 1] : null;
    const conceded =
      (before !== null && CONCESSIVE_AFTER.has(before)) || (after !== null && !CONCESSIVE_AFTER.has(after));
    clauses.push(scoreClause(text, question, conceded ? CONCESSION_WEIGHT : 1));
  }
  return clauses;
}

/** Lower case, straight apostrophes, single spaces: the form the lexicon is written in. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** A whole answer of "nothing", "no", "not sure" and the like, read for its question; else null. */
function bareAnswer(text: string, question: QuestionId): Clause[] | null {
  const bare = text
    .replace(/[.!?\s]+$/, '')
    .replace(BARE_ANSWER_PADDING, '')
    .trim();
  const nothing = NOTHING_ANSWER.test(bare);
  if (!nothing && !DECLINED_ANSWER.test(bare)) return null;
  // "Nothing" to "what could we do better?" is praise; to "what was good?" it is criticism.
  if (question === 'better') return [clause(2)];
  if (question === 'good' && nothing) return [clause(-2)];
  return [];
}

/** Scores one answer, clause by clause, with what its question tells us. */
function readComment(comment: FeedbackComment): Reading {
  const text = normalise(comment.text);
  if (!text) return { clauses: [], lean: 0 };
  const bare = bareAnswer(text, comment.question);
  if (bare) return { clauses: bare, lean: 0 };
  const clauses: Clause[] = [];
  let rest = text;
  const opening = NOTHING_OPENING.exec(text);
  if (opening && comment.question !== 'comment') {
    clauses.push(clause(comment.question === 'better' ? 2 : -2));
    rest = text.slice(opening[0].length);
  }
  for (const sentence of rest.split(/[.!?;\n]+/)) {
    if (sentence.trim()) clauses.push(...scoreSentence(sentence, comment.question));
  }
  return { clauses, lean: QUESTION_LEAN[comment.question] };
}

/** The patient's own rating, in AFINN points. */
const RATING_EVIDENCE: Record<FftRating, number> = {
  'very-good': 2,
  good: 1,
  neither: 0,
  poor: -1,
  'very-poor': -2,
  'dont-know': 0,
};

/** Both sides must reach this many points, the weaker at least this share of the stronger. */
const MIXED_MIN = 3;
const MIXED_RATIO = 0.5;
/** A net score within this of zero is neutral (or mixed when both sides spoke). */
const NEUTRAL_BAND = 0.5;
/** Net AFINN points at which `score` reaches about ±0.76 (tanh 1). */
const SCORE_SCALE = 4;

/**
 * The tuned sentiment of one submission's comments, with the `sentiment` package's own verdict
 * on the same text (`raw`) kept beside it to compare. Pass the FFT rating when the patient gave
 * one; pass null when there is none, as in the labelled evaluation data.
 */
export function scoreSentiment(input: { comments: FeedbackComment[]; rating: FftRating | null }): SentimentResult {
  const raw = rawTagger.tag(commentText(input));
  let positive = 0;
  let negative = 0;
  let net = 0;
  for (const { clauses, lean } of input.comments.map(readComment)) {
    net += lean;
    for (const c of clauses) {
      positive += c.positive;
      negative += c.negative;
      net += (c.positive - c.negative) * c.weight;
    }
  }
  net += input.rating ? RATING_EVIDENCE[input.rating] : 0;
  return { label: decide(positive, negative, net), score: Math.tanh(net / SCORE_SCALE), raw };
}

/** Mixed when both sides are strong; else by the weighted net, neutral near zero. */
function decide(positive: number, negative: number, net: number): SentimentLabel4 {
  const weaker = Math.min(positive, negative);
  if (weaker >= MIXED_MIN && weaker >= MIXED_RATIO * Math.max(positive, negative)) return 'mixed';
  if (net > NEUTRAL_BAND) return 'positive';
  if (net < -NEUTRAL_BAND) return 'negative';
  return positive > 0 && negative > 0 ? 'mixed' : 'neutral';
}
