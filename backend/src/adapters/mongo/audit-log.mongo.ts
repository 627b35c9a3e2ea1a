import type { Collection, Db } from 'mongodb';
import {
  sealEntry,
  verifyChain,
  type AuditEntry,
  type ChainCheck,
  type NewAuditEntry,
} from '../../domain/staff/audit.js';
import type { AuditLog, AuditQuery } from '../../ports/audit-log.js';
import { auditFilter } from '../audit-query.js';
import { isDuplicateKey } from './rollups-digests.mongo.js';

/** How often an append retries when another process took the same `seq` first. */
const MAX_APPEND_ATTEMPTS = 20;

/**
 * The audit log in MongoDB (`audit` collection). Many API processes append to one chain: each
 * reads the head and inserts `seq + 1`; the unique index on `seq` lets only one of two racers win,
 * and the loser re-reads the head and tries again, so the chain never forks.
 */
export class MongoAuditLog implements AuditLog {
  private constructor(private readonly entries: Collection<AuditEntry>) {}

  static async open(db: Db): Promise<MongoAuditLog> {
    const entries = db.collection<AuditEntry>('audit', { writeConcern: { w: 'majority', journal: true } });
    await entries.createIndexes([
      { key: { seq: 1 }, name: 'seq_unique', unique: true },
      { key: { practiceCode: 1, seq: -1 }, name: 'practice_newest' },
      { key: { targetId: 1, seq: -1 }, name: 'target_newest' },
    ]);
    return new MongoAuditLog(entries);
  }

  async append(entry: NewAuditEntry): Promise<AuditEntry> {
    for (let attempt = 1; ; attempt += 1) {
      const head = await this.entries.findOne({}, { sort: { seq: -1 }, projection: { _id: 0 } });
      const sealed = sealEntry(entry, head);
      try {
        await this.entries.insertOne({ ...sealed });
        return sealed;
      } catch (error) {
        if (!isDuplicateKey(error) || attempt >= MAX_APPEND_ATTEMPTS) throw error;
      }
    }
  }

  async list(query: AuditQuery): Promise<AuditEntry[]> {
    return this.entries
      .find(auditFilter(query), { projection: { _id: 0 } })
      .sort({ seq: -1 })
      .limit(query.limit)
      .toArray();
  }

  async verify(): Promise<ChainCheck> {
    const cursor = this.entries.find({}, { projection: { _id: 0 } }).sort({ seq: 1 });
    return verifyChain(await cursor.toArray());
  }

  async close(): Promise<void> {}
}
