import type { AuditEntry, ChainCheck, NewAuditEntry } from '../domain/staff/audit.js';

export interface AuditQuery {
  /** Only entries about these practices; every entry when `'*'`. */
  practiceCodes: '*' | string[];
  targetType?: string;
  targetId?: string;
  actorId?: string;
  /** Newest first, entries with `seq` strictly below this (paging). */
  beforeSeq?: number;
  limit: number;
}

/**
 * The append-only audit log. There is no update or delete. Appends are serialised (one chain,
 * no forks, even with many API processes on MongoDB: a unique `seq` makes a racing append retry
 * on the new head).
 */
export interface AuditLog {
  append(entry: NewAuditEntry): Promise<AuditEntry>;
  /** Newest first. */
  list(query: AuditQuery): Promise<AuditEntry[]>;
  /** Re-hash the whole chain from the first entry. */
  verify(): Promise<ChainCheck>;
  close(): Promise<void>;
}
