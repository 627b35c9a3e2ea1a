import type { AccessCode } from '../domain/access-code.js';
import type { DigestClaim, DigestRecord } from '../domain/digest.js';
import type { FeedbackRecord } from '../domain/feedback.js';
import type { Practice } from '../domain/practice.js';
import type { DailyRollup } from '../domain/rollup.js';
import type { FeedbackTags } from '../domain/tags.js';

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

/** One practice's submissions received in `[from, to)`. */
export interface ReceivedBetween {
  practiceCode: string;
  from: Date;
  to: Date;
}

export interface UnalertedQuery {
  /** Only records processed before this time. */
  processedBefore: Date;
  /** Only these practices' records; all practices when left out. */
  practiceCodes?: string[];
  limit: number;
}

/** Which practices to list (staff directory search, area summaries, imports), in code order. */
export interface ListPracticesQuery {
  /** Only these codes (a practice-scoped user's reach); every practice when left out. */
  codes?: string[];
  /**
   * Case-insensitive: the name contains it, or the code or postcode starts with it (postcode
   * spaces do not matter: "le80lg" finds "LE8 0LG").
   */
  q?: string;
  /** Practices with any assignment, at any date, to this ICB or PCN code; the caller checks dates. */
  area?: { kind: 'icb' | 'pcn'; code: string };
  /** Only codes after this one (paging). */
  after?: string;
  /** At most this many; all when left out. */
  limit?: number;
}

/** Some fields of one stored practice, to set without reading and writing the whole practice back. */
export interface PracticeChange {
  code: string;
  set: Partial<Omit<Practice, 'code'>>;
}

export interface ListRollupsQuery {
  practiceCodes: string[];
  /** First and last date (`YYYY-MM-DD`), both included. */
  from: string;
  to: string;
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
  /** Practices with at least one email contact, by code (for the digest scheduler). */
  listPracticesWithContacts(): Promise<Practice[]>;
  /** Practices matching the query, by code. */
  listPractices(query: ListPracticesQuery): Promise<Practice[]>;
  /**
   * Set the given fields of stored practices, leaving every other field as it is, so a directory
   * import cannot undo a settings change made meanwhile, nor the other way round. Codes not
   * stored are skipped. Returns how many practices were found.
   */
  updatePractices(changes: PracticeChange[]): Promise<number>;

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
  /** Every submission of one practice received in `[from, to)`, oldest first (roll-ups, digests). */
  listFeedbackReceived(query: ReceivedBetween): Promise<FeedbackRecord[]>;
  countFeedbackReceived(query: ReceivedBetween): Promise<number>;
  /**
   * Record the worker's tags and move the record to `processed`. The first call wins: a
   * redelivered job leaves the stored tags and `processedAt` as they are.
   */
  markProcessed(id: string, tags: FeedbackTags, at: Date): Promise<void>;
  /** Records still `received` that arrived before `olderThan`, oldest first (for the sweeper). */
  listUnprocessed(olderThan: Date, limit: number): Promise<FeedbackRecord[]>;
  /**
   * Set `alertSentAt` unless it is set already. True when this call set it. Throws
   * `NotFoundError` for an unknown id.
   */
  markAlertSent(id: string, at: Date): Promise<boolean>;
  /** Flagged records whose alert was never sent, oldest first (for the sweeper). */
  listUnalerted(query: UnalertedQuery): Promise<FeedbackRecord[]>;

  /** Write a practice-day's roll-up over the stored one (set, never increment). */
  upsertRollup(rollup: DailyRollup): Promise<void>;
  /** Roll-ups of these practices between two dates, by practice code then date. */
  listRollups(query: ListRollupsQuery): Promise<DailyRollup[]>;

  /**
   * Claim a practice's digest for a date before sending it. Creates the row (`sending`, owned by
   * `claim.owner`) and returns it; if a row exists, takes it over only while `sending` with a claim
   * made before `staleBefore` (its sender is presumed dead), keeping that row's window. Returns
   * null when the digest is sent, or another live run holds it. Of concurrent claims, one wins.
   */
  claimDigest(claim: DigestClaim, staleBefore: Date): Promise<DigestRecord | null>;
  /** Mark a claimed digest sent. False (and no change) unless `owner` still holds the claim. */
  markDigestSent(practiceCode: string, date: string, owner: string, at: Date): Promise<boolean>;
  /** Give up a claim after a failed send, so a retry can claim at once. No-op for another owner. */
  releaseDigest(practiceCode: string, date: string, owner: string): Promise<void>;
  getDigest(practiceCode: string, date: string): Promise<DigestRecord | null>;
  /** The practice's latest sent digest, by date. */
  lastSentDigest(practiceCode: string): Promise<DigestRecord | null>;

  /** Keep an issued access code (its hash only). */
  insertAccessCode(code: AccessCode): Promise<void>;
  /** The access code with this token hash, expired or not; null if none. */
  findAccessCode(tokenHash: string): Promise<AccessCode | null>;

  /** Throws if the store cannot be reached (for /readyz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
