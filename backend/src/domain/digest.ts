import { isCalendarDate } from './london-time.js';
import { ODS_CODE } from './practice.js';

/**
 * One practice's daily digest email, as the store keeps it so that it is never sent twice: one
 * row per (practice, date), claimed (`sending`) before the send and marked `sent` after it.
 */
export interface DigestRecord {
  practiceCode: string;
  /** `YYYY-MM-DD` in England: the day the digest is for. */
  date: string;
  state: 'sending' | 'sent';
  /** The run that holds the claim while `sending`; a stale claim may be taken over. */
  owner: string;
  claimedAt: Date;
  /** The digest covers feedback received in `[since, until)`. */
  since: Date;
  until: Date;
  sentAt: Date | null;
}

/** What a run asks for when it claims a digest: the row it would create. */
export interface DigestClaim {
  practiceCode: string;
  date: string;
  owner: string;
  since: Date;
  until: Date;
  at: Date;
}

/** How far back the first digest of a practice looks, when there is no earlier one to follow. */
export const FIRST_DIGEST_LOOKBACK_MS = 24 * 3600_000;

/** A digest covers what arrived since the previous one ended, so nothing falls between two. */
export function digestWindowStart(previous: DigestRecord | null, now: Date): Date {
  return previous ? previous.until : new Date(now.getTime() - FIRST_DIGEST_LOOKBACK_MS);
}

/**
 * The `send-digest` job's id: `C82001:2026-04-01`. Not health data, so it may sit in Redis, and
 * one per practice per day, so the queue de-duplicates a digest enqueued twice.
 */
export function digestKey(practiceCode: string, date: string): string {
  return `${practiceCode}:${date}`;
}

export function parseDigestKey(key: string): { practiceCode: string; date: string } | null {
  const [practiceCode = '', date = '', ...rest] = key.split(':');
  if (rest.length > 0 || !ODS_CODE.test(practiceCode) || !isCalendarDate(date)) return null;
  return { practiceCode, date };
}
