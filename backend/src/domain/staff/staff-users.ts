import { randomUUID } from 'node:crypto';
import { PRACTICE_SCOPED_ROLES, type StaffRole, type StaffUser } from './roles.js';

/** Who a new user is; everything else starts fresh. */
export interface NewStaffUser {
  email: string;
  name: string;
  role: StaffRole;
  practiceCodes: string[];
}

/** A new user, invited (no password yet) unless a password hash is given. */
export function newStaffUser(fields: NewStaffUser, now: Date, passwordHash: string | null = null): StaffUser {
  return {
    id: randomUUID(),
    email: fields.email.trim().toLowerCase(),
    name: fields.name.trim(),
    role: fields.role,
    practiceCodes: scopeFor(fields.role, fields.practiceCodes),
    status: passwordHash ? 'active' : 'invited',
    passwordHash,
    failedSignIns: 0,
    lockedUntil: null,
    createdAt: now,
    updatedAt: now,
    lastSignInAt: null,
  };
}

/** ICB-wide roles reach every practice by their role, so they keep no list (a stale one would mislead). */
export function scopeFor(role: StaffRole, practiceCodes: string[]): string[] {
  if (!PRACTICE_SCOPED_ROLES.includes(role)) return [];
  return [...new Set(practiceCodes.map((code) => code.trim().toUpperCase()))];
}

/**
 * What is wrong with this role's practices, as `{ field: 'practiceCodes', problem }` entries.
 * Existence of each practice is checked by the caller, which has the store.
 */
export function scopeProblems(role: StaffRole, practiceCodes: string[]): { field: string; problem: string }[] {
  const problem = (text: string) => [{ field: 'practiceCodes', problem: text }];
  const everyPractice = practiceCodes.includes('*');
  if (!PRACTICE_SCOPED_ROLES.includes(role)) {
    return practiceCodes.length > 0 ? problem(`must be empty: a ${role} sees every practice in the ICB`) : [];
  }
  if (everyPractice && role !== 'moderator') return problem('may be ["*"] (every practice) for moderators only');
  if (everyPractice && practiceCodes.length > 1) return problem('must be ["*"] alone, or a list of practice codes');
  if (practiceCodes.length === 0) {
    return problem(
      role === 'moderator'
        ? 'must list at least one practice, or be ["*"] for every practice'
        : 'must list at least one practice (ODS code, e.g. C82001)',
    );
  }
  return [];
}

/**
 * True when a change must end the user's sessions: disabled, or reaching different practices
 * or actions than when they signed in. A session must never carry more than the account allows.
 */
export function changeEndsSessions(before: StaffUser, after: StaffUser): boolean {
  return (
    after.status !== 'active' ||
    before.role !== after.role ||
    before.practiceCodes.join(',') !== after.practiceCodes.join(',') ||
    before.passwordHash !== after.passwordHash
  );
}
