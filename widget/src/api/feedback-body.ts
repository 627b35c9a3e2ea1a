import type { AgeBand, QuestionId, RespondentRole } from '../../../backend/src/domain/feedback.js';
import type { FftRating } from '../../../backend/src/domain/fft.js';

/** An altcha-lib v2 challenge and its solution: the proof of work that goes with a submission. */
export interface Proof {
  challenge: { parameters: { expiresAt?: number }; signature?: string };
  solution: { counter: number; derivedKey: string };
}

/** The body of `POST /api/v1/feedback`, less the proof of work, which is made at send time. */
export interface FeedbackBody {
  /** Made by the client once per set of answers, so a resend is recognised, never stored twice. */
  submissionId: string;
  practiceCode: string;
  rating: FftRating;
  /** Non-empty answers only. */
  comments: { question: QuestionId; text: string }[];
  aboutYou?: { ageBand: AgeBand | null; role: RespondentRole | null };
  /** Only with the patient's explicit consent (the checkbox). */
  contact?: { consent: true; name: string | null; email: string | null; phone: string | null };
  channel: 'web';
  language: string;
  /** When the patient pressed send (ISO 8601), kept unchanged through later resends. */
  clientSubmittedAt: string;
  /** The honeypot: empty unless a robot filled in the hidden field. */
  website: string;
}

/** What became of a submission, as the form shows it. */
export type Outcome =
  | { kind: 'sent'; id: string; receipt: string }
  /** Kept on this device, to be sent later; `busy` when the service asked us to slow down. */
  | { kind: 'queued'; busy: boolean; retryAfterMs: number }
  /** Not sent and not kept: `retryable` says whether pressing "Try again" can help. */
  | { kind: 'failed'; retryable: boolean };

/** `${api}/api/v1/${path}`, whatever slashes the `api` attribute ends with. */
export function endpoint(apiBase: string, path: string): string {
  return `${apiBase.replace(/\/+$/, '')}/api/v1/${path}`;
}
