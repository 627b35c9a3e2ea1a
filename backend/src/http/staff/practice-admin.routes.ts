import type Router from '@koa/router';
import type { Context } from 'koa';
import { issueAccessCode } from '../../domain/access-code.js';
import { NotFoundError } from '../../domain/errors.js';
import type { Practice } from '../../domain/practice.js';
import type { StaffAction } from '../../domain/staff/permissions.js';
import { parseAccessCodeBody } from '../access-codes.schema.js';
import { jsonBody } from '../json-body.middleware.js';
import { applySettingsBody, settingsOf } from '../practice-settings.schema.js';
import { parseRollupRange } from '../rollups.schema.js';
import { recordAudit } from './audit-trail.js';
import { settingsView } from './practice-view.js';
import type { StaffDeps } from './staff-deps.js';
import { requireCan } from './staff-state.js';

/**
 * The practice `:code` of this request, once the user may do `action` there. The permission is
 * checked first, so a practice-scoped user gets 403 for any code that is not theirs, known or not,
 * and learns nothing about which practices exist; only users who reach every practice get a 404.
 */
export async function practiceFor(ctx: Context, deps: StaffDeps, action: StaffAction): Promise<Practice> {
  const code = String(ctx.params.code).toUpperCase();
  requireCan(ctx, action, code);
  const practice = await deps.store.getPractice(code);
  if (!practice) throw new NotFoundError(`No practice with ODS code ${code}`);
  return practice;
}

/**
 * One practice's own administration under `/api/v1/staff/practices/:code`: its widget settings,
 * its daily roll-ups, and access codes for helpers and kiosks. Changes are audited.
 */
export function addPracticeAdminRoutes(router: Router, deps: StaffDeps): void {
  const now = () => deps.now?.() ?? new Date();

  router.get('/practices/:code/settings', async (ctx) => {
    ctx.body = settingsView(await practiceFor(ctx, deps, 'practice:settings'));
  });

  // Checked whole before the one write, so a bad field changes nothing. Only the settings are
  // written, so a directory import running meanwhile keeps its name and address changes.
  router.put('/practices/:code/settings', jsonBody({ limit: '16kb' }), async (ctx) => {
    const practice = await practiceFor(ctx, deps, 'practice:settings');
    const before = settingsOf(practice);
    const after = applySettingsBody(before, ctx.request.body);
    await deps.store.updatePractices([{ code: practice.code, set: after }]);
    await recordAudit(
      ctx,
      deps.audit,
      {
        action: 'practice.settings',
        targetType: 'practice',
        targetId: practice.code,
        practiceCode: practice.code,
        before,
        after,
      },
      now(),
    );
    ctx.body = settingsView({ ...practice, ...after });
  });

  // Counts per day (UK dates, both ends included); days without feedback have no roll-up.
  router.get('/practices/:code/rollups', async (ctx) => {
    const { code } = await practiceFor(ctx, deps, 'rollups:read');
    const { from, to } = parseRollupRange(ctx.query);
    const days = await deps.store.listRollups({ practiceCodes: [code], from, to });
    ctx.body = { practiceCode: code, from, to, days };
  });

  // A code is shown once, here; only its hash is kept, and the audit log never sees it. The link
  // carries it after `#`, which browsers never send to a server, so it stays out of access logs.
  router.post('/practices/:code/access-codes', jsonBody({ limit: '4kb' }), async (ctx) => {
    const { code } = await practiceFor(ctx, deps, 'practice:access-codes');
    const { hours, ...fields } = parseAccessCodeBody(ctx.request.body);
    // Real time, not the staff clock: the kiosk and helper routes check expiry against real time.
    const { record, token } = issueAccessCode({ ...fields, practiceCode: code }, hours, new Date());
    await deps.store.insertAccessCode(record);
    const issued = {
      id: record.id,
      kind: record.kind,
      role: record.role,
      label: record.label,
      expiresAt: record.expiresAt,
    };
    await recordAudit(
      ctx,
      deps.audit,
      {
        action: 'access-code.issue',
        targetType: 'access-code',
        targetId: record.id,
        practiceCode: code,
        after: issued,
      },
      now(),
    );
    const page = record.kind === 'kiosk' ? 'kiosk' : 'assist';
    const base = deps.publicUrl ?? `${ctx.protocol}://${ctx.host}`;
    ctx.status = 201;
    ctx.body = { ...issued, token, link: `${base}/${page}/${code}#code=${encodeURIComponent(token)}` };
  });
}
