import type { AccessCode } from '../domain/access-code.js';
import { countByMode } from '../domain/collection-mode.js';
import type { DigestRecord } from '../domain/digest.js';
import type { FeedbackRecord } from '../domain/feedback.js';
import {
  DEFAULT_DIRECTORY_FIELDS,
  DEFAULT_PRACTICE_SETTINGS,
  type Practice,
  type PracticeAssignment,
} from '../domain/practice.js';
import type { DailyRollup } from '../domain/rollup.js';
import type { FeedbackTags } from '../domain/tags.js';

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
    assistedBy: doc.assistedBy
      ? { role: doc.assistedBy.role, accessCodeId: doc.assistedBy.accessCodeId ?? null }
      : null,
    state: doc.state,
    receivedAt: doc.receivedAt,
    processedAt: doc.processedAt ?? null,
    // Rows processed before tags existed (they held `sentiment` only) read as untagged.
    tags: doc.tags ? toFeedbackTags(doc.tags) : null,
    alertSentAt: doc.alertSentAt ?? null,
  };
}

/** Field by field, as for the record; a `null` sentiment stays null. */
export function toFeedbackTags(tags: FeedbackTags): FeedbackTags {
  const sentiment = tags.sentiment;
  return {
    language: { code: tags.language.code, source: tags.language.source },
    needsHumanReading: tags.needsHumanReading,
    sentiment: sentiment
      ? {
          label: sentiment.label,
          score: sentiment.score,
          raw: { score: sentiment.raw.score, comparative: sentiment.raw.comparative, label: sentiment.raw.label },
        }
      : null,
    themes: (tags.themes ?? []).map(({ theme, polarity }) => ({ theme, polarity })),
    flags: (tags.flags ?? []).map(({ kind, rule }) => ({ kind, rule })),
    redactedComments: (tags.redactedComments ?? []).map(({ question, text }) => ({ question, text })),
    pii: [...(tags.pii ?? [])],
  };
}

/**
 * Field by field, as for feedback. Practices stored before the directory kept status, dates,
 * address, assignments and languages read as active, with none of them, offering every language.
 */
export function toPractice(doc: Practice): Practice {
  return {
    code: doc.code,
    name: doc.name,
    postcode: doc.postcode,
    commissioner: doc.commissioner,
    status: doc.status ?? DEFAULT_DIRECTORY_FIELDS.status,
    openedOn: doc.openedOn ?? DEFAULT_DIRECTORY_FIELDS.openedOn,
    closedOn: doc.closedOn ?? DEFAULT_DIRECTORY_FIELDS.closedOn,
    address: [...(doc.address ?? DEFAULT_DIRECTORY_FIELDS.address)],
    phone: doc.phone ?? DEFAULT_DIRECTORY_FIELDS.phone,
    assignments: (doc.assignments ?? DEFAULT_DIRECTORY_FIELDS.assignments).map(toAssignment),
    allowedOrigins: [...(doc.allowedOrigins ?? [])],
    questions: {
      good: doc.questions?.good ?? DEFAULT_PRACTICE_SETTINGS.questions.good,
      better: doc.questions?.better ?? DEFAULT_PRACTICE_SETTINGS.questions.better,
    },
    aboutYouEnabled: doc.aboutYouEnabled ?? DEFAULT_PRACTICE_SETTINGS.aboutYouEnabled,
    complaintsUrl: doc.complaintsUrl ?? DEFAULT_PRACTICE_SETTINGS.complaintsUrl,
    contacts: (doc.contacts ?? DEFAULT_PRACTICE_SETTINGS.contacts).map(({ name, email }) => ({ name, email })),
    emailIncludesText: doc.emailIncludesText ?? DEFAULT_PRACTICE_SETTINGS.emailIncludesText,
    languages: [...(doc.languages ?? DEFAULT_PRACTICE_SETTINGS.languages)],
  };
}

/** Field by field, as for feedback. */
export function toAssignment(doc: PracticeAssignment): PracticeAssignment {
  return {
    pcnCode: doc.pcnCode ?? null,
    pcnName: doc.pcnName ?? null,
    icbCode: doc.icbCode ?? null,
    icbName: doc.icbName ?? null,
    commissioner: doc.commissioner ?? null,
    from: doc.from,
    to: doc.to ?? null,
  };
}

function counts<K extends string>(doc: Partial<Record<K, number>> | undefined): Record<K, number> {
  return { ...(doc ?? {}) } as Record<K, number>;
}

/** Field by field, as for feedback. */
export function toRollup(doc: DailyRollup): DailyRollup {
  return {
    practiceCode: doc.practiceCode,
    date: doc.date,
    total: doc.total,
    processed: doc.processed,
    ratings: counts(doc.ratings),
    channels: counts(doc.channels),
    // Roll-ups written before modes were counted have none stored: the channels give them.
    byMode: doc.byMode ? counts(doc.byMode) : countByMode(doc.channels ?? {}),
    languages: counts(doc.languages),
    sentiment: counts(doc.sentiment),
    themes: counts(doc.themes),
    themePolarity: Object.fromEntries(
      Object.entries(doc.themePolarity ?? {}).map(([theme, byPolarity]) => [theme, { ...byPolarity }]),
    ),
    flagged: doc.flagged,
    needsHumanReading: doc.needsHumanReading,
    computedAt: doc.computedAt,
  };
}

/** Field by field, as for feedback. */
export function toDigest(doc: DigestRecord): DigestRecord {
  return {
    practiceCode: doc.practiceCode,
    date: doc.date,
    state: doc.state,
    owner: doc.owner,
    claimedAt: doc.claimedAt,
    since: doc.since,
    until: doc.until,
    sentAt: doc.sentAt ?? null,
  };
}

/** Field by field, as for feedback. */
export function toAccessCode(doc: AccessCode): AccessCode {
  return {
    id: doc.id,
    kind: doc.kind,
    practiceCode: doc.practiceCode,
    role: doc.role ?? null,
    label: doc.label,
    tokenHash: doc.tokenHash,
    createdAt: doc.createdAt,
    expiresAt: doc.expiresAt,
  };
}
