import { MongoClient, type Collection, type Db, type WriteConcernSettings } from 'mongodb';
import type { DigestClaim, DigestRecord } from '../../domain/digest.js';
import { NotFoundError } from '../../domain/errors.js';
import type { FeedbackRecord } from '../../domain/feedback.js';
import type { Practice } from '../../domain/practice.js';
import type { DailyRollup } from '../../domain/rollup.js';
import type { FeedbackTags } from '../../domain/tags.js';
import { toAccessCode, toFeedbackRecord, toFeedbackTags, toPractice } from '../record-mapping.js';
import type { AccessCode } from '../../domain/access-code.js';
import { practiceFilter, practiceSet } from '../practice-query.js';
import type {
  InsertResult,
  ListFeedbackQuery,
  ListPracticesQuery,
  PracticeChange,
  ListRollupsQuery,
  ReceivedBetween,
  Store,
  UnalertedQuery,
} from '../../ports/store.js';
import { isDuplicateKey, MongoRollupsAndDigests } from './rollups-digests.mongo.js';

/** Used when neither `dbName` nor the URI names a database (the driver would pick "test"). */
const DEFAULT_DB_NAME = 'you-and-your-gp';

/**
 * Acknowledged only once a majority of the replica set has the write in its journal, so a
 * submission we answered 202 for survives a primary failing over or losing power.
 * (`journal` is the driver's current spelling of `j`.)
 */
const DURABLE: WriteConcernSettings = { w: 'majority', journal: true };

/** A field the store keeps beside a processed record (not part of it) so the alert sweep can find it. */
type StoredFeedback = FeedbackRecord & { flagged?: boolean };

/** How to reach MongoDB; the composition root passes `config.mongodbUri`. */
export interface MongoStoreOptions {
  /** `mongodb://` or `mongodb+srv://` connection string. */
  uri: string;
  /** Database to use. Default: the one named in the URI, else `you-and-your-gp`. */
  dbName?: string;
}

/**
 * The production store: MongoDB through the official driver, for deployments with many API and
 * worker processes. Collections `feedback`, `practices`, `rollups`, `digests` and `accessCodes`; unique indexes
 * make the submissionId idempotency and the one-digest-per-day claim hold across processes, not
 * just within one.
 */
export class MongoStore implements Store {
  private readonly feedback: Collection<StoredFeedback>;
  private readonly practices: Collection<Practice>;
  private readonly pipeline: MongoRollupsAndDigests;
  private readonly accessCodes: Collection<AccessCode>;

  private constructor(
    private readonly client: MongoClient,
    private readonly db: Db,
  ) {
    this.feedback = db.collection<StoredFeedback>('feedback', { writeConcern: DURABLE });
    this.practices = db.collection<Practice>('practices', { writeConcern: DURABLE });
    this.accessCodes = db.collection<AccessCode>('accessCodes', { writeConcern: DURABLE });
    this.pipeline = new MongoRollupsAndDigests(
      db.collection<DailyRollup>('rollups', { writeConcern: DURABLE }),
      db.collection<DigestRecord>('digests', { writeConcern: DURABLE }),
    );
  }

  /** The database, for the other MongoDB adapters (staff accounts, inbox, audit log) to share the client. */
  get database(): Db {
    return this.db;
  }

  /** Connect, check the server answers and ensure the indexes; the client is closed on failure. */
  static async connect({ uri, dbName }: MongoStoreOptions): Promise<MongoStore> {
    const client = new MongoClient(uri);
    try {
      await client.connect();
      const store = new MongoStore(client, client.db(dbName ?? databaseNamedIn(uri) ?? DEFAULT_DB_NAME));
      await store.ensureIndexes();
      return store;
    } catch (error) {
      await client.close();
      throw error;
    }
  }

