/**
 * Themes of a submission, each with how the patient felt about that part: "The receptionist was
 * rude but the doctor was brilliant" is reception negative and clinician positive, which one
 * sentiment for the whole comment cannot say.
 *
 * How: each answer is cut into sentences, each sentence into segments at contrast words ("but",
 * "however", "although"), each segment into clauses at "and" before a new subject ("… and the
 * nurse …"). A theme is found by its keywords (`theme-keywords.ts`) in a clause; its polarity is
 * that clause's score (`theme-polarity.ts`), else its segment's when the clause itself says
 * nothing either way. A theme named without any feeling takes the question's: in answer to "what
 * could we do better?" it is a wish, so negative; to "what was good?", positive; in a general
 * comment, the comment's overall feeling, else neutral.
 *
 * One tag per theme, in the order of THEMES; a theme met in two answers gets their summed score,
 * so praise in one and criticism in the other can come out neutral.
 *
 * `positive-experience` is praise or thanks not tied to another theme (tags.ts). So it is kept
 * only when positive, and dropped when another theme is praised ("the doctor was lovely, thank
 * you" is clinician positive); it is given for "nothing" in answer to "what could we do better?"
 * or in a general comment box, for "everything" in answer to "what was good?", and for a positive
 * comment that names no theme ("Very good, thank you").
 *
 * Pure and deterministic; every pattern is compiled once, when the module loads.
 */
import type { FeedbackComment, QuestionId } from '../feedback.js';
import { THEMES, type Polarity, type ThemeId, type ThemeTag } from '../tags.js';
import { THEME_KEYWORDS } from './theme-keywords.js';
import { scoreClause } from './theme-polarity.js';

/**
 * "Nothing", "no", "can't think of anything", "there's nothing you could have done better": in
 * answer to "what could we do better?" (or in a general comment box) that is praise. Matched at the
 * start of an answer; what follows ("Nothing, it was all great") is read as usual. "Nothing was
 * done" and "no appointments" are not praise, so "nothing" must not be followed by a verb, and a
 * bare "no" or "none" must end the answer or be followed by punctuation.
 */
const NOTHING_OPENING = new RegExp(
  '^(?:absolutely |really |honestly |genuinely |to be honest,? |not sure,? )?' +
    '(?:' +
    [
      'nothing(?! (?:was|is|has|had|seems|seemed|gets|got|happen\\w*|ever|done|being|will|works?|worked|about|else was|good|positive|helpful)\\b)(?: (?:really|at all|whatsoever|at the moment|at present|at this time|to improve|to add|to say|to report|to change|to suggest|more|else|(?:that )?i can think of|(?:that )?i could think of|comes to mind|springs to mind|could be better|could have been better|could have been done better|i would change|needs? improving))*',
      'not a thing',
      "(?:none|nope|no|not really|not a lot|very little|not that i know of|i don't think so)(?=\\s*(?:[,.:;!-]|$))",
      '(?:no|nope) (?=everything|all\\b|nothing|concerns?\\b|complaints?\\b|grumbles?\\b|improvements?\\b)',
      "(?:there is|there's|there isn't|there wasn't) (?:nothing|not anything|anything)[^.!?,]*?(?:better|improve\\w*|different\\w*|change)",
      "(?:i )?(?:can't|cant|cannot|couldn't|can not) (?:immediately |really )?think of (?:anything|a thing)(?: else)?(?: that could (?:have been|be) (?:done )?better)?",
      "(?:i )?(?:wouldn't|would not) change (?:a |any)?thing",
      'faultless',
    ].join('|') +
    ')\\s*[,.:;!-]*\\s*',
);

const SENTENCE_END = /[!?;\n]+|\.(?!\d)|\s[-–—]+\s/;
const CONTRAST = /\b(?:but|however|although|though|whereas|except|apart from|other than)\b/;
const AND_NEW_SUBJECT =
  /,?\s+and\s+(?=(?:the|my|a|an|i|she|he|they|we|it|you|your|their|his|her|reception\w*|doctors?|nurses?|staff|gp)\b)/;

/** A sentence this short, answering a question, is taken as naming what the question asks about. */
const BRIEF_WORDS = 4;
/** What "nothing to improve" or "everything was good" weighs, in AFINN points. */
const NOTHING_POINTS = 2;
/** A comment naming no theme counts as praise from this many points ("very good"; not "a friend"). */
const PRAISE_MIN = 2;
/** "Everything" (or "all of it") in answer to "what was good?". */
const EVERYTHING_ANSWER = /^(?:everything|all of it|all|the lot|everything really|everything about it)$/;

/** Where the question decides a theme named without feeling: points added to its score. */
const QUESTION_LEAN: Record<QuestionId, number> = { better: -1, good: 1, comment: 0 };

interface CompiledQualified {
  terms: RegExp;
  requires: RegExp | null;
  unlessNamed: readonly ThemeId[];
}

interface CompiledTheme {
  theme: ThemeId;
  terms: RegExp | null;
  qualified: CompiledQualified[];
  except: RegExp | null;
}

/** One regular expression for a list of terms, in the notation `theme-keywords.ts` describes. */
function compileTerms(terms: readonly string[]): RegExp | null {
  if (terms.length === 0) return null;
  const alternatives = [...terms]
    .sort((a, b) => b.length - a.length)
    .map((term) => {
      const body = term
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '\\w*')
        .replace(/ /g, '[\\s-]+');
      return `(?<![\\w])${body}(?![\\w])`;
    });
  return new RegExp(alternatives.join('|'), 'g');
}

