import type { FlagKind } from '../../tags.js';

/**
 * One safety-flag rule: plain data, read by `detectFlags`. Patterns run on text that
 * `foldForFlags` has lower-cased and tidied (apostrophes unified, common text-speak spelled out:
 * "u" → "you", "cant" → "can't", "gonna" → "going to"), one sentence at a time.
 */
export interface FlagRule {
  /** Stable id shown to staff, `kind.what` (e.g. `urgent-clinical.chest-pain`). Never patient words. */
  id: string;
  kind: FlagKind;
  /** What fires the rule. Must carry the `g` flag (every match in a sentence is checked). */
  pattern: RegExp;
  /** Idioms and other senses: a match overlapping one of these is ignored. Needs the `g` flag. */
  unless?: RegExp;
  /** Something that must also be in the same sentence (who is at risk, for instance). */
  context?: RegExp;
  /**
   * Whether "no chest pain", "asked if I had chest pain" cancel the match. Default: true, except for
   * self-harm and abuse-neglect, where a denial is still worth a person's minute (see flags.ts).
   */
  negatable?: boolean;
  /**
   * Whether a distant past ("last year") or "already handled" ("saved my life") in the same sentence
   * cancels the match. Default: true for urgent-clinical (it means happening now), false otherwise.
   */
  resolvable?: boolean;
}

/** Builds a rule regex from source fragments, so shared pieces can be written once. */
export const re = (...parts: string[]): RegExp => new RegExp(parts.join(''), 'g');

/**
 * Concept lexicons: a rule is "a word of concept A, then within `n` words a word of concept B", so
 * that one rule covers the wordings nobody wrote down ("crushing feeling in the middle of my chest",
 * "chest has been hurting"). The gap may hold commas and apostrophes, never a sentence end.
 *
 * `upTo(n)`: up to `n` words, shortest first.
 */
export const upTo = (n: number): string => `(?:[\\w'&-]+,? ){0,${n}}?`;

/** A then B within `n` words. */
export const near = (a: string, b: string, n: number): string => `(?:${a}) ${upTo(n)}(?:${b})`;

/** A and B within `n` words, in either order. */
export const nearEither = (a: string, b: string, n: number): string => `${near(a, b, n)}|${near(b, a, n)}`;

/** Family and household: who abuse or neglect is usually about, or from. */
export const RELATION =
  '(?:(?:son|daughter|mother|father|brother|sister)[- ]in[- ]law|in-?laws|step ?father|step ?mother|lodger|housemate|' +
  'partner|husband|hubby|wife|boyfriend|bf|girlfriend|gf|ex|fiance|fiancee|other half|dad|father|step ?dad|' +
  'mum|mom|mother|step ?mum|son|daughter|brother|sister|uncle|aunt|auntie|cousin|grandad|grandpa|nan|nana|gran|' +
  'granny|grandma|carers?|neighbours?|flatmate|landlord|teacher|coach|stepbrother|stepsister)';

/** Someone a threat can be aimed at. */
export const TARGET =
  '(?:him|her|them|you|ya|you lot|yous|every(?:one|body)|any(?:one|body)|some(?:one|body)|whoever|staff|my ' +
  RELATION +
  '|' +
  "(?:the|that|this|your|those|these|every|any|a|one of (?:the|your|those)) (?:[\\w']+ ){0,2}?" +
  '(?:dr|doctor|doc|gp|receptionists?|nurses?|staff|manager|practice manager|woman|man|bloke|lady|girl|guy|person|' +
  'people|cow|idiot|pharmacist|locum|place|surgery|building|practice|lot|one|clinic|health centre|bitch|prick|twat|' +
  'git|moron|jobsworth|muppet|clown|partners?|owner|team|doctors|gps|women|men|lads?|witch)\\b|dr \\w+)';

/** Children, older and dependent people: context for neglect and bruising. */
export const DEPENDANT =
  '\\b(?:kids?|child(?:ren)?|baby|babies|toddler|little (?:boy|girl)|son|daughter|niece|nephew|grandchild\\w*|mum|mom|' +
  'dad|nan|nana|gran|granny|grandad|grandma|elderly|dementia|disabled|vulnerable|carers?|care home|nursing home|' +
  'resident|\\d+ ?(?:years? old|yo|yr old))\\b';

/**
 * A gap of up to `n` words that holds no negation, so "please don't contact me" is not read as
 * "please … contact me".
 */
export const gap = (n: number): string => `(?:(?!not\\b|never\\b|don't\\b|no\\b|do not\\b)[\\w'&]+ ){0,${n}}?`;
