import { PII_KINDS, type PiiKind, type RedactionResult } from '../tags.js';
import { findNames } from './names.js';
import { isValidNhsNumber } from './nhs-number.js';
import {
  BIRTH_CUE,
  BIRTH_CUE_REACH,
  EMAIL,
  FULL_DATE,
  NHS_NUMBER_CANDIDATE,
  PHONE_CANDIDATE,
  POSTCODE,
} from './pii-patterns.js';

/** What each kind of detail becomes. A title stays: "Dr [name]". */
export const PLACEHOLDERS: Readonly<Record<PiiKind, string>> = {
  'nhs-number': '[NHS number]',
  phone: '[phone number]',
  email: '[email]',
  postcode: '[postcode]',
  'date-of-birth': '[date of birth]',
  name: '[name]',
};

/**
 * Replaces personal details with placeholders, for every display outside the practice's own
 * inbox (moderation policy: names, identifying dates and numbers go before anything is shown).
 * The order matters: e-mail addresses first (they hold digits and dots), then NHS numbers (ten
 * digits that pass the check digit), then phone numbers (what is left of the digit runs), then
 * postcodes, birth dates and names. `found` lists the kinds redacted, with how many of each.
 *
 * Pure and deterministic. Known gaps, by choice or for want of a rule: addresses other than the
 * postcode, dates of birth with no birth word near them, ages, lower-case first names with no
 * title ("jenny on reception"), surnames alone, and other people's identifiers (hospital numbers).
 */
export function redactPersonalDetails(text: string): RedactionResult {
  const counts = new Map<PiiKind, number>();
  const count = (kind: PiiKind) => {
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    return PLACEHOLDERS[kind];
  };

  let out = text.replace(EMAIL, () => count('email'));
  out = out.replace(NHS_NUMBER_CANDIDATE, (match, a: string, _sep: string, b: string, c: string) =>
    isValidNhsNumber(a + b + c) ? count('nhs-number') : match,
  );
  out = out.replace(PHONE_CANDIDATE, (match) => (isUkPhone(match) ? count('phone') : match));
  out = out.replace(POSTCODE, () => count('postcode'));
  out = out.replace(FULL_DATE, (match, ...rest) => {
    const offset = rest[rest.length - 2] as number;
    // The cue must be in the same sentence: "born on …. Appointment on 12/03/2024" is not a birth date.
    const before = out
      .slice(Math.max(0, offset - BIRTH_CUE_REACH), offset)
      .split(/[!?\n]|\.\s+(?=[a-z])/i)
      .pop()!;
    const after = out.slice(offset + match.length, offset + match.length + 12);
    return BIRTH_CUE.test(before) || /^\W{0,3}(?:dob|d\.o\.b|date of birth)/i.test(after)
      ? count('date-of-birth')
      : match;
  });
  out = replaceSpans(out, findNames(out), () => count('name'));

  return {
    text: out,
    found: PII_KINDS.filter((kind) => counts.has(kind)).map((kind) => ({ kind, count: counts.get(kind)! })),
  };
}

/** 10 or 11 national digits starting 01, 02, 03, 05, 07, 08 or 09, after +44 or 0044 becomes 0. */
function isUkPhone(candidate: string): boolean {
  const digits = candidate
    .replace(/\D/g, '')
    .replace(/^(?:0044|44)/, '0')
    .replace(/^00/, '0');
  return /^0[1235789]\d{8,9}$/.test(digits);
}

function replaceSpans(text: string, spans: { start: number; end: number }[], replacement: () => string): string {
  let out = '';
  let from = 0;
  for (const { start, end } of spans) {
    // Placeholders from the earlier steps are not names ("[NHS number]").
    if (text[start - 1] === '[') continue;
    out += text.slice(from, start) + replacement();
    from = end;
  }
  return out + text.slice(from);
}
