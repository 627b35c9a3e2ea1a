import type { FftRating } from './fft.js';

/** Where a submission came from. The skeleton takes web only; assisted channels come later. */
export const CHANNELS = ['web'] as const;
export type Channel = (typeof CHANNELS)[number];

/** received: stored, waiting for the worker. processed: tagged by the worker. */
export type FeedbackState = 'received' | 'processed';

export type SentimentLabel = 'positive' | 'neutral' | 'negative';

/** What the `sentiment` package said about a comment, kept raw so later taggers can compare. */
export interface SentimentTag {
  score: number;
  comparative: number;
  label: SentimentLabel;
}

/** What the intake accepts, after validation. */
export interface NewFeedback {
  submissionId: string;
  practiceCode: string;
  rating: FftRating;
  comment: string | null;
  channel: Channel;
  language: string;
}

/** One stored submission. The store is the source of truth; the queue carries `id` only. */
export interface FeedbackRecord extends NewFeedback {
  id: string;
  receipt: string;
  state: FeedbackState;
  receivedAt: Date;
  processedAt: Date | null;
  sentiment: SentimentTag | null;
}

/**
 * True when a repeated submission carries the same content as the stored one, so the intake may
 * answer it as a harmless retry rather than as a clash of client-made ids.
 */
export function sameSubmission(stored: NewFeedback, incoming: NewFeedback): boolean {
  return (
    stored.practiceCode === incoming.practiceCode &&
    stored.rating === incoming.rating &&
    (stored.comment ?? null) === (incoming.comment ?? null) &&
    stored.channel === incoming.channel
  );
}
