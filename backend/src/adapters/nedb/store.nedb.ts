import { access, constants, mkdir } from 'node:fs/promises';
import path from 'node:path';
import nedbModule from '@seald-io/nedb';
import { NotFoundError } from '../../domain/errors.js';
import type { FeedbackRecord, SentimentTag } from '../../domain/feedback.js';
import type { Practice } from '../../domain/practice.js';
import { toFeedbackRecord, toPractice } from '../record-mapping.js';
import type { InsertResult, ListFeedbackQuery, Store } from '../../ports/store.js';
import { GroupSync } from './group-sync.js';

// The package is CommonJS (`module.exports = Datastore`) but its types say `export default`, so
// under NodeNext the default import is the class at run time while TypeScript sees a namespace.
const Datastore = ((nedbModule as unknown as { default?: unknown }).default ?? nedbModule) as typeof nedbModule.default;
type Datastore<T> = InstanceType<typeof Datastore<T>>;

/**
 * Compaction rewrites the append-only data file without superseded lines. Until it runs, old
 * versions of a record stay in the file, including text later redacted or erased at a patient's
 * request, and the file (and start-up time) grows with every update.
 */
const DEFAULT_COMPACTION_INTERVAL_MS = 10 * 60_000;

/** Where the embedded store keeps its files; the composition root passes `config.dataDir`. */
export interface NedbStoreOptions {
  /** Directory for `feedback.db` and `practices.db`; created if missing. */
  dataDir: string;
  /** How often to compact the data files (nedb enforces at least 5 s). Default 10 minutes. */
  compactionIntervalMs?: number;
}

/**
 * The embedded store: two nedb files under `dataDir`, so a single practice runs with no database
 * server. nedb keeps everything in memory and appends each change to its file; every write here
 * resolves only after an fdatasync of that file (shared between concurrent writers through
 * `GroupSync`), because the intake acknowledges a submission as soon as the store resolves.
 */
export class NedbStore implements Store {
  #closing: Promise<void> | null = null;
  private readonly feedbackSync: GroupSync;
  private readonly practicesSync: GroupSync;

  private constructor(
    private readonly feedback: Datastore<FeedbackRecord>,
    private readonly practices: Datastore<Practice>,
    private readonly files: { feedback: string; practices: string },
  ) {
    this.feedbackSync = GroupSync.forFile(files.feedback);
    this.practicesSync = GroupSync.forFile(files.practices);
  }

  /** Open (or create) the data files under `dataDir`, load them and ensure the indexes. */
  static async open({
    dataDir,
    compactionIntervalMs = DEFAULT_COMPACTION_INTERVAL_MS,
  }: NedbStoreOptions): Promise<NedbStore> {
    await mkdir(dataDir, { recursive: true });
    const feedbackFile = path.join(dataDir, 'feedback.db');
    const practicesFile = path.join(dataDir, 'practices.db');
    const feedback = new Datastore<FeedbackRecord>({ filename: feedbackFile });
    const practices = new Datastore<Practice>({ filename: practicesFile });
    await Promise.all([feedback.loadDatabaseAsync(), practices.loadDatabaseAsync()]);

    for (const fieldName of ['submissionId', 'id', 'receipt']) {
      await feedback.ensureIndexAsync({ fieldName, unique: true });
    }
    for (const fieldName of ['practiceCode', 'state', 'receivedAt']) {
      await feedback.ensureIndexAsync({ fieldName });
    }
    await practices.ensureIndexAsync({ fieldName: 'code', unique: true });
    await practices.ensureIndexAsync({ fieldName: 'allowedOrigins' });

    feedback.setAutocompactionInterval(compactionIntervalMs);
    practices.setAutocompactionInterval(compactionIntervalMs);
    return new NedbStore(feedback, practices, { feedback: feedbackFile, practices: practicesFile });
  }

  async upsertPractices(practices: Practice[]): Promise<number> {
    for (const practice of practices) {
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

  async insertFeedback(record: FeedbackRecord): Promise<InsertResult> {
    let result: InsertResult;
    try {
      const doc = await this.feedback.insertAsync(toFeedbackRecord(record));
      result = { created: true, record: toFeedbackRecord(doc) };
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

  /** The first call wins: a redelivered job leaves the stored tags and `processedAt` as they are. */
  async markProcessed(id: string, tags: { sentiment: SentimentTag | null }, at: Date): Promise<void> {
    const { numAffected } = await this.feedback.updateAsync(
      { id, state: 'received' },
      { $set: { state: 'processed', sentiment: tags.sentiment, processedAt: at } },
    );
    if (numAffected === 0 && !(await this.feedback.findOneAsync({ id }))) {
      throw new NotFoundError(`No feedback with id ${id}`);
    }
    await this.feedbackSync.sync();
  }

  async listUnprocessed(olderThan: Date, limit: number): Promise<FeedbackRecord[]> {
    const docs = await this.feedback
      .findAsync({ state: 'received', receivedAt: { $lt: olderThan } })
      .sort({ receivedAt: 1 })
      .limit(limit);
    return docs.map(toFeedbackRecord);
  }

  /** Checks the data files are still there and writable (a lost or read-only volume). */
  async ping(): Promise<void> {
    if (this.#closing) throw new Error('The store is closed');
    for (const file of [this.files.feedback, this.files.practices]) {
      await access(file, constants.R_OK | constants.W_OK);
    }
  }

  /**
   * Stops compaction timers and compacts once more, which also waits for queued operations.
   * Calling it again returns the same promise.
   */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      for (const db of [this.feedback, this.practices]) {
        db.stopAutocompaction();
        await db.compactDatafileAsync();
      }
    })();
    return this.#closing;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { errorType?: unknown } | null)?.errorType === 'uniqueViolated';
}
