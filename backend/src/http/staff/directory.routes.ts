import Router from '@koa/router';
import { createHash } from 'node:crypto';
import { hideSmallNumbers, listAreas, summariseArea } from '../../domain/area-summary.js';
import { ForbiddenError } from '../../domain/errors.js';
import { londonDate } from '../../domain/london-time.js';
import { assignFrom } from '../../domain/practice-assignment.js';
import { can, practicesFor, roleAllows } from '../../domain/staff/permissions.js';
import { loadCcgToIcb, type CcgToIcb } from '../../practices/ccg-to-icb.js';
import { importDirectory } from '../../practices/directory-import.js';
import { jsonBody } from '../json-body.middleware.js';
import { recordAudit } from './audit-trail.js';
import { parseAreaQuery, parseAssignmentBody, parsePracticeListQuery } from './directory.schema.js';
import { addPracticeAdminRoutes, practiceFor } from './practice-admin.routes.js';
import { practiceDetail, practiceListItem } from './practice-view.js';
import { readTextBody } from './raw-body.js';
import type { StaffDeps } from './staff-deps.js';
import { requireCan, staffOf } from './staff-state.js';

/** The whole national epraccur file is about 3 MB; this leaves room for a few years' growth. */
export const IMPORT_LIMIT_BYTES = 10_000_000;

/**
 * The practice directory under `/api/v1/staff`: the practices a user may see and search, one
 * practice in full, the epraccur import, PCN and ICB assignment with effective dates, and area
 * summaries; and each practice's settings, roll-ups and access codes (`practice-admin.routes.ts`).
 * Every route asks `requireCan` first; every change goes to the audit log.
 */
export function directoryRoutes(deps: StaffDeps): Router {
  const router = new Router({ prefix: '/api/v1/staff' });
  const now = () => deps.now?.() ?? new Date();
  // Read once, on the first import: the shipped file changes only with a release.
  let mapping: Promise<CcgToIcb> | undefined;

  // The practices the user may read, searched and paged by code. ICB-wide roles see them all.
  router.get('/practices', async (ctx) => {
    const { user } = staffOf(ctx);
    if (!roleAllows(user.role, 'feedback:read')) throw new ForbiddenError('You may not do feedback:read');
    const reach = practicesFor(user, 'feedback:read');
    const { q, limit, after } = parsePracticeListQuery(ctx.query);
    const page = await deps.store.listPractices({
      q,
      after,
      limit: limit + 1,
      ...(reach === '*' ? {} : { codes: reach }),
    });
    const today = londonDate(now());
    const items = page.slice(0, limit).map((practice) => practiceListItem(practice, today));
    ctx.body = { items, next: page.length > limit ? items.at(-1)!.code : null };
  });

  router.get('/practices/:code', async (ctx) => {
    const practice = await practiceFor(ctx, deps, 'feedback:read');
    const withSettings = can(staffOf(ctx).user, 'practice:settings', practice.code);
    ctx.body = practiceDetail(practice, londonDate(now()), withSettings);
  });

  addPracticeAdminRoutes(router, deps);

  // An ODS epraccur file, checked whole before anything is written (422 names the bad lines).
  router.post('/directory/import', async (ctx) => {
    requireCan(ctx, 'directory:manage');
    const csv = await readTextBody(ctx, { types: ['text/csv'], limit: IMPORT_LIMIT_BYTES });
    mapping ??= loadCcgToIcb().catch((error: unknown) => {
      mapping = undefined;
      throw error;
    });
    const started = performance.now();
    const counts = await importDirectory(deps.store, csv, await mapping);
    const tookMs = Math.round(performance.now() - started);
    const sha256 = createHash('sha256').update(csv).digest('hex');
    await recordAudit(
      ctx,
      deps.audit,
      {
        action: 'directory.import',
        targetType: 'directory',
        targetId: 'epraccur',
        practiceCode: null,
        after: { ...counts, bytes: Buffer.byteLength(csv), sha256, tookMs },
      },
      now(),
    );
    deps.logger.info({ event: 'directory-import', ...counts, tookMs }, 'practice directory imported');
    ctx.body = counts;
  });

  // A new PCN and ICB from a date; the one in force then ends the day before.
  router.put('/practices/:code/assignment', jsonBody({ limit: '4kb' }), async (ctx) => {
    const practice = await practiceFor(ctx, deps, 'directory:manage');
    const { change, from } = parseAssignmentBody(ctx.request.body);
    const assignments = assignFrom(practice.assignments, change, from);
    await deps.store.updatePractices([{ code: practice.code, set: { assignments } }]);
    await recordAudit(
      ctx,
      deps.audit,
      {
        action: 'practice.assignment',
        targetType: 'practice',
        targetId: practice.code,
        practiceCode: practice.code,
        before: practice.assignments,
        after: assignments,
      },
      now(),
    );
    ctx.body = practiceDetail(
      { ...practice, assignments },
      londonDate(now()),
      can(staffOf(ctx).user, 'practice:settings', practice.code),
    );
  });

  // The ICBs and PCNs there are, for picking one to summarise: a councillor cannot list practices.
  router.get('/areas', async (ctx) => {
    requireCan(ctx, 'area:read');
    ctx.body = listAreas(await deps.store.listPractices({}), londonDate(now()));
  });

  // Counts for an ICB or a PCN, from the roll-ups of the practices in it on each date.
  router.get('/area-summary', async (ctx) => {
    requireCan(ctx, 'area:read');
    const { area, from, to } = parseAreaQuery(ctx.query);
    const practices = await deps.store.listPractices({ area });
    const rollups =
      practices.length === 0
        ? []
        : await deps.store.listRollups({ practiceCodes: practices.map((practice) => practice.code), from, to });
    const summary = summariseArea(area, practices, rollups, from, to);
    // Readers who may not see any practice's feedback (councillors) get small numbers hidden.
    ctx.body = roleAllows(staffOf(ctx).user.role, 'feedback:read') ? summary : hideSmallNumbers(summary);
  });

  return router;
}
