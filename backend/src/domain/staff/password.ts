import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { ValidationError } from '../errors.js';

/**
 * Staff passwords: hashed with scrypt (memory-hard, so a stolen hash file costs an attacker
 * memory as well as time per guess), checked in constant time, and held to a few rules that
 * stop the guessable ones without composition rules (NCSC and NIST advice: length, and not a
 * well-known password, rather than "one capital and one symbol").
 */

/** 2^15 × 8 × 128 bytes = 32 MiB per hash, about 100 ms on a server core. */
export const SCRYPT_COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
/** Node's default limit is exactly 32 MiB, which N=2^15, r=8 just exceeds with its overhead. */
const MAX_MEMORY = 64 * 1024 * 1024;
/** Refuse stored parameters beyond these, so a corrupt or planted hash cannot pin the CPU or memory. */
const MAX_N = 2 ** 17;
const MAX_R = 16;
const MAX_P = 4;

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

function scrypt(password: string, salt: Buffer, N: number, r: number, p: number): Promise<Buffer> {
  const options: ScryptOptions = { N, r, p, maxmem: Math.max(MAX_MEMORY, 256 * N * r) };
  return new Promise((resolve, reject) =>
    scryptCallback(normalise(password), salt, KEY_BYTES, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** The same password typed on two keyboards (composed or decomposed accents) is one password. */
function normalise(password: string): string {
  return password.normalize('NFC');
}

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64url. */
export async function hashPassword(password: string): Promise<string> {
  const { N, r, p } = SCRYPT_COST;
  const salt = randomBytes(SALT_BYTES);
  const key = await scrypt(password, salt, N, r, p);
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

interface ParsedHash {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

function parseHash(stored: string): ParsedHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  const salt = Buffer.from(parts[4], 'base64url');
  const key = Buffer.from(parts[5], 'base64url');
  const powerOfTwo = Number.isInteger(N) && N > 1 && (N & (N - 1)) === 0;
  if (!powerOfTwo || N > MAX_N || !Number.isInteger(r) || r < 1 || r > MAX_R) return null;
  if (!Number.isInteger(p) || p < 1 || p > MAX_P || salt.length < 8 || key.length < 16) return null;
  return { N, r, p, salt, key };
}

/**
 * A hash of a password nobody knows, made once, to check against when there is no hash (an
 * unknown email, or a user who has not accepted their invitation yet): the answer then takes as
 * long as for a real account, so timing does not tell which emails have accounts.
 */
let dummyHash: Promise<string> | null = null;
function dummy(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(24).toString('base64url'));
  return dummyHash;
}

/**
 * True when `password` matches `stored`. With `stored` null (no such account, or no password
 * yet) the work is still done, against a dummy hash, and the answer is false.
 */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const parsed = parseHash(stored ?? (await dummy()));
  if (!parsed) {
    // A malformed stored hash never matches; spend the usual time anyway.
    await verifyPassword(password, null);
    return false;
  }
  const candidate = await scrypt(password, parsed.salt, parsed.N, parsed.r, parsed.p);
  const matches = candidate.length === parsed.key.length && timingSafeEqual(candidate, parsed.key);
  return matches && stored !== null;
}

/** Warm the dummy hash at start-up so the first unknown-email sign-in is not measurably slower. */
export function prepareDummyHash(): Promise<void> {
  return dummy().then(() => undefined);
}

/**
 * Passwords people and attackers reach for first, at least 12 characters long (shorter ones are
 * refused anyway). Compared without case, spaces or punctuation. A short list on purpose: it
 * stops the obvious, and length does the rest.
 */
const WELL_KNOWN = new Set(
  [
    'password1234',
    'password12345',
    'password123456',
    'passwordpassword',
    'password1234567890',
    '123456789012',
    '1234567890123',
    '12345678901234',
    '123456123456',
    '123123123123',
    '111111111111',
    '000000000000',
    'qwertyuiopasdfgh',
    'qwertyuiop12',
    'qwertyuiop123',
    'qwerty123456',
    '1q2w3e4r5t6y',
    '1qaz2wsx3edc',
    'asdfghjkl123',
    'iloveyou1234',
    'letmein12345',
    'welcome12345',
    'welcome123456',
    'changeme1234',
    'changemenow1',
    'administrator',
    'administrator1',
    'admin1234567',
    'adminadmin123',
    'abc123abc123',
    'abcdefghijkl',
    'football1234',
    'liverpool1234',
    'manchesterunited',
    'arsenal12345',
    'chelsea12345',
    'monkey123456',
    'sunshine1234',
    'princess1234',
    'trustno1trustno1',
    'correcthorsebatterystaple',
    'nhspassword1',
    'nhspassword123',
    'nhsnhsnhsnhs',
    'youandyourgp',
    'youandyourgp1',
    'youandyourgp123',
    'summer2025summer',
    'winter2025winter',
  ].map(simplify),
);

/** Lower case, letters and digits only: "Password-1234!" is "password1234". */
function simplify(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * What is wrong with a new password, as `{ field: 'password', problem }` entries (empty when it
 * is fine). `email` is the account's: a password containing its local part is easy to guess.
 */
export function passwordProblems(password: unknown, email: string): { field: string; problem: string }[] {
  const problem = (text: string) => [{ field: 'password', problem: text }];
  if (typeof password !== 'string') return problem('must be text');
  const length = [...normalise(password)].length;
  if (length < PASSWORD_MIN) {
    return problem(`must be at least ${PASSWORD_MIN} characters: try three or four unrelated words`);
  }
  if (length > PASSWORD_MAX) return problem(`must be at most ${PASSWORD_MAX} characters`);
  const simple = simplify(password);
  if (WELL_KNOWN.has(simple) || new Set(normalise(password).toLowerCase()).size < 4) {
    return problem('is a well-known or easily guessed password: choose another, e.g. three or four unrelated words');
  }
  const localPart = simplify(email.split('@')[0] ?? '');
  if (localPart.length >= 3 && simple.includes(localPart)) {
    return problem('must not contain your email address or the part before the @');
  }
  return [];
}

/** Throw a `ValidationError` naming the password's problem, if it has one. */
export function checkNewPassword(password: unknown, email: string): asserts password is string {
  const fields = passwordProblems(password, email);
  if (fields.length > 0) throw new ValidationError(`Please choose another password: it ${fields[0].problem}`, fields);
}