  /**
   * Create the indexes the queries need. Idempotent, so every process may call it at start-up;
   * `connect` does. The unique ones are what make concurrent inserts safe.
   */
  async ensureIndexes(): Promise<void> {
    await this.feedback.createIndexes([
      { key: { submissionId: 1 }, name: 'submissionId_unique', unique: true },
      { key: { id: 1 }, name: 'id_unique', unique: true },
      { key: { receipt: 1 }, name: 'receipt_unique', unique: true },
      // listFeedback: one practice, newest first.
      { key: { practiceCode: 1, receivedAt: -1 }, name: 'practice_newest' },
      // listUnprocessed: the sweeper's oldest "received" first.
      { key: { state: 1, receivedAt: 1 }, name: 'state_oldest' },
      // listUnalerted: flagged records, a small share of all, so a partial index.
      { key: { processedAt: 1 }, name: 'flagged_processed', partialFilterExpression: { flagged: true } },
    ]);
    await this.practices.createIndexes([
      { key: { code: 1 }, name: 'code_unique', unique: true },
      // CORS preflights: is this website registered by any practice?
      { key: { allowedOrigins: 1 }, name: 'allowed_origins' },
      // Area summaries: the practices ever assigned to an ICB or a PCN.
      { key: { 'assignments.icbCode': 1 }, name: 'assigned_icb' },
      { key: { 'assignments.pcnCode': 1 }, name: 'assigned_pcn' },
    ]);
    await this.accessCodes.createIndexes([{ key: { tokenHash: 1 }, name: 'token_hash_unique', unique: true }]);
    await this.pipeline.ensureIndexes();
  }

  async insertAccessCode(code: AccessCode): Promise<void> {
    await this.accessCodes.insertOne(toAccessCode(code));
  }

  async findAccessCode(tokenHash: string): Promise<AccessCode | null> {
    const doc = await this.accessCodes.findOne({ tokenHash }, { projection: { _id: 0 } });
    return doc ? toAccessCode(doc) : null;
  }

  async upsertPractices(practices: Practice[]): Promise<number> {
    if (practices.length === 0) return 0;
    await this.practices.bulkWrite(
      practices.map((practice) => ({
        replaceOne: { filter: { code: practice.code }, replacement: toPractice(practice), upsert: true },
      })),
      { ordered: false },
    );
    return practices.length;
  }

  async getPractice(code: string): Promise<Practice | null> {
    const doc = await this.practices.findOne({ code }, { projection: { _id: 0 } });
    return doc ? toPractice(doc) : null;
  }

  async countPractices(): Promise<number> {
    return this.practices.countDocuments();
  }

  async isOriginRegistered(origin: string): Promise<boolean> {
    return (await this.practices.countDocuments({ allowedOrigins: origin }, { limit: 1 })) > 0;
  }

  async listPracticesWithContacts(): Promise<Practice[]> {
    const docs = await this.practices
      .find({ 'contacts.0': { $exists: true } }, { projection: { _id: 0 } })
      .sort({ code: 1 })
      .toArray();
    return docs.map(toPractice);
  }

  async listPractices(query: ListPracticesQuery): Promise<Practice[]> {
    const cursor = this.practices.find(practiceFilter(query), { projection: { _id: 0 } }).sort({ code: 1 });
    if (query.limit !== undefined) cursor.limit(query.limit);
    return (await cursor.toArray()).map(toPractice);
  }

  async updatePractices(changes: PracticeChange[]): Promise<number> {
    if (changes.length === 0) return 0;
    const result = await this.practices.bulkWrite(
      changes.map((change) => ({
        updateOne: { filter: { code: change.code }, update: { $set: practiceSet(change) } },
      })),
      { ordered: false },
    );
    return result.matchedCount;
  }

  async insertFeedback(record: FeedbackRecord): Promise<InsertResult> {
    // A copy: insertOne adds `_id` to the object it is given.
    const doc = toFeedbackRecord(record);
    try {
      await this.feedback.insertOne(doc);
      return { created: true, record: toFeedbackRecord(doc) };
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      const existing = await this.feedback.findOne({ submissionId: record.submissionId }, { projection: { _id: 0 } });
      if (!existing) throw error; // the clash was on id or receipt, not a repeated submission
      return { created: false, record: toFeedbackRecord(existing) };
    }
  }

  async getFeedback(id: string): Promise<FeedbackRecord | null> {
    const doc = await this.feedback.findOne({ id }, { projection: { _id: 0 } });
    return doc ? toFeedbackRecord(doc) : null;
  }

  async getFeedbackBySubmissionId(submissionId: string): Promise<FeedbackRecord | null> {
    const doc = await this.feedback.findOne({ submissionId }, { projection: { _id: 0 } });
    return doc ? toFeedbackRecord(doc) : null;
  }

