import { endpoint, type FeedbackBody, type Proof } from '../api/feedback-body.js';

/** What one `POST /api/v1/feedback` came to. */
export type PostResult =
  | { kind: 'sent'; id: string; receipt: string }
  /** No answer, a timeout, a failing or busy server: the same submission may be sent again later. */
  | { kind: 'retry'; retryAfterMs?: number; busy: boolean }
  /** 422 on `altcha`: the proof of work expired or was used; solve a new challenge. */
  | { kind: 'proof' }
  /** Refused for good (e.g. an unknown practice): sending it again cannot help. */
  | { kind: 'rejected' };

// Long enough for a slow mobile connection; short enough that a patient is not left waiting.
const SEND_TIMEOUT_MS = 20_000;

function retryAfterMs(header: string | null): number | undefined {
  const seconds = Number(header);
  return header && Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

async function problemFields(response: Response): Promise<string[]> {
  try {
    const body = (await response.json()) as { error?: { fields?: { field?: unknown }[] } };
    return (body.error?.fields ?? []).map((f) => String(f.field));
  } catch {
    // Not JSON (a proxy's error page, say): no fields to look at.
    return [];
  }
}

/**
 * Send one submission with its proof of work. Sending the same `submissionId` again is safe: the
 * API answers a repeat with the first receipt and never stores it twice.
 */
export async function postFeedback(apiBase: string, body: FeedbackBody, proof: Proof | null): Promise<PostResult> {
  let response: Response;
  try {
    response = await fetch(endpoint(apiBase, 'feedback'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(proof ? { ...body, altcha: proof } : body),
      credentials: 'omit',
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
    if (response.ok) {
      const { id, receipt } = (await response.json()) as { id: string; receipt: string };
      return { kind: 'sent', id, receipt };
    }
  } catch {
    return { kind: 'retry', busy: false };
  }
  const { status } = response;
  if (status === 429)
    return { kind: 'retry', busy: true, retryAfterMs: retryAfterMs(response.headers.get('retry-after')) };
  if (status >= 500 || status === 408) return { kind: 'retry', busy: false };
  if (status === 422 && proof && (await problemFields(response)).some((field) => field.startsWith('altcha'))) {
    return { kind: 'proof' };
  }
  return { kind: 'rejected' };
}
