import type { Practice } from '../domain/practice.js';

/**
 * Who an alert about a flagged submission goes to: the practice's contacts and the ICB's
 * safeguarding contact (`SAFEGUARDING_EMAIL`), each address once whatever its case.
 */
export function alertRecipients(practice: Pick<Practice, 'contacts'>, safeguardingEmail: string | null): string[] {
  const seen = new Set<string>();
  const recipients: string[] = [];
  for (const email of [...practice.contacts.map((c) => c.email), ...(safeguardingEmail ? [safeguardingEmail] : [])]) {
    if (seen.has(email.toLowerCase())) continue;
    seen.add(email.toLowerCase());
    recipients.push(email);
  }
  return recipients;
}
