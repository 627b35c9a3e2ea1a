import type { FeedbackRecord, SentimentTag } from '../domain/feedback.js';
import type { Practice } from '../domain/practice.js';

/** The outcome of storing a submission: `created` is false when the submissionId was already stored. */
export interface InsertResult {
  created: boolean;
  record: FeedbackRecord;
}

export interface ListFeedbackQuery {
  practiceCode: string;
  /** Newest first; at most this many. */
  limit: number;
  /** Only records received strictly before this time (for paging). */
  before?: Date;
}

/**
 * The store port: the source of truth. Adapters: embedded (nedb files) and MongoDB.
 * Every write resolves only once the data is durable, so the intake may acknowledge it.
 */
export interface Store {
  /** Insert or update practices by ODS code. Returns how many were written. */
  upsertPractices(practices: Practice[]): Promise<number>;
  getPractice(code: string): Promise<Practice | null>;
  countPractices(): Promise<number>;
  /** True when any practice lists this website origin (for CORS preflights, which carry no body). */
  isOriginRegistered(origin: string): Promise<boolean>;

  /**
   * Store a new submission unless one with the same `submissionId` exists, in which case the
   * stored one is returned with `created: false`. Never writes two rows for one submissionId,
   * even when called concurrently.
   */
  insertFeedback(record: FeedbackRecord): Promise<InsertResult>;
  getFeedback(id: string): Promise<FeedbackRecord | null>;
  /** The stored submission with this client-made id, if any: a retry skips the abuse checks. */
  getFeedbackBySubmissionId(submissionId: string): Promise<FeedbackRecord | null>;
  listFeedback(query: ListFeedbackQuery): Promise<FeedbackRecord[]>;
  /** Record the worker's tags and move the record to `processed`. Idempotent. */
  markProcessed(id: string, tags: { sentiment: SentimentTag | null }, at: Date): Promise<void>;
  /** Records still `received` that arrived before `olderThan`, oldest first (for the sweeper). */
  listUnprocessed(olderThan: Date, limit: number): Promise<FeedbackRecord[]>;

  /** Throws if the store cannot be reached (for /readyz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
