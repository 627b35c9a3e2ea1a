import { executeServerCommand } from '@web/test-runner-commands';

/** The staff token of the backend this test run started (see web-test-runner.config.mjs). */
export function staffToken(): Promise<string> {
  return executeServerCommand<string, undefined>('yyg-staff-token');
}

/** One item of the staff list API, as far as the tests look at it. */
export interface StaffItem {
  id: string;
  receipt: string;
  rating: string;
  comments: { question: string; text: string }[];
}

/** A practice's feedback from the real staff API, newest first. */
export async function staffList(practice: string): Promise<StaffItem[]> {
  const response = await fetch(`/api/v1/staff/practices/${practice}/feedback?limit=500`, {
    headers: { authorization: `Bearer ${await staffToken()}` },
  });
  if (!response.ok) throw new Error(`Staff API answered ${response.status}`);
  return ((await response.json()) as { items: StaffItem[] }).items;
}

/** Submit feedback straight to the real API, as another patient would. */
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
      comment,
      channel: 'web',
      language: 'en',
    }),
  });
  if (response.status !== 202) throw new Error(`Feedback API answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as { id: string; receipt: string };
}

/** A port on this machine where nothing listens, to make the backend unreachable. */
export function closedPort(): Promise<number> {
  return executeServerCommand<number, undefined>('yyg-closed-port');
}
