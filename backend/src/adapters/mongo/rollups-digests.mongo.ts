import { MongoServerError, type Collection } from 'mongodb';
import type { DigestClaim, DigestRecord } from '../../domain/digest.js';
import type { DailyRollup } from '../../domain/rollup.js';
import type { ListRollupsQuery } from '../../ports/store.js';
import { toDigest, toRollup } from '../record-mapping.js';

export const DUPLICATE_KEY = 11000;

export function isDuplicateKey(error: unknown): boolean {
  return error instanceof MongoServerError && error.code === DUPLICATE_KEY;
}

/**
 * MongoDB's roll-ups and digests: collections `rollups` and `digests`, each with a unique index on
 * (practiceCode, date). The unique index is what lets only one of many worker processes claim a
 * digest; conditional updates (`findOneAndUpdate` with the expected state) do the rest.
 */
export class MongoRollupsAndDigests {
  constructor(
    private readonly rollups: Collection<DailyRollup>,
    private readonly digests: Collection<DigestRecord>,
  ) {}

  async ensureIndexes(): Promise<void> {
    await this.rollups.createIndexes([
      { key: { practiceCode: 1, date: 1 }, name: 'practice_date_unique', unique: true },
      // ICB dashboards: every practice over a range of days.
      { key: { date: 1 }, name: 'date' },
    ]);
    await this.digests.createIndexes([
      { key: { practiceCode: 1, date: 1 }, name: 'practice_date_unique', unique: true },
      // lastSentDigest: one practice's latest sent digest.
      { key: { practiceCode: 1, state: 1, date: -1 }, name: 'practice_sent_latest' },
    ]);
  }

  async upsertRollup(rollup: DailyRollup): Promise<void> {
    const { practiceCode, date } = rollup;
    const write = () => this.rollups.replaceOne({ practiceCode, date }, toRollup(rollup), { upsert: true });
    try {
      await write();
    } catch (error) {
      // Two first upserts of one practice-day can race to insert; the loser now finds the row.
      if (!isDuplicateKey(error)) throw error;
      await write();
    }
  }

  async listRollups({ practiceCodes, from, to }: ListRollupsQuery): Promise<DailyRollup[]> {
    const docs = await this.rollups
      .find({ practiceCode: { $in: practiceCodes }, date: { $gte: from, $lte: to } }, { projection: { _id: 0 } })
      .sort({ practiceCode: 1, date: 1 })
      .toArray();
    return docs.map(toRollup);
  }

  async claimDigest(claim: DigestClaim, staleBefore: Date): Promise<DigestRecord | null> {
    const { practiceCode, date, owner, since, until, at } = claim;
    const fresh: DigestRecord = {
      practiceCode,
      date,
      state: 'sending',
      owner,
      claimedAt: at,
      since,
      until,
      sentAt: null,
    };
    try {
      // A copy: insertOne adds `_id` to the object it is given.
      await this.digests.insertOne({ ...fresh });
      return fresh;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    const taken = await this.digests.findOneAndUpdate(
      { practiceCode, date, state: 'sending', claimedAt: { $lt: staleBefore } },
      { $set: { owner, claimedAt: at } },
      { returnDocument: 'after', projection: { _id: 0 } },
    );
    return taken ? toDigest(taken) : null;
  }

  async markDigestSent(practiceCode: string, date: string, owner: string, at: Date): Promise<boolean> {
    const { modifiedCount } = await this.digests.updateOne(
      { practiceCode, date, state: 'sending', owner },
      { $set: { state: 'sent', sentAt: at } },
    );
    return modifiedCount > 0;
  }

  async releaseDigest(practiceCode: string, date: string, owner: string): Promise<void> {
    await this.digests.deleteOne({ practiceCode, date, state: 'sending', owner });
  }

  async getDigest(practiceCode: string, date: string): Promise<DigestRecord | null> {
    const doc = await this.digests.findOne({ practiceCode, date }, { projection: { _id: 0 } });
    return doc ? toDigest(doc) : null;
  }

  async lastSentDigest(practiceCode: string): Promise<DigestRecord | null> {
    const doc = await this.digests.findOne(
      { practiceCode, state: 'sent' },
      { projection: { _id: 0 }, sort: { date: -1 } },
    );
    return doc ? toDigest(doc) : null;
  }
}
