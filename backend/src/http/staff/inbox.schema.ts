import { z } from 'zod';
import { parseBody } from './parse-body.js';
import { ValidationError } from '../../domain/errors.js';
import { CHANNELS } from '../../domain/feedback.js';
import { FFT_RATINGS } from '../../domain/fft.js';
import { ODS_CODE } from '../../domain/practice.js';
import type { InboxQuery } from '../../domain/staff/inbox-query.js';
import { MODERATION_STATUSES, NOT_PUBLISHED_REASONS, type RedactionSpan } from '../../domain/staff/moderation.js';
import { FLAG_KINDS, THEMES } from '../../domain/tags.js';

/** A page of the inbox: enough to fill a screen; exports page through the whole result. */
export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;
/** Longest search text: a few words, not a paragraph. */
export const MAX_SEARCH_LENGTH = 200;
/** Longest reply, note or "you said, we did" line. */
export const MAX_RESPONSE_LENGTH = 2000;

/** A query parameter given once is a string, given twice an array; both mean "any of these". */
const many = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((item) => item.split(',')).filter(Boolean))
    .pipe(z.array(z.enum(values, { error: `must be one of: ${values.join(', ')}` })))
    .optional();

const isoDate = z
  .string()
  .refine((v) => /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(v) && !Number.isNaN(Date.parse(v)), {
    error: 'must be a date (YYYY-MM-DD) or an ISO date-time',
  })
  .transform((v) => new Date(v))
  .optional();

const querySchema = z.object({
  practice: z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((c) => c.split(',')).map((c) => c.trim().toUpperCase()))
    .pipe(z.array(z.string().regex(ODS_CODE, { error: 'must be ODS practice codes like C82001' })))
    .optional(),
  q: z
    .string()
    .trim()
    .max(MAX_SEARCH_LENGTH, { error: `must be at most ${MAX_SEARCH_LENGTH} characters` })
    .optional(),
  from: isoDate,
  to: isoDate,
  rating: many(FFT_RATINGS),
  sentiment: many(['positive', 'neutral', 'negative', 'mixed', 'none'] as const),
  theme: many(THEMES),
  flag: many([...FLAG_KINDS, 'any', 'none'] as const),
  channel: many(CHANNELS),
  language: z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((c) => c.split(',')).filter(Boolean))
    .pipe(z.array(z.string().regex(/^[a-z]{2,3}$/, { error: 'must be language codes like en, pl or und' })))
    .optional(),
  status: many(MODERATION_STATUSES),
  cursor: z.string().max(200).optional(),
  limit: z.coerce
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be at least 1' })
    .max(MAX_PAGE_SIZE, { error: `must be at most ${MAX_PAGE_SIZE}` })
    .optional(),
});

export type InboxRequest = Omit<InboxQuery, 'practiceCodes'> & { practices: string[] | null };

/** Check the inbox's query string. The practices asked for are checked against the user's reach later. */
export function parseInboxRequest(query: Record<string, unknown>): InboxRequest {
  const { practice, q, limit, from, to, ...filters } = parseBody(querySchema, query, Object.keys(querySchema.shape), {
    query: true,
  });
  if (from && to && to <= from) {
    throw new ValidationError('Please fix the search: to must be after from', [
      { field: 'to', problem: 'must be after from' },
    ]);
  }
  return {
    ...filters,
    practices: practice && practice.length > 0 ? practice : null,
    text: q || undefined,
    // A date-only `to` means "up to the end of that day".
    from,
    to: to && /^\d{4}-\d{2}-\d{2}$/.test(String(query.to)) ? new Date(to.getTime() + 86_400_000) : to,
    limit: limit ?? DEFAULT_PAGE_SIZE,
  };
}

const spanSchema = z.object({
  comment: z.number().int().min(0),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
});

export const moderationBody = z
  .object({
    version: z.number({ error: 'must be the version you were shown' }).int().min(0),
    status: z.enum(MODERATION_STATUSES, { error: `must be one of: ${MODERATION_STATUSES.join(', ')}` }),
    reason: z
      .enum(NOT_PUBLISHED_REASONS, { error: `must be one of: ${NOT_PUBLISHED_REASONS.join(', ')}` })
      .nullable()
      .optional(),
    redactions: z.array(spanSchema).max(200).optional(),
    /** Publishing something the tagger flagged needs a person to say they read it and it is safe. */
    flagsReviewed: z.boolean().optional(),
  })
  .strict();

export type ModerationBody = z.infer<typeof moderationBody> & { redactions?: RedactionSpan[] };

export const responseBody = z
  .object({
    kind: z.enum(['public-reply', 'private-note'], { error: 'must be public-reply or private-note' }),
    text: z
      .string({ error: 'must be text' })
      .trim()
      .min(1, { error: 'must not be empty' })
      .max(MAX_RESPONSE_LENGTH, { error: `must be at most ${MAX_RESPONSE_LENGTH} characters` }),
  })
  .strict();

export const youSaidWeDidBody = z
  .object({
    youSaid: z.string().trim().min(1, { error: 'must not be empty' }).max(MAX_RESPONSE_LENGTH),
    weDid: z.string().trim().min(1, { error: 'must not be empty' }).max(MAX_RESPONSE_LENGTH),
    feedbackIds: z.array(z.string().min(1).max(100)).max(50).default([]),
  })
  .strict();
