import Router from '@koa/router';
import type { StaffDeps } from './staff-deps.js';

/** SKELETON (being built): sign-in, sign-out, who am I, accept an invitation, under `/api/v1/auth`. */
export function authRoutes(_deps: StaffDeps): Router {
  return new Router({ prefix: '/api/v1/auth' });
}
