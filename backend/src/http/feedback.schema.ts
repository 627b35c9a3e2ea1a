import { z } from 'zod';
import { AGE_BANDS, CHANNELS, QUESTION_IDS, RESPONDENT_ROLES, type NewFeedback } from '../domain/feedback.js';
import { FFT_RATINGS } from '../domain/fft.js';
import { ODS_CODE } from '../domain/practice.js';
import { ValidationError } from '../domain/errors.js';
import { isAltchaPayload, type AltchaPayload } from '../abuse/proof-of-work.js';

/** Longest answer accepted per question, in characters. Long enough for a story, short enough to read. */
export const COMMENT_MAX = 2000;

const optionalText = (max: number, what: string) =>
  z
    .string({ error: `must be ${what}` })
    .trim()
    .max(max, { error: `must be at most ${max} characters` })
    .nullish()
    .transform((value) => (value ? value : null));

const commentEntry = z.object({
  question: z.enum(QUESTION_IDS, { error: `must be one of ${QUESTION_IDS.join(', ')}` }),
  text: z
    .string({ error: 'must be text' })
    .trim()
    .max(COMMENT_MAX, { error: `must be at most ${COMMENT_MAX} characters` }),
});

const contact = z
  .object({
    consent: z.literal(true, { error: 'must be true: contact details are kept only with the patient’s consent' }),
    name: optionalText(100, 'text'),
    email: z.email({ error: 'must be an email address' }).max(254).nullish().or(z.literal('')),
    phone: z
      .string({ error: 'must be a phone number' })
      .trim()
      .regex(/^\+?[0-9 ()-]{7,20}$/, { error: 'must be a phone number, e.g. 07700 900123' })
      .nullish()
      .or(z.literal('')),
  })
  .refine((c) => c.email || c.phone, { error: 'needs an email address or a phone number', path: ['email'] })
  .transform(({ name, email, phone }) => ({ name, email: email || null, phone: phone || null }));

const feedbackBody = z
  .object({
    submissionId: z.uuid({ error: 'must be a UUID made by the client, e.g. crypto.randomUUID()' }),
    practiceCode: z
      .string({ error: 'must be the ODS code of the practice, e.g. C82001' })
      .trim()
      .toUpperCase()
      .regex(ODS_CODE, { error: 'must be an ODS practice code, e.g. C82001' }),
    rating: z.enum(FFT_RATINGS, { error: `must be one of ${FFT_RATINGS.join(', ')}` }),
    comments: z
      .array(commentEntry, { error: 'must be a list of { question, text }' })
      .max(QUESTION_IDS.length, { error: `must have at most ${QUESTION_IDS.length} answers` })
      .refine((list) => new Set(list.map((c) => c.question)).size === list.length, {
        error: 'must answer each question at most once',
      })
      .optional(),
    /** Shorthand for one general comment, as the first version of the API took it. */
    comment: optionalText(COMMENT_MAX, 'text'),
    aboutYou: z
      .object({
        ageBand: z.enum(AGE_BANDS, { error: `must be one of ${AGE_BANDS.join(', ')}` }).nullish(),
        role: z.enum(RESPONDENT_ROLES, { error: `must be one of ${RESPONDENT_ROLES.join(', ')}` }).nullish(),
      })
      .nullish(),
    contact: contact.nullish(),
    channel: z.enum(CHANNELS, { error: `must be one of ${CHANNELS.join(', ')}` }).default('web'),
    language: z
      .string({ error: 'must be a language tag, e.g. en or pl' })
      .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, { error: 'must be a language tag, e.g. en or pl' })
      .transform((value) => value.toLowerCase())
      .default('en'),
    clientSubmittedAt: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time' }).nullish(),
  })
  .refine((body) => !(body.comment && body.comments), {
    error: 'send either comment or comments, not both',
    path: ['comment'],
  });

/** Where a client gets what the `altcha` field needs; every altcha problem ends with it. */
export const GET_NEW_CHALLENGE =
  'get a new challenge from GET /api/v1/challenge, solve it and send { challenge, solution }';

/** The proof of work, required from the patient-facing web channel. */
function altchaProblem(body: Record<string, unknown>): string | null {
  if (body.channel !== undefined && body.channel !== 'web') return null;
  if (body.altcha === undefined || body.altcha === null) return `is required: ${GET_NEW_CHALLENGE}`;
  return isAltchaPayload(body.altcha)
    ? null
    : `must hold the challenge as issued and its solution: ${GET_NEW_CHALLENGE}`;
}

/** A checked submission, and the proof of work that came with it (checked for shape only). */
export interface ParsedSubmission {
  feedback: NewFeedback;
  altcha: AltchaPayload | null;
}

/**
 * Check a submission body. Throws a `ValidationError` listing every field that needs fixing,
 * so a client developer can correct them all in one go.
 */
export function parseFeedbackBody(body: unknown): ParsedSubmission {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ValidationError('The body must be a JSON object');
  }
  const raw = body as Record<string, unknown>;
  const result = feedbackBody.safeParse(body);
  const fields = result.success
    ? []
    : result.error.issues.map((issue) => ({
        field: issue.path.join('.') || '(body)',
        problem: issue.path.length === 1 && !((issue.path[0] as string) in raw) ? 'is required' : issue.message,
      }));
  const altcha = altchaProblem(raw);
  if (altcha) fields.push({ field: 'altcha', problem: altcha });
  if (!result.success || fields.length > 0) {
    throw new ValidationError(`Please fix: ${fields.map((f) => `${f.field} ${f.problem}`).join('; ')}`, fields);
  }
  return { feedback: toNewFeedback(result.data), altcha: isAltchaPayload(raw.altcha) ? raw.altcha : null };
}

function toNewFeedback(data: z.infer<typeof feedbackBody>): NewFeedback {
  const { comment, comments, aboutYou, contact, clientSubmittedAt, ...rest } = data;
  const answers = comment ? [{ question: 'comment' as const, text: comment }] : (comments ?? []);
  return {
    ...rest,
    comments: answers.filter((c) => c.text.length > 0),
    aboutYou:
      aboutYou && (aboutYou.ageBand || aboutYou.role)
        ? { ageBand: aboutYou.ageBand ?? null, role: aboutYou.role ?? null }
        : null,
    contact: contact ?? null,
    clientSubmittedAt: clientSubmittedAt ? new Date(clientSubmittedAt) : null,
  };
}
