/**
 * The language a patient wrote in, so the worker scores sentiment only on English and hands
 * everything else to a person (`needsHumanReading`).
 *
 * Rules, in order:
 * 1. The widget's declared language is trusted (source `widget`): the patient chose it.
 * 2. Except English: the widget starts in English, so a patient may write Polish without
 *    switching. When the text is clearly another language it wins (source `detected`). "Clearly"
 *    means a script English never uses (Gurmukhi, Gujarati, Bengali, Arabic) at any length, or at
 *    least 30 characters that franc-min places well away from English and that are not mostly
 *    common English words. The other way round (Polish declared, English written) is left alone:
 *    a person reading an English comment costs little; scoring Polish as English costs a wrong tag.
 * 3. With no declared language (paper forms, older clients), the text decides (`detected`).
 *    Under 20 characters franc-min is guesswork, so a short text is `und` (`undetermined`) unless
 *    its script decides, it is made of common English words ("Very good", "Nothing"), or it
 *    carries Lithuanian words or letters.
 * 4. Empty text with no declared language is `und`.
 *
 * franc-min answers in ISO 639-3; LanguageTag wants ISO 639-1 where one exists (ISO_639_1 below),
 * else the 639-3 code. Pure and deterministic; no I/O.
 */
import { francAll } from 'franc-min';
import type { LanguageTag } from '../tags.js';
import { ARABIC_LETTERS, ENGLISH_WORDS, LITHUANIAN_LETTERS, LITHUANIAN_WORDS, URDU_LETTERS } from './language-words.js';

/**
 * franc-min's ISO 639-3 codes to ISO 639-1: the widget's twelve languages first, then others
 * commonly written in England. Any other code is kept as franc-min gives it.
 */
const ISO_639_1: Readonly<Record<string, string>> = {
  eng: 'en',
  pol: 'pl',
  ron: 'ro',
  pan: 'pa',
  urd: 'ur',
  por: 'pt',
  spa: 'es',
  ben: 'bn',
  guj: 'gu',
  arb: 'ar',
  lit: 'lt',
  som: 'so',
  fra: 'fr',
  deu: 'de',
  ita: 'it',
  nld: 'nl',
  tur: 'tr',
  rus: 'ru',
  ukr: 'uk',
  hin: 'hi',
  pes: 'fa',
  hun: 'hu',
  ces: 'cs',
  bul: 'bg',
};

const LIKELY_LANGUAGES = Object.keys(ISO_639_1);

/** Below this many characters, no declared language and no other evidence: undetermined. */
const SHORT_TEXT = 20;
/** A declared English is overruled from text this long (or by script at any length). */
const OVERRULE_ENGLISH = 30;
/** franc-min scores the best language 1; English at or below this is "well away from English". */
const FAR_FROM_ENGLISH = 0.7;
/** A text with at least this share of common English words is English, whatever franc-min says. */
const MOSTLY_ENGLISH = 0.5;
/** …and one with this share or more is never overruled as another language. */
const PARTLY_ENGLISH = 0.2;

const SCRIPTS: { code: string; letters: RegExp }[] = [
  { code: 'pa', letters: /\p{Script=Gurmukhi}/gu },
  { code: 'gu', letters: /\p{Script=Gujarati}/gu },
  { code: 'bn', letters: /\p{Script=Bengali}/gu },
  { code: 'arabic-script', letters: /\p{Script=Arabic}/gu },
];

/** What the text alone says: a code (or `und`), and whether it is clear. */
interface Reading {
  code: string;
  clear: boolean;
  /** Decided by the script, which no length makes more certain. */
  byScript: boolean;
}

const UNDETERMINED: Reading = { code: 'und', clear: false, byScript: false };

function toIso6391(code: string): string {
  return ISO_639_1[code] ?? code;
}

/** Reads the language off the text, without regard to what the widget declared. */
function readText(text: string): Reading {
  const letters = [...text.matchAll(/\p{L}/gu)].length;
  if (letters === 0) return UNDETERMINED;
  for (const { code, letters: pattern } of SCRIPTS) {
    if ((text.match(pattern)?.length ?? 0) * 2 <= letters) continue;
    if (code !== 'arabic-script') return { code, clear: true, byScript: true };
    if (URDU_LETTERS.test(text)) return { code: 'ur', clear: true, byScript: true };
    if (ARABIC_LETTERS.test(text)) return { code: 'ar', clear: true, byScript: true };
    // Arabic script without the letters that tell Urdu from Arabic: franc-min, if it can say.
    const [best] = francAll(text, { only: ['arb', 'urd', 'pes'] })[0];
    return best === 'und' ? UNDETERMINED : { code: toIso6391(best), clear: true, byScript: true };
  }
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const english = words.filter((w) => ENGLISH_WORDS.has(w.replace(/[\u2018\u2019]/g, "'"))).length / words.length;
  if (english >= MOSTLY_ENGLISH) return { code: 'en', clear: true, byScript: false };
  const lithuanian = words.filter((w) => LITHUANIAN_WORDS.has(w) || LITHUANIAN_LETTERS.test(w)).length;
  if (lithuanian >= 2) return { code: 'lt', clear: true, byScript: false };
  // Only the languages people in England commonly write: franc-min otherwise reads Polish as
  // Madurese, or English as Scots, for want of any way to know where the text came from.
  const ranked = francAll(text, { only: LIKELY_LANGUAGES });
  const [best] = ranked[0];
  if (best === 'und') return lithuanian > 0 ? { code: 'lt', clear: false, byScript: false } : UNDETERMINED;
  if (best === 'eng') return { code: 'en', clear: text.length >= OVERRULE_ENGLISH, byScript: false };
  const englishScore = ranked.find(([code]) => code === 'eng')?.[1] ?? 0;
  const clear = englishScore <= FAR_FROM_ENGLISH && english < PARTLY_ENGLISH && text.length >= SHORT_TEXT;
  if (clear) return { code: toIso6391(best), clear, byScript: false };
  // Unclear, but partly common English words: short English that franc-min misreads.
  return english >= PARTLY_ENGLISH ? { code: 'en', clear: false, byScript: false } : UNDETERMINED;
}

/** The primary subtag of a declared BCP 47 tag ("pl-PL" → "pl"), or null when there is none. */
function declaredCode(declared: string | null): string | null {
  const primary = declared?.trim().toLowerCase().split(/[-_]/)[0];
  return primary ? primary : null;
}

/**
 * The language of a comment, from the widget's declared language (null when there is none) and
 * the text itself. See the module comment for the rules.
 */
export function detectLanguage(text: string, declared: string | null): LanguageTag {
  const trimmed = text.trim();
  const chosen = declaredCode(declared);
  if (chosen && chosen !== 'en') return { code: chosen, source: 'widget' };
  const reading = readText(trimmed);
  if (chosen === 'en') {
    const overrule = reading.clear && reading.code !== 'en' && (reading.byScript || trimmed.length >= OVERRULE_ENGLISH);
    return overrule ? { code: reading.code, source: 'detected' } : { code: 'en', source: 'widget' };
  }
  if (reading.clear || reading.byScript || (reading.code === 'en' && trimmed.length >= SHORT_TEXT)) {
    return { code: reading.code, source: 'detected' };
  }
  return { code: 'und', source: 'undetermined' };
}

/** Whether the worker may score this comment's sentiment and themes as English. */
export function isEnglish(tag: LanguageTag): boolean {
  return tag.code === 'en';
}
