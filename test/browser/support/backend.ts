import { executeServerCommand } from '@web/test-runner-commands';
import type { FeedbackTags } from '../../../backend/src/domain/tags.js';
import { takeProof } from '../../../widget/src/delivery/proof-of-work.js';

/** The staff token of the backend this test run started (see web-test-runner.config.mjs). */
export function staffToken(): Promise<string> {
  return executeServerCommand<string, undefined>('yyg-staff-token');
}

async function staffFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(`/api/v1/staff/${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await staffToken()}` },
  });
  if (!response.ok) throw new Error(`Staff API answered ${response.status}: ${await response.text()}`);
  return response;
}

/** One item of the staff list API, as far as the tests look at it. */
export interface StaffItem {
  id: string;
  receipt: string;
  rating: string;
  language: string;
  comments: { question: string; text: string }[];
  aboutYou: { ageBand: string | null; role: string | null } | null;
  contact: { name: string | null; email: string | null; phone: string | null } | null;
  state: 'received' | 'processed';
  /** The worker's tags; null until processed. */
  tags: FeedbackTags | null;
}

/** A practice's feedback from the real staff API, newest first. */
export async function staffList(practice: string): Promise<StaffItem[]> {
  const response = await staffFetch(`practices/${practice}/feedback?limit=500`);
  return ((await response.json()) as { items: StaffItem[] }).items;
}

/** The stored submissions whose answers include `text`: one, when a resend was recognised. */
export async function storedWith(practice: string, text: string): Promise<StaffItem[]> {
  return (await staffList(practice)).filter((item) => item.comments.some((c) => c.text.includes(text)));
}

/** Change a practice's widget settings through the real staff API. */
export async function setPracticeSettings(practice: string, settings: Record<string, unknown>): Promise<void> {
  await staffFetch(`practices/${practice}/settings`, { method: 'PUT', body: JSON.stringify(settings) });
}

/** Submit feedback straight to the real API, as another patient would, proof of work included. */
export async function submitFeedback(
  practice: string,
  rating: string,
  comment?: string,
): Promise<{ id: string; receipt: string }> {
  const response = await fetch('/api/v1/feedback', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      submissionId: crypto.randomUUID(),
      practiceCode: practice,
      rating,
      comments: comment ? [{ question: 'comment', text: comment }] : [],
      channel: 'web',
      language: 'en',
      website: '',
      altcha: await takeProof(location.origin),
    }),
  });
  if (response.status !== 202) throw new Error(`Feedback API answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as { id: string; receipt: string };
}

/** A port on this machine where nothing listens, to make the backend unreachable. */
export function closedPort(): Promise<number> {
  return executeServerCommand<number, undefined>('yyg-closed-port');
}

/**
 * Take the network away from the API, or bring it back and tell the page, as the browser does
 * (the 'online' event). Requests fail as with no connection; see web-test-runner.config.mjs.
 */
export async function setOffline(offline: boolean): Promise<void> {
  await executeServerCommand('yyg-network', { offline });
  if (!offline) dispatchEvent(new Event('online'));
}

/**
 * An API address whose answers to POSTs are lost on the way back (the request does arrive), until
 * `heal()` is called; see test/browser/server/api-proxy.mjs.
 */
export function lossyApi(): { api: string; heal: () => Promise<unknown> } {
  const token = crypto.randomUUID();
  return {
    api: `${location.origin}/lost-until-healed/${token}`,
    heal: () => executeServerCommand('yyg-heal', { token }),
  };
}
