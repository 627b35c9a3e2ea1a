import type { FftRating } from '../../../backend/src/domain/fft.js';
import type { FeedbackTags } from '../../../backend/src/domain/tags.js';
import { StaffApiError } from './staff-api.error.js';

/** One submission as the staff list API returns it. Dates are ISO 8601 strings. */
export interface StaffFeedbackItem {
  id: string;
  receipt: string;
  rating: FftRating;
  /**
   * Answers to the free-text questions, in the order asked, as the patient wrote them: this page
   * is the practice's own inbox. Every other display uses `tags.redactedComments`.
   */
  comments: { question: 'good' | 'better' | 'comment'; text: string }[];
  channel: string;
  language: string;
  state: 'received' | 'processed';
  receivedAt: string;
  processedAt: string | null;
  /** What the worker learnt from the words; null until it has processed them. */
  tags: FeedbackTags | null;
  /** When the alert about a flagged submission was sent. */
  alertSentAt: string | null;
}

/** Where to read from and as whom. */
export interface StaffApiAccess {
  /** Base URL of the API; empty for the page's own origin. */
  apiBase: string;
  token: string;
}

/**
 * One page of a practice's feedback, newest first: at most `limit` items received strictly
 * before `before` (an ISO date-time), or the newest when `before` is not given.
 */
export async function listFeedback(
  { apiBase, token }: StaffApiAccess,
  practice: string,
  { limit, before }: { limit: number; before?: string },
): Promise<StaffFeedbackItem[]> {
  const query = new URLSearchParams({ limit: String(limit) });
  if (before) query.set('before', before);
  const url = `${apiBase.replace(/\/+$/, '')}/api/v1/staff/practices/${encodeURIComponent(practice)}/feedback?${query}`;
  let response: Response;
  try {
    response = await fetch(url, { headers: { authorization: `Bearer ${token}` }, cache: 'no-store' });
  } catch (cause) {
    throw new StaffApiError(cause instanceof Error ? cause.message : 'Network error', null);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
    throw new StaffApiError(body.error?.message ?? `HTTP ${response.status}`, response.status);
  }
  return ((await response.json()) as { items: StaffFeedbackItem[] }).items;
}
