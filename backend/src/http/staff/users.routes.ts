import Router from '@koa/router';
import type { StaffDeps } from './staff-deps.js';

/** SKELETON (being built): invite, list, change and disable staff, under `/api/v1/staff/users`. */
export function usersRoutes(_deps: StaffDeps): Router {
  return new Router({ prefix: '/api/v1/staff' });
}
