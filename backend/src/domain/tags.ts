import type { FeedbackComment, SentimentTag } from './feedback.js';

/**
 * What the worker learns from a submission's words. Each part has its own pure function under
 * `domain/tagging/`; `analyseFeedback` puts them together. None of it does I/O.
 */

/**
 * Themes a GP practice and an ICB act on, aligned with the NHS patient experience framework.
 * `positive-experience` is gratitude or praise not tied to another theme.
 */
export const THEMES = [
  'access-appointments',
  'telephone',
  'online-services',
  'reception-admin',
  'clinician-manner',
  'communication',
  'test-results',
  'prescriptions',
  'referrals-continuity',
  'waiting-times',
  'environment',
  'positive-experience',
] as const;
export type ThemeId = (typeof THEMES)[number];

export type Polarity = 'positive' | 'neutral' | 'negative';

/** One theme found in a comment, with how the patient felt about that part. */
export interface ThemeTag {
  theme: ThemeId;
  polarity: Polarity;
}

/** The tuned sentiment of a whole submission. `mixed`: praise and criticism side by side. */
export type SentimentLabel4 = 'positive' | 'neutral' | 'negative' | 'mixed';

export interface SentimentResult {
  label: SentimentLabel4;
  /** -1 (very negative) … +1 (very positive). */
  score: number;
  /** The `sentiment` package's own verdict on the same text, kept to compare. */
  raw: SentimentTag;
}

/** Content that must reach a person at once and never be published. */
export const FLAG_KINDS = ['self-harm', 'abuse-neglect', 'threat', 'urgent-clinical', 'complaint-needs-reply'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

export interface Flag {
  kind: FlagKind;
  /** Which rule fired, for staff to understand the flag. A rule name, never the patient's words. */
  rule: string;
}

/** Personal details redacted before any display outside the practice's own inbox. */
export const PII_KINDS = ['nhs-number', 'phone', 'email', 'postcode', 'date-of-birth', 'name'] as const;
export type PiiKind = (typeof PII_KINDS)[number];

export interface RedactionResult {
  /** The text with each detail replaced by a placeholder such as `[NHS number]` or `[name]`. */
  text: string;
  found: { kind: PiiKind; count: number }[];
}

export interface LanguageTag {
  /** ISO 639-1 where one exists (en, pl, ur), else ISO 639-3; `und` when undetermined. */
  code: string;
  /** `widget`: the patient's chosen language was trusted; `detected`: from the text. */
  source: 'widget' | 'detected' | 'undetermined';
}

/** Everything the worker stores about one submission's words. */
export interface FeedbackTags {
  language: LanguageTag;
  /** Not English: sentiment is not scored, and a person reads it. */
  needsHumanReading: boolean;
  sentiment: SentimentResult | null;
  themes: ThemeTag[];
  flags: Flag[];
  /** The comments with personal details redacted, for every display outside the practice inbox. */
  redactedComments: FeedbackComment[];
  pii: PiiKind[];
}
