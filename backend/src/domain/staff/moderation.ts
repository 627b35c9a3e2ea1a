import { ValidationError } from '../errors.js';
import type { FlagKind } from '../tags.js';

/**
 * Moderation of one submission, kept beside the feedback record (which the worker owns).
 * new: nobody has looked. in-review: someone is on it. published: shown publicly with its
 * redactions. not-published: held back for a policy reason. escalated: safeguarding or urgent
 * clinical content, passed to the practice's named lead; never published from there.
 */
export const MODERATION_STATUSES = ['new', 'in-review', 'published', 'not-published', 'escalated'] as const;
export type ModerationStatus = (typeof MODERATION_STATUSES)[number];

/** Reasons from the moderation policy (as Care Opinion and NHS.uk reviews do it). */
export const NOT_PUBLISHED_REASONS = [
  'abusive-or-offensive',
  'commercial-or-spam',
  'irrelevant',
  'identifies-someone',
  'complaint-handled-privately',
  'patient-asked-not-to-publish',
  'duplicate',
  'safeguarding-or-urgent',
] as const;
export type NotPublishedReason = (typeof NOT_PUBLISHED_REASONS)[number];

export const NOT_PUBLISHED_REASON_LABELS: Record<NotPublishedReason, string> = {
  'abusive-or-offensive': 'Abusive or offensive',
  'commercial-or-spam': 'Advertising or spam',
  irrelevant: 'Not about this practice or its services',
  'identifies-someone': 'Would identify someone even with redaction',
  'complaint-handled-privately': 'A complaint being handled privately',
  'patient-asked-not-to-publish': 'The patient asked for it not to be published',
  duplicate: 'Duplicate of another submission',
  'safeguarding-or-urgent': 'Safeguarding or urgent clinical content',
};

/**
 * A span removed before publishing: offsets into the comment's redacted text (what moderators
 * see), half-open `[start, end)` in UTF-16 code units as the browser's selection gives them.
 */
export interface RedactionSpan {
  /** Which comment of the submission (index into `comments`). */
  comment: number;
  start: number;
  end: number;
}

export interface Moderation {
  feedbackId: string;
  practiceCode: string;
  status: ModerationStatus;
  /** Set when `status` is `not-published`; null otherwise. */
  reason: NotPublishedReason | null;
  redactions: RedactionSpan[];
  /** Bumped by every change; a change names the version it was made from (optimistic locking). */
  version: number;
  updatedAt: Date | null;
  updatedBy: string | null;
  /** When it was first published; kept while published. */
  publishedAt: Date | null;
}

/** The moderation of a record nobody has touched. */
export function initialModeration(feedbackId: string, practiceCode: string): Moderation {
  return {
    feedbackId,
    practiceCode,
    status: 'new',
    reason: null,
    redactions: [],
    version: 0,
    updatedAt: null,
    updatedBy: null,
    publishedAt: null,
  };
}

/** Text put where a moderator removed a span. */
export const REMOVED = '[removed]';

/**
 * Apply moderator spans to one comment's redacted text. Overlapping or touching spans merge;
 * spans outside the text are refused by `checkRedactions` before they get here.
 */
