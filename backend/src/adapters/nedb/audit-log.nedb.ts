import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  sealEntry,
  verifyChain,
  type AuditEntry,
  type ChainCheck,
  type NewAuditEntry,
} from '../../domain/staff/audit.js';
import type { AuditLog, AuditQuery } from '../../ports/audit-log.js';
import { auditFilter } from '../audit-query.js';
import { Datastore } from './datastore.js';
import { GroupSync } from './group-sync.js';

/** Strip nedb's `_id` and give back a plain entry. */
function toEntry(doc: AuditEntry & { _id?: string }): AuditEntry {
  const { _id, ...entry } = doc;
  return entry;
}

/**
 * The embedded audit log: `audit.db` under `dataDir`. nedb lives in one process, so appends are
 * serialised by a promise chain here; each resolves after an fdatasync. Never compacted away:
 * nedb only appends lines, and there is no update or delete on this file.
 */
export class NedbAuditLog implements AuditLog {
  #tail: Promise<unknown> = Promise.resolve();
  #head: AuditEntry | null;

  private constructor(
    private readonly db: Datastore<AuditEntry>,
    private readonly sync: GroupSync,
    head: AuditEntry | null,
  ) {
    this.#head = head;
  }

  static async open({ dataDir }: { dataDir: string }): Promise<NedbAuditLog> {
    await mkdir(dataDir, { recursive: true });
    const filename = path.join(dataDir, 'audit.db');
    const db = new Datastore<AuditEntry>({ filename });
    await db.loadDatabaseAsync();
    await db.ensureIndexAsync({ fieldName: 'seq', unique: true });
    await db.ensureIndexAsync({ fieldName: 'practiceCode' });
    await db.ensureIndexAsync({ fieldName: 'targetId' });
    const [head] = await db.findAsync({}).sort({ seq: -1 }).limit(1);
    return new NedbAuditLog(db, GroupSync.forFile(filename), head ? toEntry(head) : null);
  }

  append(entry: NewAuditEntry): Promise<AuditEntry> {
    const run = this.#tail.then(async () => {
      const sealed = sealEntry(entry, this.#head);
      await this.db.insertAsync(structuredClone(sealed));
      await this.sync.sync();
      this.#head = sealed;
      return sealed;
    });
    this.#tail = run.catch(() => undefined);
    return run;
  }

  async list(query: AuditQuery): Promise<AuditEntry[]> {
    const docs = await this.db.findAsync(auditFilter(query)).sort({ seq: -1 }).limit(query.limit);
    return docs.map(toEntry);
  }

  async verify(): Promise<ChainCheck> {
    await this.#tail;
    const docs = await this.db.findAsync({}).sort({ seq: 1 });
    return verifyChain(docs.map(toEntry));
  }

  async close(): Promise<void> {
    await this.#tail;
  }
}
