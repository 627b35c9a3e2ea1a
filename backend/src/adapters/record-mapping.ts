import type { FeedbackRecord } from '../domain/feedback.js';
import { DEFAULT_PRACTICE_SETTINGS, type Practice } from '../domain/practice.js';

/**
 * Copies a stored document field by field, both ways, for every store adapter: a database's own
 * `_id` never leaks out to callers, fields that are not part of the record never reach the disk,
 * and rows written by an older version get today's defaults. Dates stay Date objects.
 */
export function toFeedbackRecord(doc: FeedbackRecord): FeedbackRecord {
  return {
    id: doc.id,
    submissionId: doc.submissionId,
    receipt: doc.receipt,
    practiceCode: doc.practiceCode,
    rating: doc.rating,
    comments: (doc.comments ?? []).map(({ question, text }) => ({ question, text })),
    aboutYou: doc.aboutYou ? { ageBand: doc.aboutYou.ageBand ?? null, role: doc.aboutYou.role ?? null } : null,
    contact: doc.contact
      ? { name: doc.contact.name ?? null, email: doc.contact.email ?? null, phone: doc.contact.phone ?? null }
      : null,
    channel: doc.channel,
    language: doc.language,
    clientSubmittedAt: doc.clientSubmittedAt ?? null,
    state: doc.state,
    receivedAt: doc.receivedAt,
    processedAt: doc.processedAt ?? null,
    sentiment: doc.sentiment ?? null,
  };
}

/** Field by field, as for feedback. */
export function toPractice(doc: Practice): Practice {
  return {
    code: doc.code,
    name: doc.name,
    postcode: doc.postcode,
    commissioner: doc.commissioner,
    allowedOrigins: [...(doc.allowedOrigins ?? [])],
    questions: {
      good: doc.questions?.good ?? DEFAULT_PRACTICE_SETTINGS.questions.good,
      better: doc.questions?.better ?? DEFAULT_PRACTICE_SETTINGS.questions.better,
    },
    aboutYouEnabled: doc.aboutYouEnabled ?? DEFAULT_PRACTICE_SETTINGS.aboutYouEnabled,
    complaintsUrl: doc.complaintsUrl ?? DEFAULT_PRACTICE_SETTINGS.complaintsUrl,
  };
}
