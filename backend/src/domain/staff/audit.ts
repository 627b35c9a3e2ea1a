import { createHash } from 'node:crypto';

/**
 * One entry of the append-only audit log. Entries are chained: each carries the hash of the one
 * before it, and its own hash covers every other field, so altering, removing or reordering any
 * entry breaks every hash after it (`verifyChain`).
 */
export interface AuditEntry {
  /** 1, 2, 3, … with no gaps. */
  seq: number;
  at: Date;
  /** Who: a staff user id, or `system` / `cli` for actions with no signed-in user. */
  actorId: string;
  actorRole: string;
  /** What, e.g. `feedback.moderate`, `feedback.reply`, `user.invite`, `session.sign-in`. */
  action: string;
  /** What it was done to. */
  targetType: string;
  targetId: string;
  /** The practice it concerns, so a practice manager sees their practice's entries only. */
  practiceCode: string | null;
  /** From where: the client address as the app sees it. */
  ip: string | null;
  /** State before and after (never patient free text or contact details). */
  before: unknown;
  after: unknown;
  prevHash: string;
  hash: string;
}

export type NewAuditEntry = Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>;

/** The `prevHash` of entry 1. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth, so the same entry always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)));
    }
    return v;
  });
}

export function entryHash(entry: Omit<AuditEntry, 'hash'>): string {
  const { at, ...rest } = entry;
  return createHash('sha256')
    .update(canonicalJson({ ...rest, at: at.toISOString() }))
    .digest('hex');
}

/** Seal a new entry onto the chain after `previous` (null for the first). */
export function sealEntry(entry: NewAuditEntry, previous: Pick<AuditEntry, 'seq' | 'hash'> | null): AuditEntry {
  const unsealed = { ...entry, seq: (previous?.seq ?? 0) + 1, prevHash: previous?.hash ?? GENESIS_HASH };
  return { ...unsealed, hash: entryHash(unsealed) };
}

export interface ChainCheck {
  ok: boolean;
  checked: number;
  /** The first entry whose hash, link or sequence number is wrong. */
  brokenAt: number | null;
  problem: string | null;
}

/** Check entries given in `seq` order from the first. */
export function verifyChain(entries: Iterable<AuditEntry>): ChainCheck {
  let previous: AuditEntry | null = null;
  let checked = 0;
  for (const entry of entries) {
    const expectedSeq = (previous?.seq ?? 0) + 1;
    const fail = (problem: string): ChainCheck => ({ ok: false, checked, brokenAt: entry.seq, problem });
    if (entry.seq !== expectedSeq) return fail(`expected entry ${expectedSeq}, found ${entry.seq}`);
    if (entry.prevHash !== (previous?.hash ?? GENESIS_HASH)) return fail('does not link to the entry before it');
    const { hash, ...unsealed } = entry;
    if (entryHash(unsealed) !== hash) return fail('its content does not match its hash');
    previous = entry;
    checked += 1;
  }
  return { ok: true, checked, brokenAt: null, problem: null };
}
