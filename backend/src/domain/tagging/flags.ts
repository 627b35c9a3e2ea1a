import { FLAG_KINDS, type Flag, type FlagKind } from '../tags.js';
import { COORDINATION, NEGATED_BEFORE, PAST_OR_HANDLED, STILL_GOING_ON } from './flag-rules/context-cues.js';
import { FLAG_RULES, type FlagRule } from './flag-rules/index.js';
import { foldForFlags } from './fold-text.js';

/**
 * Safety flags: content that must reach a person at once and never be published. Missing a real
 * one costs more than a false alarm, so the rules lean towards flagging; what they leave out on
 * purpose is listed in each rule file under `flag-rules/`. Measured on the labelled examples in
 * `test/fixtures/flag-examples*.ts` (`npm run eval:flags`).
 *
 * The rules are concept lexicons rather than phrase lists: words of one concept (a harming verb in
 * any form, a body part, a symptom, a request) within a few words of another (oneself, how it
 * feels, how bad or sudden, a way of getting in touch), so wordings nobody wrote down are caught.
 * Each kind has specific rules first, which name the flag when they fire, and a broad net after
 * them (`*-concepts.rules.ts`, the co-occurrence rules in each file).
 *
 * How a comment is read, sentence by sentence:
 * 1. a rule's pattern matches, and the match does not overlap one of its idioms (`unless`);
 * 2. its `context`, if any, is in the same sentence;
 * 3. urgent-clinical only: no distant past or "already handled" cue in the sentence, unless the
 *    sentence also says it is still going on;
 * 4. not negated ("no chest pain", "asked if I had chest pain"), except for self-harm and
 *    abuse-neglect, where a patient raising it at all, even to deny it, is worth a person's minute.
 *
 * Pure and deterministic: no I/O, no clock, no randomness; about a tenth of a millisecond a comment
 * once the regexes are compiled (each rule's pattern is tried first, the rest only when it matches).
 */
export function detectFlags(text: string): Flag[] {
  const found = new Map<FlagKind, string>();
  for (const sentence of sentencesOf(foldForFlags(text))) {
    for (const rule of rulesFiringIn(sentence)) if (!found.has(rule.kind)) found.set(rule.kind, rule.id);
  }
  return FLAG_KINDS.filter((kind) => found.has(kind)).map((kind) => ({ kind, rule: found.get(kind)! }));
}

interface Match {
  rule: FlagRule;
  start: number;
  end: number;
}

/** Sentences and lines: negation and "last year" reach no further than their own sentence. */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|[\n\r;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const negatable = (rule: FlagRule) => rule.negatable ?? (rule.kind !== 'self-harm' && rule.kind !== 'abuse-neglect');
const resolvable = (rule: FlagRule) => rule.resolvable ?? rule.kind === 'urgent-clinical';

/**
 * The rules that fire in one folded sentence, in rule order. The pattern runs first and the rest
 * (context, idioms, the past) only for a rule that matched: most rules match nothing, so a comment
 * costs one scan per rule.
 */
function rulesFiringIn(sentence: string): FlagRule[] {
  let pastOrHandled: boolean | undefined;
  const matches: Match[] = [];
  for (const rule of FLAG_RULES) {
    // `search` ignores the shared `g` regex's lastIndex, so the data stays stateless.
    if (sentence.search(rule.pattern) < 0) continue;
    const found = spans(sentence, rule.pattern);
    if (resolvable(rule)) {
      pastOrHandled ??= PAST_OR_HANDLED.test(sentence) && !STILL_GOING_ON.test(sentence);
      if (pastOrHandled) continue;
    }
    if (rule.context && sentence.search(rule.context) < 0) continue;
    const idioms = rule.unless ? spans(sentence, rule.unless) : [];
    for (const m of found) {
      if (!idioms.some((idiom) => idiom.start < m.end && m.start < idiom.end)) matches.push({ rule, ...m });
    }
  }
  const firing = new Set(withoutNegated(sentence, matches).map((m) => m.rule));
  return FLAG_RULES.filter((rule) => firing.has(rule));
}

function spans(sentence: string, pattern: RegExp): { start: number; end: number }[] {
  return [...sentence.matchAll(pattern)]
    .filter((m) => m[0].length > 0)
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * Drops negated matches. A match is negated when a trigger and fillers only come before it, or
 * when it follows a negated match with only "or", "and" or a comma between ("no chest pain or
 * shortness of breath").
 */
function withoutNegated(sentence: string, matches: Match[]): Match[] {
  const ordered = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const negated = new Set<Match>();
  let previous: Match | undefined;
  for (const m of ordered) {
    if (negatable(m.rule)) {
      const before = sentence.slice(0, m.start);
      const carried =
        previous !== undefined &&
        negated.has(previous) &&
        previous.end <= m.start &&
        COORDINATION.test(sentence.slice(previous.end, m.start));
      if (NEGATED_BEFORE.test(before) || carried) negated.add(m);
    }
    if (!previous || m.end > previous.end) previous = m;
  }
  return ordered.filter((m) => !negated.has(m));
}
