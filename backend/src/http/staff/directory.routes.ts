import Router from '@koa/router';
import type { StaffDeps } from './staff-deps.js';

/**
 * SKELETON (being built): the practice directory (epraccur import, PCN and ICB assignment with
 * effective dates) and each practice's settings, roll-ups and access codes, under `/api/v1/staff`.
 */
export function directoryRoutes(_deps: StaffDeps): Router {
  return new Router({ prefix: '/api/v1/staff' });
}
