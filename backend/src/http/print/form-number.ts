import { randomInt } from 'node:crypto';

/**
 * Crockford's base32: digits and capitals without I, L, O and U, so a form number copied by hand
 * from a paper form cannot be misread as another (no 1/I/L, no 0/O) and spells no rude words.
 */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 6;

/** `F-` and six Crockford base32 characters, e.g. `F-7K3Q9X`. */
export const FORM_NUMBER = /^F-[0-9A-HJKMNP-TV-Z]{6}$/;

/**
 * A fresh form number for one printed paper form. Batch entry keys it in with the answers, so a
 * form entered twice (two people, or one person twice) shows up as a repeated number. Random, not
 * counted: printing needs no store write, and 32^6 (about a billion) numbers make a clash between
 * two real forms of one practice very unlikely; a clash only asks a person to look twice.
 */
export function newFormNumber(): string {
  let body = '';
  for (let i = 0; i < LENGTH; i++) body += CROCKFORD[randomInt(CROCKFORD.length)];
  return `F-${body}`;
}

/** `count` form numbers, all different, for the copies printed in one go. */
export function newFormNumbers(count: number): string[] {
  const numbers = new Set<string>();
  while (numbers.size < count) numbers.add(newFormNumber());
  return [...numbers];
}

/**
 * A form number as someone typed it from the paper, in its printed form, or null if it cannot be
 * one. Crockford's decoding rules: any case, O read as 0, I and L read as 1; spaces and hyphens
 * are ignored, and the `F` may be left out.
 */
export function normaliseFormNumber(typed: string): string | null {
  const upper = typed.trim().toUpperCase();
  // "F-…" or "F …" is the prefix; without a separator, an F is the prefix only on seven characters.
  const withoutPrefix = /^F[\s-]/.test(upper) ? upper.slice(2) : upper.replace(/^F(?=[^\s-]{6}$)/, '');
  const body = withoutPrefix.replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  const number = `F-${body}`;
  return FORM_NUMBER.test(number) ? number : null;
}
