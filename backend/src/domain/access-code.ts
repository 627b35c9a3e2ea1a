import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';

/**
 * Access codes let people who are not signed-in staff enter feedback on a practice's behalf:
 * a `helper` code for a receptionist, volunteer or digital-inclusion hub helper (short enough to
 * type, valid for hours), and a `kiosk` code that a waiting-room tablet keeps (long, valid for
 * months). Staff issue them; only a hash is stored, so a stolen database holds no usable code.
 */
export const ACCESS_KINDS = ['helper', 'kiosk'] as const;
export type AccessKind = (typeof ACCESS_KINDS)[number];

/** Who helped, by role: the patient's name, or the helper's, is never recorded. */
export const HELPER_ROLES = ['receptionist', 'practice-staff', 'volunteer', 'hub-helper', 'other'] as const;
export type HelperRole = (typeof HELPER_ROLES)[number];

export interface AccessCode {
  id: string;
  kind: AccessKind;
  practiceCode: string;
  /** For helper codes: the helper's role. Null for kiosks. */
  role: HelperRole | null;
  /** A staff-chosen label, e.g. "Library hub, Tuesdays" or "Waiting room tablet". */
  label: string;
  /** SHA-256 of the code, hex. The code itself is shown once, when issued. */
  tokenHash: string;
  createdAt: Date;
  expiresAt: Date;
}

// Crockford's base32 without I, L, O and U: a helper may read the code off a sheet of paper.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Longest life of a code of each kind, in hours. */
export const MAX_HOURS: Record<AccessKind, number> = { helper: 7 * 24, kiosk: 366 * 24 };

export function hashAccessToken(token: string): string {
  return createHash('sha256').update(token.trim().toUpperCase()).digest('hex');
}

/** A new code: `H-XXXX-XXXX-XXXX` (60 bits) for helpers, `K-` and 20 base32 characters (100 bits) for kiosks. */
export function newAccessToken(kind: AccessKind): string {
  if (kind === 'kiosk') {
    const bytes = randomBytes(20);
    return `K-${[...bytes].map((b) => ALPHABET[b % 32]).join('')}`;
  }
  let code = '';
  for (let i = 0; i < 12; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `H-${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** Issue a code: the record to store, and the token to show once. */
export function issueAccessCode(
  fields: Pick<AccessCode, 'kind' | 'practiceCode' | 'role' | 'label'>,
  hours: number,
  now: Date,
): { record: AccessCode; token: string } {
  const token = newAccessToken(fields.kind);
  const record: AccessCode = {
    ...fields,
    id: randomUUID(),
    tokenHash: hashAccessToken(token),
    createdAt: now,
    expiresAt: new Date(now.getTime() + Math.min(hours, MAX_HOURS[fields.kind]) * 3_600_000),
  };
  return { record, token };
}
