import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Random tokens for session cookies, CSRF and invitation links, and the hash the store keeps
 * instead: a copy of the accounts database (a backup, a leaked file) then holds nothing that
 * signs anyone in.
 */

/** 32 random bytes, base64url (43 characters). */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** sha256 of the token, base64url: the key a session or invitation is stored under. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}

/** Compare two secrets in time that does not depend on where they first differ. */
export function sameSecret(given: string, expected: string): boolean {
  // Hash both first, so the comparison is over equal lengths whatever was sent.
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b) && given.length === expected.length;
}