const COMPILED: CompiledTheme[] = THEMES.map((theme) => {
  const keywords = THEME_KEYWORDS[theme];
  return {
    theme,
    terms: compileTerms(keywords.terms),
    qualified: (keywords.qualified ?? []).map((q) => ({
      terms: compileTerms(q.terms)!,
      requires: compileTerms(q.requires ?? []),
      unlessNamed: q.unlessNamed ?? [],
    })),
    except: compileTerms(keywords.except ?? []),
  };
});

const has = (pattern: RegExp | null, text: string): boolean => {
  if (!pattern) return false;
  pattern.lastIndex = 0;
  return pattern.test(text);
};

/**
 * The themes a clause names. `brief`: the whole sentence is a few words answering a question
 * ("The nurses" to "what was good?"), where the question supplies the words `requires` asks for.
 */
function themesNamed(clause: string, brief: boolean): ThemeId[] {
  const named: ThemeId[] = [];
  const waiting: { theme: ThemeId; unlessNamed: readonly ThemeId[] }[] = [];
  for (const compiled of COMPILED) {
    const text = compiled.except ? clause.replace(compiled.except, ' ') : clause;
    if (has(compiled.terms, text)) {
      named.push(compiled.theme);
      continue;
    }
    const qualified = compiled.qualified.filter(
      (q) => has(q.terms, text) && (q.requires === null || brief || has(q.requires, text)),
    );
    if (qualified.some((q) => q.unlessNamed.length === 0)) named.push(compiled.theme);
    else if (qualified.length > 0) {
      waiting.push({ theme: compiled.theme, unlessNamed: qualified.flatMap((q) => q.unlessNamed) });
    }
  }
  // Decided once every theme's own terms are known: "the ladies on reception" is reception's.
  for (const { theme, unlessNamed } of waiting) {
    if (!unlessNamed.some((other) => named.includes(other))) named.push(theme);
  }
  return named;
}

/** Lower case, straight apostrophes, "Dr." without its full stop, so sentences split cleanly. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/\b(dr|drs|mr|mrs|ms|miss|e\.g|i\.e|etc|appt|approx)\./g, (_, word: string) => word.replace(/\./g, ''))
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Each theme found so far, with its summed score (AFINN points plus the question's lean). */
type Gathered = Map<ThemeId, number>;

function add(gathered: Gathered, theme: ThemeId, score: number): void {
  gathered.set(theme, (gathered.get(theme) ?? 0) + score);
}

/** The themes of one answer, each with its score; the answer's own overall score beside them. */
function readAnswer(comment: FeedbackComment): { themes: Gathered; overall: number; nothing: boolean } {
  const themes: Gathered = new Map();
  let text = normalise(comment.text);
  const bare = text.replace(/[.!\s]+$/, '');
  if (comment.question === 'good' && EVERYTHING_ANSWER.test(bare)) {
    add(themes, 'positive-experience', NOTHING_POINTS);
    return { themes, overall: NOTHING_POINTS, nothing: true };
  }
  const opening = comment.question === 'good' ? null : NOTHING_OPENING.exec(text);
  let overall = 0;
  if (opening) {
    add(themes, 'positive-experience', NOTHING_POINTS);
    overall += NOTHING_POINTS;
    text = text.slice(opening[0].length);
  }
  const unsaid = new Set<ThemeId>();
  for (const sentence of text.split(SENTENCE_END)) {
    const brief = comment.question !== 'comment' && sentence.trim().split(/\s+/).length <= BRIEF_WORDS;
    for (const segment of sentence.split(CONTRAST)) {
      const clauses = segment.split(AND_NEW_SUBJECT).map((clause) => ({ clause, ...scoreClause(clause) }));
      const segmentScore = clauses.reduce((sum, c) => sum + c.score, 0);
      const segmentSaid = clauses.some((c) => c.said);
      overall += segmentScore;
      for (const { clause, score, said } of clauses) {
        for (const theme of themesNamed(clause, brief)) {
          if (said) add(themes, theme, score);
          else if (segmentSaid) add(themes, theme, segmentScore);
          else unsaid.add(theme);
        }
      }
    }
  }
  // A theme named without feeling leans with the question, or with the whole comment.
  const lean = comment.question === 'comment' ? Math.sign(overall) : QUESTION_LEAN[comment.question];
  for (const theme of unsaid) if (!themes.has(theme)) add(themes, theme, lean);
  return { themes, overall, nothing: opening !== null };
}

function polarity(score: number): Polarity {
  if (score > 0) return 'positive';
  if (score < 0) return 'negative';
  return 'neutral';
}

/**
 * The themes of one submission's answers, each with its polarity, in the order of THEMES.
 * Pure and deterministic; no I/O.
 */
export function tagThemes(comments: FeedbackComment[]): ThemeTag[] {
  const gathered: Gathered = new Map();
  let overall = 0;
  let nothing = false;
  for (const comment of comments) {
    const answer = readAnswer(comment);
    overall += answer.overall;
    nothing ||= answer.nothing;
    for (const [theme, score] of answer.themes) add(gathered, theme, score);
  }
  const praise = gathered.get('positive-experience');
  if (praise !== undefined && praise <= 0) gathered.delete('positive-experience');
  const otherPraise = [...gathered].some(([theme, score]) => theme !== 'positive-experience' && score > 0);
  if (!nothing && otherPraise) gathered.delete('positive-experience');
  // Praise that names nothing in particular ("Very good, thank you") is still a positive experience.
  if (gathered.size === 0 && overall >= PRAISE_MIN) add(gathered, 'positive-experience', overall);
  return THEMES.filter((theme) => gathered.has(theme)).map((theme) => ({
    theme,
    polarity: polarity(gathered.get(theme)!),
  }));
}
