import { staffLink } from './alert-email.js';
import type { FeedbackRecord } from './feedback.js';
import { FFT_LABELS, FFT_RATINGS, fftScore } from './fft.js';
import type { Practice } from './practice.js';
import { computeDailyRollup, ROLLUP_SENTIMENTS } from './rollup.js';
import { FLAG_LABELS, SENTIMENT_LABELS, UK_TIME } from './tag-labels.js';

/** Items listed one by one; past this the digest points to the staff page for the rest. */
export const DIGEST_ITEMS_MAX = 50;
/** Longest comment quoted in a digest (when the practice allows text); the rest is on the staff page. */
const QUOTE_MAX = 500;

export interface DigestInput {
  practice: Pick<Practice, 'code' | 'name' | 'emailIncludesText'>;
  /** `YYYY-MM-DD`: the day the digest is for. */
  date: string;
  since: Date;
  until: Date;
  /** Everything received in `[since, until)`. */
  records: readonly FeedbackRecord[];
  publicUrl: string;
}

/** The same for every send of one digest, so mail clients drop a rare duplicate. */
export function digestMessageId(practiceCode: string, date: string): string {
  return `<digest-${practiceCode}-${date}@you-and-your-gp>`;
}

/** Flagged first, then what a person must read (not English), then criticism, then the rest. */
function readingOrder(record: FeedbackRecord): number {
  const tags = record.tags;
  if (tags?.flags.length) return 0;
  if (tags?.needsHumanReading) return 1;
  if (tags?.sentiment?.label === 'negative' || tags?.sentiment?.label === 'mixed') return 2;
  return 3;
}

function quote(text: string): string[] {
  const short = text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX).trimEnd()}…` : text;
  return short.split(/\r?\n/).map((line) => `    > ${line}`);
}

function item(record: FeedbackRecord, input: DigestInput): string[] {
  const tags = record.tags;
  const what = tags?.flags.length
    ? `FLAGGED: ${[...new Set(tags.flags.map((f) => FLAG_LABELS[f.kind]))].join('; ')}`
    : tags?.needsHumanReading
      ? `Not in English (${tags.language.code}): needs a person to read`
      : tags?.sentiment
        ? SENTIMENT_LABELS[tags.sentiment.label]
        : 'Not analysed yet';
  const lines = [
    `- ${record.receipt} · ${FFT_LABELS[record.rating]} · ${what}`,
    `  ${staffLink(input.publicUrl, record.id)}`,
  ];
  // Only when the practice chose it, only redacted text, and never a flagged comment.
  if (input.practice.emailIncludesText && tags && tags.flags.length === 0) {
    for (const comment of tags.redactedComments) lines.push(...quote(comment.text));
  }
  return lines;
}

/**
 * The daily digest for one practice: counts since the last digest, the FFT score, sentiment, how
 * many were flagged, and the comments to read as receipts and links. Comment text appears only
 * when the practice switched `emailIncludesText` on, and then only redacted, and never for a
 * flagged comment.
 */
export function digestEmail(input: DigestInput): { subject: string; text: string } {
  const { practice, records } = input;
  const counts = computeDailyRollup(practice.code, input.date, records, input.until);
  const score = fftScore(counts.ratings);
  const scored = counts.total - counts.ratings['dont-know'];
  const toRead = records
    .filter((record) => record.comments.length > 0)
    .sort((a, b) => readingOrder(a) - readingOrder(b) || a.receivedAt.getTime() - b.receivedAt.getTime());
  const lines = [
    `Feedback for ${practice.name} (${practice.code})`,
    `received from ${UK_TIME.format(input.since)} to ${UK_TIME.format(input.until)} (UK time).`,
    '',
    `New feedback: ${counts.total}`,
    score === null
      ? 'Friends and Family Test score: no answers to score'
      : `Friends and Family Test score: ${score}% "Very good" or "Good" (of ${scored} answers, leaving out "Don't know")`,
    '',
    'Answers:',
    ...FFT_RATINGS.map((rating) => `  ${FFT_LABELS[rating]}: ${counts.ratings[rating]}`),
    '',
    'Sentiment of the comments:',
    ...ROLLUP_SENTIMENTS.map((label) => `  ${SENTIMENT_LABELS[label]}: ${counts.sentiment[label]}`),
    '',
    `Flagged for a person to read: ${counts.flagged}`,
    `Not in English, for a person to read: ${counts.needsHumanReading}`,
    '',
  ];
  if (toRead.length === 0) lines.push('No comments to read.');
  else {
    lines.push(`Comments to read (${toRead.length}), flagged first:`);
    for (const record of toRead.slice(0, DIGEST_ITEMS_MAX)) lines.push(...item(record, input));
    if (toRead.length > DIGEST_ITEMS_MAX) {
      lines.push(`… and ${toRead.length - DIGEST_ITEMS_MAX} more on the staff page.`);
    }
  }
  lines.push(
    '',
    `Staff page: ${input.publicUrl.replace(/\/+$/, '')}/staff/`,
    "Sent by You and Your GP. Who receives it is set in the practice's settings.",
  );
  const flagged = counts.flagged > 0 ? `, ${counts.flagged} flagged` : '';
  return {
    subject: `Feedback digest for ${practice.name}: ${counts.total} new${flagged}`,
    text: lines.join('\n'),
  };
}
