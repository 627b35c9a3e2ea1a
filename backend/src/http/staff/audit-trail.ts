import type { Context } from 'koa';
import type { AuditEntry } from '../../domain/staff/audit.js';
import type { AuditLog } from '../../ports/audit-log.js';
import type { StaffAccounts } from '../../ports/staff-accounts.js';
import type { StaffState } from './staff-state.js';

/** The audit target for something done to (or by) a member of staff's account. */
export const staffUserTarget = (id: string) => ({ targetType: 'staff-user', targetId: id, practiceCode: null });

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

/**
 * Entries with the actor's current name beside the id, for people reading the log (the log keeps
 * the id only: a name can change, the id cannot). `cli`, `system` and `anonymous` stay as they are.
 */
export async function withActorNames<T extends Pick<AuditEntry, 'actorId'>>(
  entries: T[],
  accounts: StaffAccounts,
): Promise<(T & { actorName: string | null })[]> {
  const ids = [...new Set(entries.map((entry) => entry.actorId))];
  const names = new Map(
    await Promise.all(ids.map(async (id) => [id, (await accounts.getUser(id))?.name ?? null] as const)),
  );
  return entries.map((entry) => ({ ...entry, actorName: names.get(entry.actorId) ?? null }));
}
