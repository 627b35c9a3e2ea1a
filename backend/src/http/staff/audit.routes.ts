import Router from '@koa/router';
import type { StaffDeps } from './staff-deps.js';

/** SKELETON (being built): the audit log and its chain check, under `/api/v1/staff/audit`. */
export function auditRoutes(_deps: StaffDeps): Router {
  return new Router({ prefix: '/api/v1/staff' });
}
