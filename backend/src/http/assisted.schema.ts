import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ValidationError } from '../domain/errors.js';
import { ASSISTED_CHANNELS, type AssistedChannel, type NewFeedback } from '../domain/feedback.js';
import { isCalendarDate, londonDate } from '../domain/london-time.js';
import { parseFeedbackBody } from './feedback.schema.js';
import { normaliseFormNumber } from './print/form-number.js';

/** Oldest form or call accepted, in days: feedback older than a year tells a practice little. */
export const FORM_MAX_AGE_DAYS = 366;

// Fixed namespace for submission ids derived from a practice and a form number (UUID v5 style).
const FORM_NAMESPACE = Buffer.from('6f1c2a3e9b7d4e0f8a5c1d2e3f405162', 'hex');

/**
 * The submission id of a paper form: the same practice and form number always give the same
 * UUID (SHA-1 name-based, version 5), so a form entered twice is the same submission.
 */
export function formSubmissionId(practiceCode: string, formNumber: string): string {
  const hash = createHash('sha1')
    .update(FORM_NAMESPACE)
    .update(`${practiceCode.toUpperCase()}/${formNumber.toUpperCase()}`)
    .digest();
  const bytes = Buffer.from(hash.subarray(0, 16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function daysAgo(date: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000);
}

const extras = (today: string) =>
  z.object({
    channel: z.enum(ASSISTED_CHANNELS, { error: `must be one of ${ASSISTED_CHANNELS.join(', ')}` }),
    agreed: z.literal(true, {
      error: 'must be true: the patient agreed to this feedback being given and these are their words',
    }),
    formDate: z
      .string({ error: 'must be the date of the form or call, YYYY-MM-DD' })
      .refine(isCalendarDate, { error: 'must be the date of the form or call, YYYY-MM-DD' })
      .refine((date) => !isCalendarDate(date) || date <= today, { error: 'must not be in the future' })
      .refine((date) => !isCalendarDate(date) || daysAgo(date, today) <= FORM_MAX_AGE_DAYS, {
        error: 'must be within the last year',
      }),
    // As printed (`F-7K3Q9X`), read by Crockford's rules: any case, O as 0, I and L as 1.
    formNumber: z
      .union([z.string(), z.null()], { error: 'must be the number printed on the form, e.g. F-7K3Q9X' })
      .optional()
      .transform((typed, ctx) => {
        if (typed === undefined || typed === null || typed.trim() === '') return null;
        const number = normaliseFormNumber(typed);
        if (!number) ctx.addIssue({ code: 'custom', message: 'must be the number printed on the form, e.g. F-7K3Q9X' });
        return number;
      }),
  });

export interface AssistedSubmission {
  feedback: NewFeedback & { channel: AssistedChannel };
  formDate: string;
  formNumber: string | null;
}

/**
 * Check an assisted submission: the public intake's body (checked by `parseFeedbackBody`, so the
 * rules are the same) plus `channel`, `agreed`, `formDate` and `formNumber`. The form's date is
 * kept as `clientSubmittedAt` (noon UTC, the same calendar day in England all year); with a
 * form number the submission id is derived from it. Every problem is listed in one 422.
 */
export function parseAssistedBody(body: unknown, now: Date): AssistedSubmission {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ValidationError('The body must be a JSON object');
  }
  const raw = body as Record<string, unknown>;
  const {
    agreed: _agreed,
    formDate: _formDate,
    formNumber: _formNumber,
    altcha: _altcha,
    website: _website,
    ...core
  } = raw;
  const checked = extras(londonDate(now)).safeParse(raw);
  const fields = checked.success
    ? []
    : checked.error.issues.map((issue) => ({
        field: issue.path.join('.') || '(body)',
        problem: issue.path.length === 1 && !((issue.path[0] as string) in raw) ? 'is required' : issue.message,
      }));

  const formNumber = checked.success ? (checked.data.formNumber ?? null) : null;
  const practiceCode = typeof core.practiceCode === 'string' ? core.practiceCode.trim().toUpperCase() : '';
  if (formNumber && practiceCode) core.submissionId = formSubmissionId(practiceCode, formNumber);
  // The channel is checked above; the shared parser sees a valid one so it does not ask for altcha.
  core.channel = checked.success ? checked.data.channel : 'other';
  core.clientSubmittedAt = checked.success ? `${checked.data.formDate}T12:00:00Z` : null;

  let parsed: ReturnType<typeof parseFeedbackBody> | null = null;
  try {
    parsed = parseFeedbackBody(core);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    fields.push(...error.fields.filter((f) => f.field !== 'channel' && f.field !== 'clientSubmittedAt'));
  }
  if (!parsed || !checked.success || fields.length > 0) {
    throw new ValidationError(`Please fix: ${fields.map((f) => `${f.field} ${f.problem}`).join('; ')}`, fields);
  }
  return {
    feedback: { ...parsed.feedback, channel: checked.data.channel },
    formDate: checked.data.formDate,
    formNumber,
  };
}
