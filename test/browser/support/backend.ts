import { executeServerCommand } from '@web/test-runner-commands';
import type { FeedbackTags } from '../../../backend/src/domain/tags.js';
import { takeProof } from '../../../widget/src/delivery/proof-of-work.js';

/**
 * Call the real staff API as a signed-in member of staff. The session lives in the test runner
 * (test/browser/server/staff-client.mjs), not in the page: `as` is the demo practice manager
 * (default; sees the patient's own words) or the demo ICB administrator.
 */
export async function staffRequest<T = unknown>(
  path: string,
  {
    method = 'GET',
    body,
    as = 'manager',
    expect,
  }: { method?: string; body?: unknown; as?: 'manager' | 'admin'; expect?: number } = {},
): Promise<T> {
  const answer = await executeServerCommand<{ status: number; body: T }, unknown>('yyg-staff', {
    method,
    path: `/api/v1/staff/${path}`,
    body,
    as,
  });
  const ok = expect === undefined ? answer.status >= 200 && answer.status < 300 : answer.status === expect;
  if (!ok) throw new Error(`Staff API answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body;
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
  /** The worker's tags as staff see them; null until processed. */
  tags: Pick<FeedbackTags, 'themes' | 'flags' | 'language' | 'needsHumanReading'> | null;
}

/** One item as the inbox API sends it to the practice's manager (see http/staff/inbox-view.ts). */
interface InboxItem extends Omit<StaffItem, 'comments'> {
  original: { question: string; text: string }[];
}

/** A practice's feedback from the real staff inbox, newest first, in the patient's own words (every page). */
export async function staffList(practice: string): Promise<StaffItem[]> {
  const all: StaffItem[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: InboxItem[]; next: string | null } = await staffRequest(
      `feedback?practice=${practice}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    for (const { original, ...item } of page.items) {
      all.push({ ...item, comments: original.map(({ question, text }) => ({ question, text })) });
    }
    cursor = page.next;
  } while (cursor);
  return all;
}

/** The stored submissions whose answers include `text`: one, when a resend was recognised. */
export async function storedWith(practice: string, text: string): Promise<StaffItem[]> {
  return (await staffList(practice)).filter((item) => item.comments.some((c) => c.text.includes(text)));
}

/** Change a practice's widget settings through the real staff API. */
export async function setPracticeSettings(practice: string, settings: Record<string, unknown>): Promise<void> {
  await staffRequest(`practices/${practice}/settings`, { method: 'PUT', body: settings, as: 'admin' });
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
