import { URGENT_TERMS } from '../../../../../widget/src/urgent/urgent-terms.js';
import type { FlagKind } from '../../tags.js';
import { foldForFlags } from '../fold-text.js';
import type { FlagRule } from './rule.js';

/**
 * Comments in the widget's other eleven languages, flagged with the widget's own urgent-help terms
 * (plain data the widget shares for this purpose; a machine-assisted draft not yet reviewed by
 * native speakers). The widget does not say which kind a term is, but each language's list runs in
 * the same order: self-harm and suicide, then chest pain and breathing, then abuse and violence.
 * How many of each is recorded here, and a test fails when the widget's lists change, so that a
 * person looks again. Violence words go to abuse-neglect: in a patient's comment that is most
 * often violence at home. No negation or "last year" handling in these languages: a person reads
 * every one.
 */
export const TERM_COUNTS: Readonly<Record<string, readonly [selfHarm: number, clinical: number, abuse: number]>> = {
  pl: [6, 2, 3],
  ro: [4, 2, 3],
  es: [6, 3, 4],
  pt: [6, 2, 5],
  lt: [4, 3, 3],
  so: [4, 4, 3],
  ar: [5, 4, 3],
  ur: [4, 2, 3],
  bn: [4, 2, 2],
  gu: [3, 3, 3],
  pa: [4, 2, 2],
};

const KINDS_IN_ORDER: readonly FlagKind[] = ['self-harm', 'urgent-clinical', 'abuse-neglect'];

/**
 * English words that begin with another language's stem (Romanian "viol" in "violated" or "violence", which the English rules handle themselves; Somali
 * "is dil" in "is dilapidated"), since these rules also see English comments.
 */
const ENGLISH_COLLISIONS =
  /\bviolen(?:ce|t|tly)\b|\bviolat\w*|\bviolin\w*|\bviola\b|\bis dil(?:ap|ut|ig|em|l)\w*|\babuz\w*(?=ed\b)/gu;

/** Stems that are English words too: the English rules, with their exceptions, already cover them. */
const COVERED_IN_ENGLISH = new Set(['suicid', 'molest']);

const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Terms match at the start of a word in any script, as in the widget (a stem covers its forms). */
function termsRule(language: string, kind: FlagKind, terms: readonly string[]): FlagRule {
  const alternatives = terms
    .filter((term) => !COVERED_IN_ENGLISH.has(term))
    .map((term) => escape(foldForFlags(term)))
    .join('|');
  return {
    id: `${kind}.widget-term-${language}`,
    kind,
    pattern: new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alternatives})`, 'gu'),
    unless: ENGLISH_COLLISIONS,
    negatable: false,
    resolvable: false,
  };
}

function rulesFor(language: string, counts: readonly number[]): FlagRule[] {
  const terms = URGENT_TERMS[language] ?? [];
  let from = 0;
  return KINDS_IN_ORDER.map((kind, i) => {
    const rule = termsRule(language, kind, terms.slice(from, from + counts[i]));
    from += counts[i];
    return rule;
  });
}

export const OTHER_LANGUAGE_RULES: readonly FlagRule[] = Object.entries(TERM_COUNTS).flatMap(([language, counts]) =>
  rulesFor(language, counts),
);
