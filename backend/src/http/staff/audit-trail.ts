import type { Context } from 'koa';
import type { AuditEntry } from '../../domain/staff/audit.js';
import type { AuditLog } from '../../ports/audit-log.js';
import type { StaffState } from './staff-state.js';

export interface AuditFact {
  action: string;
  targetType: string;
  targetId: string;
  practiceCode: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Write who did what, when and from where, for the signed-in user of this request (or for an
 * anonymous one, e.g. a failed sign-in, as `anonymous`). Never put patient free text or contact
 * details in `before` or `after`.
 */
export function recordAudit(ctx: Context, audit: AuditLog, fact: AuditFact, at = new Date()): Promise<AuditEntry> {
  const state = ctx.state as Partial<StaffState>;
  return audit.append({
    at,
    actorId: state.user?.id ?? 'anonymous',
    actorRole: state.user?.role ?? 'anonymous',
    action: fact.action,
    targetType: fact.targetType,
    targetId: fact.targetId,
    practiceCode: fact.practiceCode,
    ip: ctx.ip || null,
    before: fact.before ?? null,
    after: fact.after ?? null,
  });
}
