import type { Context, Middleware } from 'koa';
import { ForbiddenError } from '../../domain/errors.js';
import { sameSecret } from '../../domain/staff/secret-token.js';
import { findLiveSession, httpError } from './live-session.js';
import { isSameOrigin } from './session-cookie.js';
import type { StaffDeps } from './staff-deps.js';
import type { StaffSession } from '../../domain/staff/roles.js';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const CSRF_HEADER = 'X-CSRF-Token';

/** True for `/api/v1/staff` and everything under it, known route or not. */
export function isStaffPath(path: string): boolean {
  return path === '/api/v1/staff' || path.startsWith('/api/v1/staff/');
}

/**
 * 403 unless a state-changing request carries the session's CSRF token (synchroniser token:
 * another site can make the browser send the cookie, but cannot read the token to send it back)
 * and, when it says where it comes from, comes from this app's own origin.
 */
export function requireSameOriginAndCsrf(ctx: Context, session: StaffSession, publicUrl: string | null): void {
  if (!isSameOrigin(ctx, publicUrl)) {
    throw new ForbiddenError('This request came from another website: use the staff app at its own address');
  }
  if (!STATE_CHANGING.has(ctx.method)) return;
  const sent = ctx.get(CSRF_HEADER);
  if (!sent || !sameSecret(sent, session.csrfToken)) {
    throw new ForbiddenError(
      `Missing or wrong CSRF token: send the csrfToken from sign-in in the ${CSRF_HEADER} header (reload the staff app if it changed)`,
    );
  }
}

/**
 * The gate in front of every `/api/v1/staff/` path, before any route is matched, so an unknown
 * path answers 401 too and reveals nothing about which routes exist. It loads the session from
 * its cookie (idle and absolute timeouts, active user), puts `StaffState` on `ctx.state`, and
 * checks origin and CSRF token. Staff answers are never cached: they hold personal data.
 */
export function staffSessionGate(deps: StaffDeps): Middleware {
  return async (ctx, next) => {
    if (!isStaffPath(ctx.path)) return next();
    ctx.set('Cache-Control', 'no-store');
    const found = await findLiveSession(ctx, deps);
    if ('problem' in found) throw httpError(401, found.problem);
    requireSameOriginAndCsrf(ctx, found.session, deps.publicUrl);
    ctx.state.user = found.user;
    ctx.state.session = found.session;
    await next();
    // A route may have set its own; staff answers still must not sit in a cache.
    ctx.set('Cache-Control', 'no-store');
  };
}
