import Router from '@koa/router';
import { timingSafeEqual, createHash } from 'node:crypto';
import type { Middleware } from 'koa';
import type { FeedbackRecord } from '../domain/feedback.js';
import { NotFoundError, ValidationError } from '../domain/errors.js';
import type { Store } from '../ports/store.js';

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/**
 * Interim staff access: one bearer token from configuration. The staff-app issue replaces it
 * with per-user sign-in and per-practice authorisation. Compared in constant time.
 */
function bearerToken(token: string): Middleware {
  const expected = digest(token);
  return async (ctx, next) => {
    const match = /^Bearer (.+)$/.exec(ctx.get('Authorization'));
    if (!match || !timingSafeEqual(digest(match[1]), expected)) {
      ctx.set('WWW-Authenticate', 'Bearer realm="staff"');
      ctx.throw(401, 'Sign in: send the staff token as "Authorization: Bearer <token>"');
    }
    ctx.set('Cache-Control', 'no-store');
    await next();
  };
}

function toJson(record: FeedbackRecord) {
  const { submissionId: _client, practiceCode: _practice, ...visible } = record;
  return visible;
}

/** Staff read API: a practice's feedback, newest first, with its tags. */
export function staffRoutes({ store, staffToken }: { store: Store; staffToken: string }): Router {
  const router = new Router({ prefix: '/api/v1/staff' });
  router.use(bearerToken(staffToken));

  router.get('/practices/:code/feedback', async (ctx) => {
    const code = ctx.params.code.toUpperCase();
    if (!(await store.getPractice(code))) throw new NotFoundError(`No practice with ODS code ${code}`);
    const limit = ctx.query.limit === undefined ? 50 : Number(ctx.query.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
      throw new ValidationError('Bad limit', [{ field: 'limit', problem: 'must be a whole number from 1 to 500' }]);
    }
    let before: Date | undefined;
    if (typeof ctx.query.before === 'string') {
      before = new Date(ctx.query.before);
      if (Number.isNaN(before.getTime())) {
        throw new ValidationError('Bad before', [{ field: 'before', problem: 'must be an ISO date-time' }]);
      }
    }
    const items = await store.listFeedback({ practiceCode: code, limit, before });
    ctx.body = { items: items.map(toJson) };
  });

  return router;
}
