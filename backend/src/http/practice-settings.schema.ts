import { z } from 'zod';
import { EMAIL_MAX, isEmailAddress } from '../domain/email-address.js';
import { ValidationError } from '../domain/errors.js';
import {
  WIDGET_LANGUAGES,
  type Practice,
  type PracticeSettingsFields,
  type WidgetLanguage,
} from '../domain/practice.js';

/** How many websites one practice may register; a practice has one or two, a group a handful. */
export const MAX_ORIGINS = 20;
/** A question is a short line above a text box, read aloud by screen readers. */
export const QUESTION_MAX = 150;
/** People who receive a practice's alerts and digest: a manager, a deputy, a shared mailbox or two. */
export const MAX_CONTACTS = 10;

const EXAMPLE = 'https://www.example-surgery.nhs.uk';

/**
 * A website origin as browsers send it in the Origin header: scheme, host and port only, lower
 * case, no default port. http is accepted because some practice websites still use it.
 * Returns the problem in words when it is not one.
 */
export function normaliseOrigin(value: string): { origin: string } | { problem: string } {
  if (value.includes('*')) return { problem: `must not contain wildcards: list each website, e.g. ${EXAMPLE}` };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { problem: `must be a website address like ${EXAMPLE}` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { problem: `must start with https:// (or http://), e.g. ${EXAMPLE}` };
  }
  if (url.username || url.password) return { problem: 'must not contain a user name or password' };
  if (url.pathname !== '/' || url.search || url.hash || /[?#]/.test(value)) {
    return { problem: `must be the website's origin only, with no path, query or #, e.g. ${EXAMPLE}` };
  }
  return { origin: url.origin };
}

const origin = z
  .string({ error: `must be a website origin, e.g. ${EXAMPLE}` })
  .trim()
  .max(200, { error: 'must be at most 200 characters' })
  .transform((value, ctx) => {
    const result = normaliseOrigin(value);
    if ('origin' in result) return result.origin;
    ctx.addIssue({ code: 'custom', message: result.problem });
    return z.NEVER;
  });

const question = z
  .string({ error: 'must be text, or null for the standard question' })
  .trim()
  .max(QUESTION_MAX, { error: `must be at most ${QUESTION_MAX} characters` })
  .nullable()
  .transform((value) => value || null);

const httpsUrl = z
  .string({ error: 'must be an https:// address, or null for none' })
  .trim()
  .max(2000, { error: 'must be at most 2000 characters' })
  .nullable()
  .transform((value, ctx) => {
    if (!value) return null;
    try {
      const url = new URL(value);
      if (url.protocol === 'https:' && !url.username && !url.password) return url.href;
    } catch {
      // Reported below.
    }
    ctx.addIssue({
      code: 'custom',
      message: 'must be an https:// address, e.g. https://www.example-surgery.nhs.uk/complaints',
    });
    return z.NEVER;
  });

const contact = z.strictObject(
  {
    name: z
      .string({ error: 'must be the name of the person or team, e.g. Practice manager' })
      .trim()
      .min(1, { error: 'must not be empty' })
      .max(100, { error: 'must be at most 100 characters' })
      .refine((value) => !/[\r\n<>]/.test(value), { error: 'must not contain line breaks or < >' }),
    email: z
      .string({ error: 'must be an email address, e.g. manager@example-surgery.nhs.uk' })
      .trim()
      .max(EMAIL_MAX, { error: `must be at most ${EMAIL_MAX} characters` })
      .refine(isEmailAddress, { error: 'must be an email address, e.g. manager@example-surgery.nhs.uk' }),
  },
  { error: 'must be { name, email }' },
);

/**
 * The widget's languages a practice offers: any of the widget's, in the widget's order, English
 * always among them, since the widget falls back to English whenever another language cannot load.
 */
const languages = z
  .array(z.enum(WIDGET_LANGUAGES, { error: `must be language codes from ${WIDGET_LANGUAGES.join(', ')}` }), {
    error: 'must be a list of language codes, e.g. ["en", "pl"]',
  })
  .refine((list) => list.includes('en'), {
    error: 'must include en: the widget falls back to English when another language cannot load',
  })
  .transform((list) => WIDGET_LANGUAGES.filter((code) => list.includes(code)) as WidgetLanguage[]);

const SETTINGS = [
  'allowedOrigins',
  'questions',
  'aboutYouEnabled',
  'complaintsUrl',
  'contacts',
  'emailIncludesText',
  'languages',
] as const satisfies readonly PracticeSettingsFields[];

const settingsBody = z.strictObject({
  allowedOrigins: z
    .array(origin, { error: 'must be a list of website origins' })
    .max(MAX_ORIGINS, { error: `must list at most ${MAX_ORIGINS} websites` })
    .transform((list) => [...new Set(list)])
    .optional(),
  questions: z
    .strictObject({ good: question.optional(), better: question.optional() }, { error: 'must be { good, better }' })
    .optional(),
  aboutYouEnabled: z.boolean({ error: 'must be true or false' }).optional(),
  complaintsUrl: httpsUrl.optional(),
  contacts: z
    .array(contact, { error: 'must be a list of { name, email }' })
    .max(MAX_CONTACTS, { error: `must list at most ${MAX_CONTACTS} people` })
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach(({ email }, index) => {
        if (seen.has(email.toLowerCase())) {
          ctx.addIssue({ code: 'custom', path: [index, 'email'], message: 'is listed twice' });
        }
        seen.add(email.toLowerCase());
      });
    })
    .optional(),
  emailIncludesText: z.boolean({ error: 'must be true or false' }).optional(),
  languages: languages.optional(),
});

