import { z } from 'zod';
import { CHANNELS, type NewFeedback } from '../domain/feedback.js';
import { FFT_RATINGS } from '../domain/fft.js';
import { ODS_CODE } from '../domain/practice.js';
import { ValidationError } from '../domain/errors.js';

/** Longest comment accepted, in characters. Long enough for a story, short enough to read. */
export const COMMENT_MAX = 2000;

const feedbackBody = z.object({
  submissionId: z.uuid({ error: 'must be a UUID made by the client, e.g. crypto.randomUUID()' }),
  practiceCode: z
    .string({ error: 'must be the ODS code of the practice, e.g. C82001' })
    .trim()
    .toUpperCase()
    .regex(ODS_CODE, { error: 'must be an ODS practice code, e.g. C82001' }),
  rating: z.enum(FFT_RATINGS, { error: `must be one of ${FFT_RATINGS.join(', ')}` }),
  comment: z
    .string({ error: 'must be text' })
    .trim()
    .max(COMMENT_MAX, { error: `must be at most ${COMMENT_MAX} characters` })
    .nullish()
    .transform((value) => (value ? value : null)),
  channel: z.enum(CHANNELS, { error: `must be one of ${CHANNELS.join(', ')}` }).default('web'),
  language: z
    .string({ error: 'must be a language tag, e.g. en or pl' })
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, { error: 'must be a language tag, e.g. en or pl' })
    .transform((value) => value.toLowerCase())
    .default('en'),
});

/**
 * Check a submission body. Throws a `ValidationError` listing every field that needs fixing,
 * so a client developer can correct them all in one go.
 */
export function parseFeedbackBody(body: unknown): NewFeedback {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ValidationError('The body must be a JSON object');
  }
  const result = feedbackBody.safeParse(body);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({
    field: issue.path.join('.') || '(body)',
    problem: issue.path.length && !((issue.path[0] as string) in body) ? 'is required' : issue.message,
  }));
  throw new ValidationError(`Please fix: ${fields.map((f) => `${f.field} ${f.problem}`).join('; ')}`, fields);
}