  async listFeedback({ practiceCode, limit, before }: ListFeedbackQuery): Promise<FeedbackRecord[]> {
    const filter = before ? { practiceCode, receivedAt: { $lt: before } } : { practiceCode };
    const docs = await this.feedback
      .find(filter, { projection: { _id: 0 } })
      .sort({ receivedAt: -1 })
      .limit(limit)
      .toArray();
    return docs.map(toFeedbackRecord);
  }

  async listFeedbackReceived({ practiceCode, from, to }: ReceivedBetween): Promise<FeedbackRecord[]> {
    const docs = await this.feedback
      .find({ practiceCode, receivedAt: { $gte: from, $lt: to } }, { projection: { _id: 0 } })
      .sort({ receivedAt: 1 })
      .toArray();
    return docs.map(toFeedbackRecord);
  }

  async countFeedbackReceived({ practiceCode, from, to }: ReceivedBetween): Promise<number> {
    return this.feedback.countDocuments({ practiceCode, receivedAt: { $gte: from, $lt: to } });
  }

  /** The first call wins: a redelivered job leaves the stored tags and `processedAt` as they are. */
  async markProcessed(id: string, tags: FeedbackTags, at: Date): Promise<void> {
    const { matchedCount } = await this.feedback.updateOne(
      { id, state: 'received' },
      { $set: { state: 'processed', tags: toFeedbackTags(tags), processedAt: at, flagged: tags.flags.length > 0 } },
    );
    if (matchedCount === 0) await this.mustExist(id);
  }

  async markAlertSent(id: string, at: Date): Promise<boolean> {
    // `null` matches a missing field too, in MongoDB.
    const { matchedCount } = await this.feedback.updateOne({ id, alertSentAt: null }, { $set: { alertSentAt: at } });
    if (matchedCount === 0) await this.mustExist(id);
    return matchedCount > 0;
  }

  async listUnalerted({ processedBefore, practiceCodes, limit }: UnalertedQuery): Promise<FeedbackRecord[]> {
    const practices = practiceCodes ? { practiceCode: { $in: practiceCodes } } : {};
    const filter = { flagged: true, alertSentAt: null, processedAt: { $lt: processedBefore }, ...practices };
    const docs = await this.feedback
      .find(filter, { projection: { _id: 0 } })
      .sort({ processedAt: 1 })
      .limit(limit)
      .toArray();
    return docs.map(toFeedbackRecord);
  }

  private async mustExist(id: string): Promise<void> {
    if (!(await this.feedback.findOne({ id }, { projection: { _id: 1 } }))) {
      throw new NotFoundError(`No feedback with id ${id}`);
    }
  }

  async listUnprocessed(olderThan: Date, limit: number): Promise<FeedbackRecord[]> {
    const docs = await this.feedback
      .find({ state: 'received', receivedAt: { $lt: olderThan } }, { projection: { _id: 0 } })
      .sort({ receivedAt: 1 })
      .limit(limit)
      .toArray();
    return docs.map(toFeedbackRecord);
  }

  upsertRollup(rollup: DailyRollup): Promise<void> {
    return this.pipeline.upsertRollup(rollup);
  }

  listRollups(query: ListRollupsQuery): Promise<DailyRollup[]> {
    return this.pipeline.listRollups(query);
  }

  claimDigest(claim: DigestClaim, staleBefore: Date): Promise<DigestRecord | null> {
    return this.pipeline.claimDigest(claim, staleBefore);
  }

  markDigestSent(practiceCode: string, date: string, owner: string, at: Date): Promise<boolean> {
    return this.pipeline.markDigestSent(practiceCode, date, owner, at);
  }

  releaseDigest(practiceCode: string, date: string, owner: string): Promise<void> {
    return this.pipeline.releaseDigest(practiceCode, date, owner);
  }

  getDigest(practiceCode: string, date: string): Promise<DigestRecord | null> {
    return this.pipeline.getDigest(practiceCode, date);
  }

  lastSentDigest(practiceCode: string): Promise<DigestRecord | null> {
    return this.pipeline.lastSentDigest(practiceCode);
  }

  async ping(): Promise<void> {
    await this.db.command({ ping: 1 });
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}

/** The database path of a connection string (`mongodb://host/name?...`), if it has one. */
function databaseNamedIn(uri: string): string | undefined {
  const name = /^mongodb(?:\+srv)?:\/\/[^/?]*\/([^?]+)/.exec(uri)?.[1];
  return name ? decodeURIComponent(name) : undefined;
}
