import type { AccessCode } from '../../domain/access-code.js';
import { access, constants, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { DigestClaim, DigestRecord } from '../../domain/digest.js';
import { NotFoundError } from '../../domain/errors.js';
import type { FeedbackRecord } from '../../domain/feedback.js';
import type { Practice } from '../../domain/practice.js';
import type { DailyRollup } from '../../domain/rollup.js';
import type { FeedbackTags } from '../../domain/tags.js';
import { toFeedbackRecord, toFeedbackTags, toPractice, toAccessCode } from '../record-mapping.js';
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
import { Datastore, isUniqueViolation, unset } from './datastore.js';
import { GroupSync } from './group-sync.js';
import { NedbRollupsAndDigests } from './rollups-digests.nedb.js';

/**
 * Compaction rewrites the append-only data file without superseded lines. Until it runs, old
 * versions of a record stay in the file, including text later redacted or erased at a patient's
 * request, and the file (and start-up time) grows with every update.
 */
const DEFAULT_COMPACTION_INTERVAL_MS = 10 * 60_000;

/** Where the embedded store keeps its files; the composition root passes `config.dataDir`. */
export interface NedbStoreOptions {
  /** Directory for `feedback.db`, `practices.db`, `rollups.db` and `digests.db`; created if missing. */
  dataDir: string;
  /** How often to compact the data files (nedb enforces at least 5 s). Default 10 minutes. */
  compactionIntervalMs?: number;
}

/** A field the store keeps beside a processed record (not part of it) so the alert sweep can find it. */
type StoredFeedback = FeedbackRecord & { flagged?: boolean };

/** Gets a feedback record as stored; see `NedbStore.onFeedbackWritten`. Must not throw. */
export type FeedbackListener = (record: FeedbackRecord) => void;

const FILES = ['feedback', 'practices', 'rollups', 'digests', 'access-codes'] as const;
type FileName = (typeof FILES)[number];

/**
 * The embedded store: five nedb files under `dataDir`, so a single practice runs with no database
 * server. nedb keeps everything in memory and appends each change to its file; every write here
 * resolves only after an fdatasync of that file (shared between concurrent writers through
 * `GroupSync`), because the intake acknowledges a submission as soon as the store resolves.
 */
export class NedbStore implements Store {
  #closing: Promise<void> | null = null;
  readonly #feedbackListeners = new Set<FeedbackListener>();
  private readonly feedbackSync: GroupSync;
  private readonly practicesSync: GroupSync;
  private readonly pipeline: NedbRollupsAndDigests;
  private readonly accessCodesSync: GroupSync;
  /** Every file, to compact and close together. */
  private readonly datastores: Datastore<unknown>[];

  private constructor(
    private readonly feedback: Datastore<StoredFeedback>,
    private readonly practices: Datastore<Practice>,
    rollups: Datastore<DailyRollup>,
    digests: Datastore<DigestRecord>,
    private readonly accessCodes: Datastore<AccessCode>,
    private readonly files: Record<FileName, string>,
  ) {
    this.accessCodesSync = GroupSync.forFile(files['access-codes']);
    this.feedbackSync = GroupSync.forFile(files.feedback);
    this.practicesSync = GroupSync.forFile(files.practices);
    this.pipeline = new NedbRollupsAndDigests(rollups, digests, {
      rollups: GroupSync.forFile(files.rollups),
      digests: GroupSync.forFile(files.digests),
    });
    this.datastores = [feedback, practices, rollups, digests, accessCodes];
  }

  /** Open (or create) the data files under `dataDir`, load them and ensure the indexes. */
  static async open({
    dataDir,
    compactionIntervalMs = DEFAULT_COMPACTION_INTERVAL_MS,
  }: NedbStoreOptions): Promise<NedbStore> {
    await mkdir(dataDir, { recursive: true });
    const files = Object.fromEntries(FILES.map((name) => [name, path.join(dataDir, `${name}.db`)])) as Record<
      FileName,
      string
    >;
    const feedback = new Datastore<StoredFeedback>({ filename: files.feedback });
    const practices = new Datastore<Practice>({ filename: files.practices });
    const rollups = new Datastore<DailyRollup>({ filename: files.rollups });
    const digests = new Datastore<DigestRecord>({ filename: files.digests });
    const accessCodes = new Datastore<AccessCode>({ filename: files['access-codes'] });
    const all = [feedback, practices, rollups, digests, accessCodes];
    await Promise.all(all.map((db) => db.loadDatabaseAsync()));

    for (const fieldName of ['submissionId', 'id', 'receipt']) {
      await feedback.ensureIndexAsync({ fieldName, unique: true });
    }
    for (const fieldName of ['practiceCode', 'state', 'receivedAt', 'flagged']) {
      await feedback.ensureIndexAsync({ fieldName });
    }
    await practices.ensureIndexAsync({ fieldName: 'code', unique: true });
    await practices.ensureIndexAsync({ fieldName: 'allowedOrigins' });
    await NedbRollupsAndDigests.ensureIndexes(rollups, digests);
    await accessCodes.ensureIndexAsync({ fieldName: 'tokenHash', unique: true });

    for (const db of all) db.setAutocompactionInterval(compactionIntervalMs);
    return new NedbStore(feedback, practices, rollups, digests, accessCodes, files);
  }

  async upsertPractices(practices: Practice[]): Promise<number> {
    // New practices go in as one insert: nedb appends to its file once per operation, so a whole
    // directory import written one upsert at a time takes seconds. An array insert is all or
    // nothing, so if a practice appeared meanwhile they go one by one below instead.
    const stored = new Set(
      (await this.practices.findAsync({ code: { $in: practices.map((p) => p.code) } })).map((doc) => doc.code),
    );
    const fresh = practices.filter((practice) => !stored.has(practice.code));
    let remaining = practices;
    if (fresh.length > 0 && new Set(fresh.map((p) => p.code)).size === fresh.length) {
      try {
        await this.practices.insertAsync(fresh.map(toPractice));
        remaining = practices.filter((practice) => stored.has(practice.code));
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    }
    for (const practice of remaining) {
      // A whole document (no operators) replaces the stored one, or is inserted when none matches.
      await this.practices.updateAsync({ code: practice.code }, toPractice(practice), { upsert: true });
    }
    if (practices.length > 0) await this.practicesSync.sync();
    return practices.length;
  }

  async getPractice(code: string): Promise<Practice | null> {
    const doc = await this.practices.findOneAsync({ code });
    return doc ? toPractice(doc) : null;
  }

  async countPractices(): Promise<number> {
    return this.practices.countAsync({});
  }

  async isOriginRegistered(origin: string): Promise<boolean> {
    // nedb matches a value against an array field when the array contains it.
    return (await this.practices.countAsync({ allowedOrigins: origin })) > 0;
  }

  async listPracticesWithContacts(): Promise<Practice[]> {
    const docs = await this.practices.findAsync({ 'contacts.0': { $exists: true } }).sort({ code: 1 });
    return docs.map(toPractice);
  }

  async listPractices(query: ListPracticesQuery): Promise<Practice[]> {
    const cursor = this.practices.findAsync(practiceFilter(query)).sort({ code: 1 });
    return (await (query.limit === undefined ? cursor : cursor.limit(query.limit))).map(toPractice);
  }

  async updatePractices(changes: PracticeChange[]): Promise<number> {
    let found = 0;
    for (const change of changes) {
      const { numAffected } = await this.practices.updateAsync(
        { code: change.code },
        { $set: practiceSet(change) },
        {},
      );
      found += numAffected;
    }
    if (changes.length > 0) await this.practicesSync.sync();
    return found;
  }

  async insertFeedback(record: FeedbackRecord): Promise<InsertResult> {
    let result: InsertResult;
    try {
      const doc = await this.feedback.insertAsync(toFeedbackRecord(record));
      result = { created: true, record: toFeedbackRecord(doc) };
      this.#feedbackWritten(doc);
    } catch (error) {
      // nedb runs operations one at a time and checks unique indexes in memory, so of two
      // concurrent inserts of one submissionId the second fails here and reads the first.
      if (!isUniqueViolation(error)) throw error;
      const existing = await this.feedback.findOneAsync({ submissionId: record.submissionId });
      if (!existing) throw error; // the clash was on id or receipt, not a repeated submission
      result = { created: false, record: toFeedbackRecord(existing) };
    }
    // Also for a repeat: the first caller's flush may still be running, and this caller is
    // about to acknowledge the same submission.
    await this.feedbackSync.sync();
    return result;
  }

  async getFeedback(id: string): Promise<FeedbackRecord | null> {
    const doc = await this.feedback.findOneAsync({ id });
    return doc ? toFeedbackRecord(doc) : null;
  }

  async getFeedbackBySubmissionId(submissionId: string): Promise<FeedbackRecord | null> {
    const doc = await this.feedback.findOneAsync({ submissionId });
    return doc ? toFeedbackRecord(doc) : null;
  }

  async listFeedback({ practiceCode, limit, before }: ListFeedbackQuery): Promise<FeedbackRecord[]> {
    const query = before ? { practiceCode, receivedAt: { $lt: before } } : { practiceCode };
    const docs = await this.feedback.findAsync(query).sort({ receivedAt: -1 }).limit(limit);
    return docs.map(toFeedbackRecord);
  }

  async listFeedbackReceived({ practiceCode, from, to }: ReceivedBetween): Promise<FeedbackRecord[]> {
    const docs = await this.feedback
      .findAsync({ practiceCode, receivedAt: { $gte: from, $lt: to } })
      .sort({ receivedAt: 1 });
    return docs.map(toFeedbackRecord);
  }

  async countFeedbackReceived({ practiceCode, from, to }: ReceivedBetween): Promise<number> {
    return this.feedback.countAsync({ practiceCode, receivedAt: { $gte: from, $lt: to } });
  }

  /** The first call wins: a redelivered job leaves the stored tags and `processedAt` as they are. */
  async markProcessed(id: string, tags: FeedbackTags, at: Date): Promise<void> {
    const { numAffected } = await this.feedback.updateAsync(
      { id, state: 'received' },
      { $set: { state: 'processed', tags: toFeedbackTags(tags), processedAt: at, flagged: tags.flags.length > 0 } },
    );
    if (numAffected === 0 && !(await this.feedback.findOneAsync({ id }))) {
      throw new NotFoundError(`No feedback with id ${id}`);
    }
    if (numAffected > 0 && this.#feedbackListeners.size > 0) {
      const doc = await this.feedback.findOneAsync({ id });
      if (doc) this.#feedbackWritten(doc);
    }
    await this.feedbackSync.sync();
  }

  /**
   * Hook for a view kept in memory beside the store (the staff inbox's search index): `listener`
   * gets each record as stored, after the insert that created it and after `markProcessed`
   * changed it (before the flush, so the view matches what the store answers); with `replay`, it
   * first gets every record already stored, synchronously, so no write falls between the replay
   * and the first call. A listener must take a record it has seen before calmly. Returns the
   * function that stops the calls.
   */
  onFeedbackWritten(listener: FeedbackListener, { replay = false } = {}): () => void {
    this.#feedbackListeners.add(listener);
    // nedb's own documents, not copies: each is copied field by field on the way out.
    if (replay) for (const doc of this.feedback.getAllData()) listener(toFeedbackRecord(doc));
    return () => void this.#feedbackListeners.delete(listener);
  }

  /** Tell the listeners; one that throws is reported, never allowed to fail the write. */
  #feedbackWritten(doc: StoredFeedback): void {
    for (const listener of this.#feedbackListeners) {
      try {
        listener(toFeedbackRecord(doc));
      } catch (error) {
        process.emitWarning(`A feedback listener failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  async markAlertSent(id: string, at: Date): Promise<boolean> {
    const { numAffected } = await this.feedback.updateAsync(
      { id, ...unset('alertSentAt') },
      { $set: { alertSentAt: at } },
    );
    if (numAffected === 0 && !(await this.feedback.findOneAsync({ id }))) {
      throw new NotFoundError(`No feedback with id ${id}`);
    }
    await this.feedbackSync.sync();
    return numAffected > 0;
  }

  async listUnalerted({ processedBefore, practiceCodes, limit }: UnalertedQuery): Promise<FeedbackRecord[]> {
    const practices = practiceCodes ? { practiceCode: { $in: practiceCodes } } : {};
    const docs = await this.feedback
      .findAsync({ flagged: true, processedAt: { $lt: processedBefore }, ...practices, ...unset('alertSentAt') })
      .sort({ processedAt: 1 })
      .limit(limit);
    return docs.map(toFeedbackRecord);
  }

  async listUnprocessed(olderThan: Date, limit: number): Promise<FeedbackRecord[]> {
    const docs = await this.feedback
      .findAsync({ state: 'received', receivedAt: { $lt: olderThan } })
      .sort({ receivedAt: 1 })
      .limit(limit);
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

  /** Checks the data files are still there and writable (a lost or read-only volume). */
  async insertAccessCode(code: AccessCode): Promise<void> {
    await this.accessCodes.insertAsync(toAccessCode(code));
    await this.accessCodesSync.sync();
  }

  async findAccessCode(tokenHash: string): Promise<AccessCode | null> {
    const doc = await this.accessCodes.findOneAsync({ tokenHash });
    return doc ? toAccessCode(doc) : null;
  }

  async ping(): Promise<void> {
    if (this.#closing) throw new Error('The store is closed');
    for (const file of Object.values(this.files)) {
      await access(file, constants.R_OK | constants.W_OK);
    }
  }

  /**
   * Stops compaction timers and compacts once more, which also waits for queued operations.
   * Calling it again returns the same promise.
   */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      for (const db of this.datastores) {
        db.stopAutocompaction();
        await db.compactDatafileAsync();
      }
    })();
    return this.#closing;
  }
}
