import type { AuditQuery } from '../ports/audit-log.js';

/**
 * The audit query as a filter document. nedb and MongoDB read the same query language for these
 * operators, so both audit adapters use this one.
 */
export function auditFilter(query: AuditQuery): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  if (query.practiceCodes !== '*') filter.practiceCode = { $in: query.practiceCodes };
  if (query.targetType) filter.targetType = query.targetType;
  if (query.targetId) filter.targetId = query.targetId;
  if (query.actorId) filter.actorId = query.actorId;
  if (query.beforeSeq !== undefined) filter.seq = { $lt: query.beforeSeq };
  return filter;
}
