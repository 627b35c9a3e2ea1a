import type { FeedbackRecord } from '../../domain/feedback.js';
import { can } from '../../domain/staff/permissions.js';
import type { StaffUser } from '../../domain/staff/roles.js';
import type { InboxItem } from '../../domain/staff/inbox-query.js';
import { applyRedactions, type Moderation } from '../../domain/staff/moderation.js';
import { highlightRanges } from '../../domain/staff/text-search.js';

/** One comment as staff see it: redacted text, what the public would see, and search matches. */
export interface CommentView {
  question: string;
  /** Redacted text (names, numbers, addresses replaced); null until the worker has processed it. */
  text: string | null;
  /** `text` with the moderator's removals applied: exactly what a published story shows. */
  published: string | null;
  highlights: { start: number; end: number }[];
}

/** The redacted comments of a processed record; null before processing (nothing safe to show yet). */
export function redactedTexts(record: FeedbackRecord): string[] | null {
  return record.tags ? record.tags.redactedComments.map((c) => c.text) : null;
}

/**
 * What the staff API shows of one item to this user. Everyone who may read the practice gets the
 * redacted text; the patient's own words and any contact details they consented to give go only
 * to those with `feedback:read-original` there (the practice's own managers).
 */
export function itemView(item: InboxItem, user: StaffUser, searchText?: string) {
  const { record, moderation } = item;
  const redacted = redactedTexts(record);
  const original = can(user, 'feedback:read-original', record.practiceCode);
  const comments: CommentView[] = record.comments.map((comment, index) => {
    const text = redacted?.[index] ?? null;
    const spans = moderation.redactions.filter((span) => span.comment === index);
    return {
      question: comment.question,
      text,
      published: text === null ? null : applyRedactions(text, spans),
      highlights: text !== null && searchText ? highlightRanges(text, searchText) : [],
    };
  });
  return {
    id: record.id,
    practiceCode: record.practiceCode,
    receivedAt: record.receivedAt,
    rating: record.rating,
    channel: record.channel,
    language: record.language,
    state: record.state,
    assistedBy: record.assistedBy,
    ...moderationView(moderation),
    comments,
    tags: record.tags
      ? {
          sentiment: record.tags.sentiment
            ? { label: record.tags.sentiment.label, score: record.tags.sentiment.score }
            : null,
          themes: record.tags.themes,
          flags: record.tags.flags,
          language: record.tags.language,
          needsHumanReading: record.tags.needsHumanReading,
        }
      : null,
    ...(original
      ? {
          // The patient's receipt code: what they quote to ask for their feedback to be erased.
          receipt: record.receipt,
          original: record.comments.map((c) => ({
            question: c.question,
            text: c.text,
            highlights: searchText ? highlightRanges(c.text, searchText) : [],
          })),
          contact: record.contact,
          aboutYou: record.aboutYou,
        }
      : {}),
  };
}

export function moderationView(moderation: Moderation) {
  const { status, reason, redactions, version, updatedAt, updatedBy, publishedAt } = moderation;
  return { status, reason, redactions, version, moderatedAt: updatedAt, moderatedBy: updatedBy, publishedAt };
}

/** What the audit log keeps of a moderation: state and offsets, never the words. */
export function moderationFacts(moderation: Moderation) {
  const { status, reason, redactions, version } = moderation;
  return { status, reason, redactions, version };
}
