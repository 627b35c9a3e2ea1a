import type { RollupSentiment } from './rollup.js';
import type { FlagKind, ThemeId } from './tags.js';

/**
 * The words staff read for each tag, in the staff page and in email. Flags are worded as what to
 * look for, never as a diagnosis: a rule matched some words, and a person decides.
 */
export const FLAG_LABELS: Record<FlagKind, string> = {
  'self-harm': 'Possible risk of self-harm',
  'abuse-neglect': 'Possible abuse or neglect',
  threat: 'Threat to staff or others',
  'urgent-clinical': 'Possibly urgent clinical need',
  'complaint-needs-reply': 'Complaint that needs a reply',
};

export const THEME_LABELS: Record<ThemeId, string> = {
  'access-appointments': 'Getting an appointment',
  telephone: 'Telephone',
  'online-services': 'Online services',
  'reception-admin': 'Reception and admin',
  'clinician-manner': 'Clinician manner',
  communication: 'Communication',
  'test-results': 'Test results',
  prescriptions: 'Prescriptions',
  'referrals-continuity': 'Referrals and continuity',
  'waiting-times': 'Waiting times',
  environment: 'Building and environment',
  'positive-experience': 'Positive experience',
};

export const SENTIMENT_LABELS: Record<RollupSentiment, string> = {
  positive: 'Positive',
  neutral: 'Neutral',
  negative: 'Negative',
  mixed: 'Mixed',
  none: 'Not scored',
};

/** Practices are in England: times in email and on the staff page are UK local time. */
export const UK_TIME = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/London',
});
