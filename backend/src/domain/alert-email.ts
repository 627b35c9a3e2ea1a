import type { FeedbackRecord } from './feedback.js';
import type { Practice } from './practice.js';
import { FLAG_LABELS, UK_TIME } from './tag-labels.js';

/** A link that opens the staff page at one submission; the id is in the fragment, so no server logs it. */
export function staffLink(publicUrl: string, feedbackId: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/staff/#/feedback/${encodeURIComponent(feedbackId)}`;
}

/** The same for every send of one alert, so mail clients drop a rare duplicate. */
export function alertMessageId(feedbackId: string): string {
  return `<alert-${feedbackId.replace(/[^A-Za-z0-9._-]/g, '')}@you-and-your-gp>`;
}

/**
 * The immediate email about a flagged submission: which practice, what was flagged, the receipt
 * and where to read it. Never the patient's words, whatever the practice's email setting: email
 * leaves NHS control, is forwarded and sits in phones' notification previews, and flagged words
 * are the most sensitive a patient writes.
 */
export function alertEmail(
  record: Pick<FeedbackRecord, 'id' | 'receipt' | 'receivedAt' | 'tags'>,
  practice: Pick<Practice, 'code' | 'name'>,
  publicUrl: string,
): { subject: string; text: string } {
  const kinds = [...new Set((record.tags?.flags ?? []).map((flag) => flag.kind))];
  const lines = [
    `Feedback left for ${practice.name} (${practice.code}) was flagged for a person to read today.`,
    '',
    `Flagged for: ${kinds.map((kind) => FLAG_LABELS[kind]).join('; ')}`,
    `Receipt: ${record.receipt}`,
    `Received: ${UK_TIME.format(record.receivedAt)} (UK time)`,
    '',
    `Read it on the staff page: ${staffLink(publicUrl, record.id)}`,
    '',
    "What to do: read it today and follow your practice's safeguarding or complaints procedure.",
    'If someone may be in immediate danger, call 999.',
    '',
    "This email does not contain what the patient wrote. Please do not copy the patient's words into email.",
    "Sent by You and Your GP to the practice's alert contacts, and to the ICB's safeguarding contact where one is set.",
  ];
  return { subject: `Flagged feedback to read today: ${practice.name} (${practice.code})`, text: lines.join('\n') };
}
