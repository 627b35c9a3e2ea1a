import type Router from '@koa/router';
import type { Middleware } from 'koa';
import { auditRoutes } from './audit.routes.js';
import { authRoutes } from './auth.routes.js';
import { directoryRoutes } from './directory.routes.js';
import { staffFeedbackRoutes } from './feedback.routes.js';
import { staffSessionGate } from './session.middleware.js';
import type { StaffDeps } from './staff-deps.js';
import { usersRoutes } from './users.routes.js';

export type { StaffDeps } from './staff-deps.js';
export { DEFAULT_SESSION_POLICY } from './staff-deps.js';

/**
 * The staff side: `gate` answers 401 on every `/api/v1/staff/` path without a live session (and
 * 403 on a state-changing request without the CSRF token), before any route is matched; `routers`
 * are the sign-in routes (`/api/v1/auth`) and the staff API behind the gate.
 */
export function staffApi(deps: StaffDeps): { gate: Middleware; routers: Router[] } {
  return {
    gate: staffSessionGate(deps),
    routers: [
      authRoutes(deps),
      usersRoutes(deps),
      auditRoutes(deps),
      directoryRoutes(deps),
      staffFeedbackRoutes(deps),
    ],
  };
}
