import type { FeedbackBody } from '../api/feedback-body.js';
import type { Answers } from '../feedback/form-state.js';

/** What the form knows besides the answers. */
export interface SubmissionContext {
  practiceCode: string;
  /** The practice asks the "about you" questions. */
  aboutYou: boolean;
  language: string;
  /** The honeypot field's value: empty unless a robot filled it in. */
  website: string;
}

/** The submission for valid answers. Optional sections are left out unless answered. */
export function toBody(
  a: Answers,
  { practiceCode, aboutYou, language, website }: SubmissionContext,
  submissionId: string,
): FeedbackBody {
  const comments = (['good', 'better'] as const)
    .map((question) => ({ question, text: a[question].trim() }))
    .filter((c) => c.text);
  const orNull = (value: string) => value.trim() || null;
  return {
    submissionId,
    practiceCode,
    rating: a.rating!,
    comments,
    ...(aboutYou && (a.ageBand || a.role) ? { aboutYou: { ageBand: a.ageBand, role: a.role } } : {}),
    ...(a.consent
      ? { contact: { consent: true as const, name: orNull(a.name), email: orNull(a.email), phone: orNull(a.phone) } }
      : {}),
    channel: 'web',
    language,
    clientSubmittedAt: new Date().toISOString(),
    website,
  };
}
