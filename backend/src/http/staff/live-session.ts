import type { Context } from 'koa';
import { tokenHash } from '../../domain/staff/secret-token.js';
import { clearSessionCookie, readSessionToken } from './session-cookie.js';
import type { StaffDeps } from './staff-deps.js';
import type { StaffState } from './staff-state.js';

/**
 * Activity is recorded at most this often: the idle timeout is counted in minutes, so a write
 * per request (every inbox page, every search keystroke) would cost disk flushes for nothing.
 */
export const TOUCH_INTERVAL_MS = 60_000;

/** An error the error middleware answers with this status and message (like `ctx.throw`, but typed for narrowing). */
export function httpError(status: number, message: string): Error {
  return Object.assign(new Error(message), { status, expose: true });
}

/** The staff side's clock: injected in tests, which move it to reach timeouts and lock-out ends. */
export function staffNow(deps: Pick<StaffDeps, 'now'>): Date {
  return deps.now?.() ?? new Date();
}

/**
 * The live session named by the request's cookie and its user, or why there is none (for the
 * 401). A session past its absolute expiry or idle too long, or whose user is no longer active,
 * is deleted here, and the browser told to drop the cookie.
 */
export async function findLiveSession(ctx: Context, deps: StaffDeps): Promise<StaffState | { problem: string }> {
  const token = readSessionToken(ctx, deps);
  if (!token) return { problem: 'Sign in first' };
  const hash = tokenHash(token);
  const session = await deps.accounts.getSession(hash);
  if (!session) {
    clearSessionCookie(ctx, deps);
    return { problem: 'Your session has ended: sign in again' };
  }
  const now = staffNow(deps);
  const end = async (problem: string) => {
    await deps.accounts.deleteSession(hash);
    clearSessionCookie(ctx, deps);
    return { problem };
  };
  if (now.getTime() >= session.expiresAt.getTime()) {
    return end(`You were signed out ${plural(deps.session.absoluteHours, 'hour')} after signing in: sign in again`);
  }
  if (now.getTime() - session.lastSeenAt.getTime() > deps.session.idleMinutes * 60_000) {
    return end(
      `You were signed out after ${plural(deps.session.idleMinutes, 'minute')} without activity: sign in again`,
    );
  }
  const user = await deps.accounts.getUser(session.userId);
  if (!user || user.status !== 'active') return end('Your account is not active: ask your ICB administrator');
  if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    await deps.accounts.touchSession(hash, now);
    session.lastSeenAt = now;
  }
  return { user, session };
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
