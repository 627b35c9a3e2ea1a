import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimitedError } from '../../domain/errors.js';
import { tryAgainWords, type LockoutPolicy } from '../../domain/staff/lockout.js';
import { tokenHash } from '../../domain/staff/secret-token.js';

/** Failed sign-ins one network address may make per window before it must wait. */
export const DEFAULT_FAILED_SIGN_INS_PER_IP = 50;
const IP_WINDOW_SECONDS = 15 * 60;
/** Unknown emails remembered at once; the oldest are forgotten first. */
const MAX_UNKNOWN_EMAILS = 10_000;

/**
 * Brakes on guessing, besides the per-account lock-out kept on the user:
 * - per network address, a budget of failed sign-ins (in this process's memory: a slow-down for
 *   one machine trying many accounts, not a wall, since a practice's staff share one address);
 * - for emails with no account, the same lock-out as a real account gets, so locking does not
 *   tell an attacker which emails have accounts.
 */
export class SignInGuard {
  readonly #perIp: RateLimiterMemory;
  readonly #unknown = new Map<string, { failures: number; lockedUntil: number }>();

  constructor(
    private readonly policy: LockoutPolicy,
    failuresPerIp = DEFAULT_FAILED_SIGN_INS_PER_IP,
  ) {
    this.#perIp = new RateLimiterMemory({ points: failuresPerIp, duration: IP_WINDOW_SECONDS, keyPrefix: 'sign-in' });
  }

  /** Throws `RateLimitedError` while this address has used up its failures. */
  async checkAddress(ip: string): Promise<void> {
    const used = await this.#perIp.get(ip);
    if (used && used.remainingPoints <= 0) {
      const seconds = Math.max(1, Math.ceil(used.msBeforeNext / 1000));
      throw new RateLimitedError(
        `Too many failed sign-ins from this network. Try again in ${Math.ceil(seconds / 60)} minutes.`,
        seconds,
      );
    }
  }

  async addressFailed(ip: string): Promise<void> {
    await this.#perIp.consume(ip).catch((refusal: unknown) => {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
    });
  }

  /** Throws `RateLimitedError` while an email with no account is "locked", as a real one would be. */
  checkUnknownEmail(email: string, now: Date): void {
    const entry = this.#unknown.get(tokenHash(email));
    if (entry && entry.lockedUntil > now.getTime()) throw lockedError(new Date(entry.lockedUntil), now);
  }

  /** Count a failure for an email with no account; returns the lock's end when this one locks it. */
  unknownEmailFailed(email: string, now: Date): Date | null {
    const key = tokenHash(email);
    const entry = this.#unknown.get(key) ?? { failures: 0, lockedUntil: 0 };
    this.#unknown.delete(key);
    entry.failures += 1;
    let locked: Date | null = null;
    if (entry.failures >= this.policy.maxFailedSignIns) {
      entry.failures = 0;
      entry.lockedUntil = now.getTime() + this.policy.lockMinutes * 60_000;
      locked = new Date(entry.lockedUntil);
    }
    this.#unknown.set(key, entry);
    if (this.#unknown.size > MAX_UNKNOWN_EMAILS) this.#unknown.delete(this.#unknown.keys().next().value!);
    return locked;
  }
}

/** The 429 for a locked account (or an email treated as one). */
export function lockedError(until: Date, now: Date): RateLimitedError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return new RateLimitedError(
    `Too many failed sign-ins: this account is locked for now. ${tryAgainWords(until, now)}, or ask your ICB administrator.`,
    seconds,
  );
}