export function applyRedactions(text: string, spans: { start: number; end: number }[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  let out = '';
  let at = 0;
  for (const span of merged) {
    out += text.slice(at, span.start) + REMOVED;
    at = span.end;
  }
  return out + text.slice(at);
}

/** Refuse spans that do not fit the texts they point into. */
export function checkRedactions(spans: RedactionSpan[], texts: string[]): void {
  const problems = spans.flatMap((span, i) => {
    const text = texts[span.comment];
    if (text === undefined)
      return [{ field: `redactions[${i}].comment`, problem: `there is no comment ${span.comment}` }];
    if (!(0 <= span.start && span.start < span.end && span.end <= text.length)) {
      return [{ field: `redactions[${i}]`, problem: `must satisfy 0 <= start < end <= ${text.length}` }];
    }
    return [];
  });
  if (problems.length > 0) throw new ValidationError('Redactions do not fit the comment', problems);
}

/**
 * Which moves are allowed. Escalated items are never published straight from escalation: a
 * person first takes them back into review, which the audit log records.
 */
const MOVES: Record<ModerationStatus, readonly ModerationStatus[]> = {
  new: ['in-review', 'published', 'not-published', 'escalated'],
  'in-review': ['new', 'published', 'not-published', 'escalated'],
  published: ['in-review', 'not-published', 'escalated'],
  'not-published': ['in-review', 'published', 'escalated'],
  escalated: ['in-review', 'not-published'],
};

export function canMove(from: ModerationStatus, to: ModerationStatus): boolean {
  return from === to || MOVES[from].includes(to);
}

/**
 * Flags that mean safeguarding or urgent clinical content: such feedback is escalated, not
 * published, unless a person who read it records that it is safe (`flagsReviewed`). A complaint
 * that needs a reply is not one of them.
 */
export const SAFETY_FLAG_KINDS: readonly FlagKind[] = ['self-harm', 'abuse-neglect', 'threat', 'urgent-clinical'];

/** What a moderator asks for: a status, with a reason and removals where they apply. */
export interface ModerationRequest {
  status: ModerationStatus;
  reason?: NotPublishedReason | null;
  /** Replaces the stored removals; left out, they stay as they are. */
  redactions?: RedactionSpan[];
  /** The moderator read flagged content and judged it safe to publish. */
  flagsReviewed?: boolean;
}

/** The parts of a submission the moderation rules look at. */
export interface ModeratedFeedback {
  /** Each comment's redacted text; null until the worker has processed it. */
  redactedTexts: string[] | null;
  flags: FlagKind[];
}

/**
 * The moderation policy as one pure decision: check a request against the current state and the
 * submission, and return the next state, or throw a `ValidationError` naming what to fix. Escalated
 * items go back into review before anything else; "not published" needs a policy reason; nothing
 * is published before personal details were redacted, nor with a safety flag unless a person says
 * they read it; removals must fit the text.
 */
export function decideModeration(
  current: Moderation,
  feedback: ModeratedFeedback,
  request: ModerationRequest,
  by: string,
  at: Date,
): Omit<Moderation, 'feedbackId' | 'practiceCode' | 'version'> {
  const fail = (message: string, field: string, problem: string): never => {
    throw new ValidationError(message, [{ field, problem }]);
  };
  if (!canMove(current.status, request.status)) {
    fail(
      `Cannot move from ${current.status} to ${request.status}`,
      'status',
      current.status === 'escalated'
        ? 'escalated feedback is never published straight away: take it back into review first'
        : `cannot move from ${current.status} to ${request.status}`,
    );
  }
  const reason = request.status === 'not-published' ? (request.reason ?? null) : null;
  if (request.status === 'not-published' && !reason) {
    fail('Say why it is not published', 'reason', 'choose a reason from the moderation policy');
  }
  if (request.status === 'published') {
    if (!feedback.redactedTexts) {
      fail(
        'Not processed yet',
        'status',
        'cannot publish before personal details have been redacted; try again shortly',
      );
    }
    if (feedback.flags.some((kind) => SAFETY_FLAG_KINDS.includes(kind)) && !request.flagsReviewed) {
      fail(
        'Flagged as safeguarding or urgent',
        'flagsReviewed',
        'this feedback is flagged: escalate it, or confirm you have read it and it is safe to publish',
      );
    }
  }
  const redactions = request.redactions ?? current.redactions;
  if (redactions.length > 0) checkRedactions(redactions, feedback.redactedTexts ?? []);
  return {
    status: request.status,
    reason,
    redactions,
    updatedAt: at,
    updatedBy: by,
    publishedAt: request.status === 'published' ? (current.publishedAt ?? at) : null,
  };
}
