import type { DigestClaim, DigestRecord } from '../../domain/digest.js';
import type { DailyRollup } from '../../domain/rollup.js';
import type { ListRollupsQuery } from '../../ports/store.js';
import { toDigest, toRollup } from '../record-mapping.js';
import { isUniqueViolation, type Datastore } from './datastore.js';
import type { GroupSync } from './group-sync.js';

/**
 * The embedded store's roll-ups and digests, each in its own nedb file with a unique index on
 * (practiceCode, date). nedb runs one operation at a time, so a conditional update here is
 * atomic: of two claims on one digest, exactly one matches.
 */
export class NedbRollupsAndDigests {
  constructor(
    private readonly rollups: Datastore<DailyRollup>,
    private readonly digests: Datastore<DigestRecord>,
    private readonly sync: { rollups: GroupSync; digests: GroupSync },
  ) {}

  static async ensureIndexes(rollups: Datastore<DailyRollup>, digests: Datastore<DigestRecord>): Promise<void> {
    await rollups.ensureIndexAsync({ fieldName: ['practiceCode', 'date'], unique: true });
    await rollups.ensureIndexAsync({ fieldName: 'date' });
    await digests.ensureIndexAsync({ fieldName: ['practiceCode', 'date'], unique: true });
    await digests.ensureIndexAsync({ fieldName: 'practiceCode' });
  }

  async upsertRollup(rollup: DailyRollup): Promise<void> {
    // A whole document replaces the stored one: a recount is set, never added.
    const { practiceCode, date } = rollup;
    await this.rollups.updateAsync({ practiceCode, date }, toRollup(rollup), { upsert: true });
    await this.sync.rollups.sync();
  }

  async listRollups({ practiceCodes, from, to }: ListRollupsQuery): Promise<DailyRollup[]> {
    const docs = await this.rollups
      .findAsync({ practiceCode: { $in: practiceCodes }, date: { $gte: from, $lte: to } })
      .sort({ practiceCode: 1, date: 1 });
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
      const doc = await this.digests.insertAsync(fresh);
      await this.sync.digests.sync();
      return toDigest(doc);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const { numAffected } = await this.digests.updateAsync(
      { practiceCode, date, state: 'sending', claimedAt: { $lt: staleBefore } },
      { $set: { owner, claimedAt: at } },
    );
    if (numAffected === 0) return null;
    await this.sync.digests.sync();
    return this.getDigest(practiceCode, date);
  }

  async markDigestSent(practiceCode: string, date: string, owner: string, at: Date): Promise<boolean> {
    const { numAffected } = await this.digests.updateAsync(
      { practiceCode, date, state: 'sending', owner },
      { $set: { state: 'sent', sentAt: at } },
    );
    await this.sync.digests.sync();
    return numAffected > 0;
  }

  async releaseDigest(practiceCode: string, date: string, owner: string): Promise<void> {
    await this.digests.removeAsync({ practiceCode, date, state: 'sending', owner }, {});
    await this.sync.digests.sync();
  }

  async getDigest(practiceCode: string, date: string): Promise<DigestRecord | null> {
    const doc = await this.digests.findOneAsync({ practiceCode, date });
    return doc ? toDigest(doc) : null;
  }

  async lastSentDigest(practiceCode: string): Promise<DigestRecord | null> {
    const [doc] = await this.digests.findAsync({ practiceCode, state: 'sent' }).sort({ date: -1 }).limit(1);
    return doc ? toDigest(doc) : null;
  }
}
