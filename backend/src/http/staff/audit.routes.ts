import Router from '@koa/router';
import { z } from 'zod';
import { ForbiddenError } from '../../domain/errors.js';
import { ODS_CODE } from '../../domain/practice.js';
import { can, practicesFor } from '../../domain/staff/permissions.js';
import { withActorNames } from './audit-trail.js';
import { parseBody } from './parse-body.js';
import type { StaffDeps } from './staff-deps.js';
import { staffOf } from './staff-state.js';

const auditQuery = z
  .object({
    practice: z
      .string()
      .trim()
      .toUpperCase()
      .regex(ODS_CODE, { error: 'must be an ODS practice code like C82001' })
      .optional(),
    targetId: z.string().max(200).optional(),
    actorId: z.string().max(200).optional(),
    before: z.coerce.number({ error: 'must be an entry number' }).int().min(1).optional(),
    limit: z.coerce
      .number({ error: 'must be a number' })
      .int()
      .min(1)
      .max(200, { error: 'must be at most 200' })
      .default(50),
  })
  .strict();

/**
 * The audit log, newest first. Administrators read all of it and can check the hash chain; a
 * practice manager reads the entries about their practices (their item histories, settings,
 * replies). Reading the log is not itself logged: it changes nothing.
 */
export function auditRoutes(deps: StaffDeps): Router {
  const router = new Router({ prefix: '/api/v1/staff' });

  router.get('/audit', async (ctx) => {
    const { user } = staffOf(ctx);
    const query = parseBody(auditQuery, ctx.query, Object.keys(auditQuery.shape), { query: true });
    const reach = practicesFor(user, 'audit:read');
    if (reach !== '*' && reach.length === 0) throw new ForbiddenError('You may not read the audit log');
    if (query.practice && !can(user, 'audit:read', query.practice)) {
      throw new ForbiddenError(`You may not read the audit log of practice ${query.practice}`);
    }
    const practiceCodes = query.practice ? [query.practice] : reach;
    const items = await deps.audit.list({
      practiceCodes,
      targetId: query.targetId,
      actorId: query.actorId,
      beforeSeq: query.before,
      limit: query.limit,
    });
    ctx.body = {
      items: await withActorNames(items, deps.accounts),
      next: items.length === query.limit ? items.at(-1)!.seq : null,
    };
  });

  // The chain covers every practice, so only those who may read all of it may check it.
  router.get('/audit/verify', async (ctx) => {
    const { user } = staffOf(ctx);
    if (practicesFor(user, 'audit:read') !== '*')
      throw new ForbiddenError('Only ICB administrators may check the whole chain');
    ctx.body = await deps.audit.verify();
  });

  return router;
}
