import type { Moderation } from '../domain/staff/moderation.js';
import type { FeedbackResponse, YouSaidWeDid } from '../domain/staff/responses.js';

/**
 * Field by field, both ways, for both inbox adapters (as `record-mapping.ts` does for the store):
 * a database's `_id` never leaks out, nothing that is not part of the value reaches the disk, and
 * rows written by an older version read with today's defaults.
 */
export function toModeration(doc: Moderation): Moderation {
  return {
    feedbackId: doc.feedbackId,
    practiceCode: doc.practiceCode,
    status: doc.status,
    reason: doc.reason ?? null,
    redactions: (doc.redactions ?? []).map(({ comment, start, end }) => ({ comment, start, end })),
    version: doc.version,
    updatedAt: doc.updatedAt ?? null,
    updatedBy: doc.updatedBy ?? null,
    publishedAt: doc.publishedAt ?? null,
  };
}

export function toResponse(doc: FeedbackResponse): FeedbackResponse {
  return {
    id: doc.id,
    feedbackId: doc.feedbackId,
    practiceCode: doc.practiceCode,
    kind: doc.kind,
    text: doc.text,
    authorId: doc.authorId,
    authorLabel: doc.authorLabel,
    createdAt: doc.createdAt,
  };
}

export function toYouSaidWeDid(doc: YouSaidWeDid): YouSaidWeDid {
  return {
    id: doc.id,
    practiceCode: doc.practiceCode,
    youSaid: doc.youSaid,
    weDid: doc.weDid,
    feedbackIds: [...(doc.feedbackIds ?? [])],
    authorId: doc.authorId,
    createdAt: doc.createdAt,
  };
}
