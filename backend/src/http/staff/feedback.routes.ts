import Router from '@koa/router';
import type { StaffDeps } from './staff-deps.js';

/** SKELETON (being built): inbox search, one item, moderation, replies, notes, exports. */
export function staffFeedbackRoutes(_deps: StaffDeps): Router {
  return new Router({ prefix: '/api/v1/staff' });
}
