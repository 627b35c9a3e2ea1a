/** What the form needs to know about a practice: its name and its widget settings. */
export interface PracticeSettings {
  name: string;
  /** The practice's own wording of the two free-text questions; null keeps the default. */
  questions?: { good: string | null; better: string | null };
  aboutYouEnabled: boolean;
  complaintsUrl: string | null;
  /** The languages the practice offers in the picker; every language when absent. */
  languages?: string[];
}

/**
 * The practice's settings, or null when it is unknown or cannot be fetched (the form still works).
 * A complaints address that is not http(s) is dropped rather than put in a link.
 */
export async function fetchPractice(
  apiBase: string,
  code: string,
  signal?: AbortSignal,
): Promise<PracticeSettings | null> {
  try {
    // Not the shared `endpoint` helper: the form's bundle and the lazy chunks share no module.
    const response = await fetch(`${apiBase.replace(/\/+$/, '')}/api/v1/practices/${encodeURIComponent(code)}`, {
      credentials: 'omit',
      signal,
    });
    const body = response.ok && (await response.json());
    if (!body) return null;
    const url = String(body.complaintsUrl);
    return { ...body, complaintsUrl: /^https?:\/\//i.test(url) ? url : null };
  } catch {
    return null;
  }
}
