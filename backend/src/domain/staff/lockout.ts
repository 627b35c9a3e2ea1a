import type { StaffUser } from './roles.js';

/** How many failures in a row lock an account, and for how long. */
export interface LockoutPolicy {
  maxFailedSignIns: number;
  lockMinutes: number;
}

/** Milliseconds until the account may try again; 0 when it is not locked. */
export function lockedForMs(user: Pick<StaffUser, 'lockedUntil'>, now: Date): number {
  return user.lockedUntil ? Math.max(0, user.lockedUntil.getTime() - now.getTime()) : 0;
}

/**
 * The user after one more failed sign-in: the count goes up, and on reaching the limit the
 * account is locked and the count starts again, so after the lock ends the owner gets the
 * full number of tries once more (and an attacker only as many per lock period).
 */
export function afterFailedSignIn(user: StaffUser, now: Date, policy: LockoutPolicy): StaffUser {
  const failures = user.failedSignIns + 1;
  if (failures < policy.maxFailedSignIns) return { ...user, failedSignIns: failures, lockedUntil: null };
  return { ...user, failedSignIns: 0, lockedUntil: new Date(now.getTime() + policy.lockMinutes * 60_000) };
}

export function afterSignIn(user: StaffUser, now: Date): StaffUser {
  return { ...user, failedSignIns: 0, lockedUntil: null, lastSignInAt: now };
}

/** "Try again in 12 minutes (after 14:05)", for a lock that ends at `until` (UK time). */
export function tryAgainWords(until: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  const clock = until.toLocaleTimeString('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' });
  return `Try again in ${minutes === 1 ? '1 minute' : `${minutes} minutes`} (after ${clock} UK time)`;
}
