/**
 * The submission an email linked to: alert and digest links end in `#feedback=<id>`. A fragment,
 * so the id never reaches a server log. Null when the page was opened without one.
 */
export function linkedFeedbackId(hash: string = location.hash): string | null {
  const match = /^#feedback=([^&]+)$/.exec(hash);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}