/** The settings a practice changes itself, as stored and as the staff API shows them. */
export type PracticeSettings = Pick<Practice, PracticeSettingsFields>;

/** The settings of a practice, field by field (for answers and audit entries). */
export function settingsOf(practice: PracticeSettings): PracticeSettings {
  const { allowedOrigins, questions, aboutYouEnabled, complaintsUrl, contacts, emailIncludesText, languages } =
    practice;
  return { allowedOrigins, questions, aboutYouEnabled, complaintsUrl, contacts, emailIncludesText, languages };
}

/**
 * Check a settings change and apply it to the practice's current settings. Any subset may be
 * sent; a field left out keeps its value. Throws a `ValidationError` naming every bad field,
 * before anything is written.
 */
export function applySettingsBody(current: PracticeSettings, body: unknown): PracticeSettings {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ValidationError('The body must be a JSON object');
  }
  const result = settingsBody.safeParse(body);
  if (!result.success) {
    const fields = result.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({
            field: [...issue.path, key].join('.'),
            problem:
              'is not a setting: send any of allowedOrigins, questions { good, better }, aboutYouEnabled, complaintsUrl, contacts, emailIncludesText, languages',
          }))
        : [{ field: issue.path.join('.') || '(body)', problem: issue.message }],
    );
    throw new ValidationError(`Please fix: ${fields.map((f) => `${f.field} ${f.problem}`).join('; ')}`, fields);
  }
  const change = result.data;
  if (SETTINGS.every((key) => change[key] === undefined)) {
    throw new ValidationError('Nothing to change', [
      { field: '(body)', problem: `must contain at least one of ${SETTINGS.join(', ')}` },
    ]);
  }
  return {
    allowedOrigins: change.allowedOrigins ?? current.allowedOrigins,
    questions: {
      good: change.questions?.good === undefined ? current.questions.good : change.questions.good,
      better: change.questions?.better === undefined ? current.questions.better : change.questions.better,
    },
    aboutYouEnabled: change.aboutYouEnabled ?? current.aboutYouEnabled,
    complaintsUrl: change.complaintsUrl === undefined ? current.complaintsUrl : change.complaintsUrl,
    contacts: change.contacts ?? current.contacts,
    emailIncludesText: change.emailIncludesText ?? current.emailIncludesText,
    languages: change.languages ?? current.languages,
  };
}
