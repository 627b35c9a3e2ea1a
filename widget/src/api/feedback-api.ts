import type { FftRating } from '../../../backend/src/domain/fft.js';
import { FeedbackSendError } from './feedback-send.error.js';

/** The body of `POST /api/v1/feedback`. */
export interface FeedbackSubmission {
  /** Made by the client once per attempt-set, so a retry after a lost answer is not stored twice. */
  submissionId: string;
  practiceCode: string;
  rating: FftRating;
  comment?: string;
  channel: 'web';
  language: string;
}

/** What the API answers once the submission is stored durably. */
export interface FeedbackReceipt {
  id: string;
  receipt: string;
}

// Long enough for a slow mobile connection; short enough that a patient is not left waiting.
const SEND_TIMEOUT_MS = 20_000;

function endpoint(apiBase: string, path: string): string {
  return `${apiBase.replace(/\/+$/, '')}/api/v1/${path}`;
}

async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: unknown } };
    if (typeof body.error?.message === 'string') return body.error.message;
  } catch {
    // Not JSON (a proxy's error page, say): the status line is all there is to report.
  }
  return `HTTP ${response.status}`;
}

/**
 * Send one submission. Resolves with the receipt; rejects with a `FeedbackSendError`.
 * Sending the same `submissionId` again is safe: the API answers with the first receipt.
 */
export async function sendFeedback(apiBase: string, submission: FeedbackSubmission): Promise<FeedbackReceipt> {
  let response: Response;
  try {
    response = await fetch(endpoint(apiBase, 'feedback'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(submission),
      credentials: 'omit',
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
  } catch (cause) {
    throw new FeedbackSendError(cause instanceof Error ? cause.message : 'Network error', null, true);
  }
  if (!response.ok) {
    const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
    throw new FeedbackSendError(await errorMessage(response), response.status, retryable);
  }
  const body = (await response.json()) as FeedbackReceipt;
  return { id: body.id, receipt: body.receipt };
}

/** The practice's name for a heading, or null when it is unknown or cannot be fetched. */
export async function fetchPracticeName(apiBase: string, code: string, signal?: AbortSignal): Promise<string | null> {
  try {
    const response = await fetch(endpoint(apiBase, `practices/${encodeURIComponent(code)}`), {
      credentials: 'omit',
      signal,
    });
    if (!response.ok) return null;
    const body = (await response.json()) as { name?: unknown };
    return typeof body.name === 'string' ? body.name : null;
  } catch {
    return null;
  }
}
