import type { FftRating } from './fft.js';
import type { FeedbackTags } from './tags.js';

/** Where a submission came from: the public web intake, a waiting-room kiosk, or a helper (ASSISTED_CHANNELS). */
export const CHANNELS = ['web', 'kiosk', 'paper', 'telephone', 'in-person', 'hub', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Channels a helper enters on a patient's behalf, only through `POST /api/v1/assisted/feedback`. */
export const ASSISTED_CHANNELS = [
  'paper',
  'telephone',
  'in-person',
  'hub',
  'other',
] as const satisfies readonly Channel[];
export type AssistedChannel = (typeof ASSISTED_CHANNELS)[number];

/**
 * Who entered an assisted submission: the helper's role and the id of the access code used
 * (null when signed-in staff entered it with the staff token). Never a name.
 */
export interface AssistedBy {
  role: string;
  accessCodeId: string | null;
}

/**
 * Which free-text question a comment answers. `good` and `better` are the practice's two
 * questions (by default "What was good?" and "What could we do better?"); `comment` is a single
 * general box (paper forms, older clients). The question matters to the tagger: "what could we do
 * better?" invites criticism even from a patient who rated the visit "very good".
 */
export const QUESTION_IDS = ['good', 'better', 'comment'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export interface FeedbackComment {
  question: QuestionId;
  text: string;
}

/** Optional "about you" answers, asked only when the practice switches them on. */
export const AGE_BANDS = [
  'under-18',
  '18-24',
  '25-34',
  '35-44',
  '45-54',
  '55-64',
  '65-74',
  '75-plus',
  'prefer-not-to-say',
] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const RESPONDENT_ROLES = ['patient', 'carer', 'prefer-not-to-say'] as const;
export type RespondentRole = (typeof RESPONDENT_ROLES)[number];

export interface AboutYou {
  ageBand: AgeBand | null;
  role: RespondentRole | null;
}

/**
 * A request to be contacted, given only with explicit consent. Contact details are personal data
 * kept apart from the comments: never logged, never shown outside the practice.
 */
export interface ContactRequest {
  name: string | null;
  email: string | null;
  phone: string | null;
}

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
  /** At most one per question; empty answers are left out. */
  comments: FeedbackComment[];
  aboutYou: AboutYou | null;
  contact: ContactRequest | null;
  channel: Channel;
  language: string;
  /** When the patient pressed send, by the device's clock (which may be wrong); null if unknown. */
  clientSubmittedAt: Date | null;
  /** Who entered it for the patient; absent or null for the patient's own (public) submission. */
  assistedBy?: AssistedBy | null;
}

/** One stored submission. The store is the source of truth; the queue carries `id` only. */
export interface FeedbackRecord extends NewFeedback {
  id: string;
  /** Who entered it for the patient (assisted channels); null for the public route. */
  assistedBy: AssistedBy | null;
  receipt: string;
  state: FeedbackState;
  /** When the server stored it, by the server's clock. */
  receivedAt: Date;
  processedAt: Date | null;
  /** What the worker learnt from the words; null until processed. */
  tags: FeedbackTags | null;
  /**
   * When the immediate alert about a flagged submission was accepted for delivery; null if it
   * has not been (not flagged, not yet sent, or nobody to send it to). Set once, never cleared.
   */
  alertSentAt: Date | null;
}

/** All of a submission's free text, one answer per paragraph, for taggers that read it whole. */
export function commentText(feedback: Pick<NewFeedback, 'comments'>): string {
  return feedback.comments.map((c) => c.text).join('\n\n');
}

/**
 * True when a repeated submission carries the same content as the stored one, so the intake may
 * answer it as a harmless retry rather than as a clash of client-made ids.
 */
export function sameSubmission(stored: NewFeedback, incoming: NewFeedback): boolean {
  return (
    stored.practiceCode === incoming.practiceCode &&
    stored.rating === incoming.rating &&
    stored.channel === incoming.channel &&
    JSON.stringify(stored.comments) === JSON.stringify(incoming.comments)
  );
}
