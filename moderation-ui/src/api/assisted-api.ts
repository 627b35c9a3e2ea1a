/** The assisted-entry API as the page uses it: who the code is for, and saving one form. */

export interface HelperInfo {
  practiceCode: string | null;
  role: string;
  expiresAt: string | null;
}

export interface AssistedEntry {
  submissionId: string;
  practiceCode: string;
  channel: string;
  formDate: string;
  formNumber: string | null;
  rating: string;
  comments: { question: 'good' | 'better'; text: string }[];
  agreed: boolean;
}

export type SaveResult =
  | { kind: 'saved'; receipt: string; formNumber: string | null }
  | { kind: 'duplicate'; message: string; receipt: string }
  | { kind: 'invalid'; message: string; fields: { field: string; problem: string }[] }
  | { kind: 'refused'; status: number; message: string };

function authorization(code: string): string {
  return `Helper ${code.trim().toUpperCase()}`;
}

async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    return body.error?.message ?? `The service answered ${response.status}`;
  } catch {
    return `The service answered ${response.status}`;
  }
}

/** The code's practice and role; null with the service's reason when it is refused. */
export async function whoAmI(api: string, code: string): Promise<HelperInfo | { refused: string; status: number }> {
  const response = await fetch(`${api}/api/v1/assisted/me`, { headers: { authorization: authorization(code) } });
  if (!response.ok) return { refused: await errorMessage(response), status: response.status };
  return (await response.json()) as HelperInfo;
}

export async function saveEntry(api: string, code: string, entry: AssistedEntry): Promise<SaveResult> {
  const response = await fetch(`${api}/api/v1/assisted/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: authorization(code) },
    body: JSON.stringify({ ...entry, language: 'en' }),
  });
  if (response.status === 202) {
    const body = (await response.json()) as { receipt: string; formNumber: string | null };
    return { kind: 'saved', receipt: body.receipt, formNumber: body.formNumber };
  }
  if (response.status === 409) {
    const body = (await response.json()) as { error: { message: string }; duplicate?: { receipt: string } };
    return { kind: 'duplicate', message: body.error.message, receipt: body.duplicate?.receipt ?? '' };
  }
  if (response.status === 422) {
    const body = (await response.json()) as {
      error: { message: string; fields?: { field: string; problem: string }[] };
    };
    return { kind: 'invalid', message: body.error.message, fields: body.error.fields ?? [] };
  }
  return { kind: 'refused', status: response.status, message: await errorMessage(response) };
}
