import { randomInt } from 'node:crypto';

// Crockford's base32 without I, L, O and U, so a receipt read over the phone is not misheard.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A receipt code a patient can write down or read out: `YYG-XXXX-XXXX`, 40 bits of randomness.
 * It lets a patient find or erase their feedback later, so it must not be guessable.
 */
export function newReceipt(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `YYG-${code.slice(0, 4)}-${code.slice(4)}`;
}
