import type { Middleware } from 'koa';
import type { StaffDeps } from './staff-deps.js';

/**
 * SKELETON (being built): the gate in front of every `/api/v1/staff/` path. It will load the
 * session from its cookie (idle and absolute timeouts), put `StaffState` on `ctx.state`, and check
 * the CSRF token on every state-changing request. Until then it refuses everyone.
 */
export function staffSessionGate(_deps: StaffDeps): Middleware {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/api/v1/staff/') && ctx.path !== '/api/v1/staff') return next();
    ctx.throw(401, 'Sign in first');
  };
}
