import { z } from 'zod';
import { ValidationError } from '../../domain/errors.js';
import { isCalendarDate } from '../../domain/london-time.js';
import type { Area, AssignmentChange } from '../../domain/practice-assignment.js';
import { parseRollupRange } from '../rollups.schema.js';

/** Practices one page of the directory may hold; the staff app asks for up to 200 at a time. */
export const MAX_PRACTICE_PAGE = 500;
export const DEFAULT_PRACTICE_PAGE = 100;

type Fields = { field: string; problem: string }[];

function fail(fields: Fields): never {
  throw new ValidationError(`Please fix: ${fields.map((f) => `${f.field} ${f.problem}`).join('; ')}`, fields);
}

function check<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  return fail(
    result.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({ field: key, problem: 'is not expected here' }))
        : [{ field: issue.path.join('.') || '(body)', problem: issue.message }],
    ),
  );
}

/** One value of a query parameter: a repeated one is refused rather than guessed at. */
const single = (what: string) => z.string({ error: `must be given once, as ${what}` }).optional();

const listQuery = z.object({
  q: single('text')
    .transform((value) => value?.trim() || undefined)
    .pipe(z.string().max(100, { error: 'must be at most 100 characters' }).optional()),
  limit: single('a number')
    .transform((value) => (value === undefined ? DEFAULT_PRACTICE_PAGE : Number(value)))
    .pipe(
      z
        .number()
        .int({ error: `must be a whole number from 1 to ${MAX_PRACTICE_PAGE}` })
        .min(1, { error: `must be a whole number from 1 to ${MAX_PRACTICE_PAGE}` })
        .max(MAX_PRACTICE_PAGE, { error: `must be a whole number from 1 to ${MAX_PRACTICE_PAGE}` }),
    ),
  after: single('the last code of the previous page').transform((value) => value?.toUpperCase()),
});

/** `GET /practices?q=&limit=&after=`: search words, page size, and where the page starts. */
export function parsePracticeListQuery(query: unknown): { q?: string; limit: number; after?: string } {
  return check(listQuery, query);
}

/** An ODS code of an ICB (e.g. QK1) or a PCN (e.g. U12345): letters and digits, upper-cased. */
const odsCode = (example: string) =>
  z
    .string({ error: `must be an ODS code like ${example}, or null` })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{3,6}$/, { error: `must be an ODS code like ${example}` })
    .nullable();

const orgName = z
  .string({ error: 'must be the organisation name, or null' })
  .trim()
  .min(1, { error: 'must not be empty (send null for none)' })
  .max(200, { error: 'must be at most 200 characters' })
  .refine((value) => !/[\u0000-\u001f<>]/.test(value), { error: 'must not contain line breaks or < >' })
  .nullable();

const assignmentBody = z
  .strictObject(
    {
      pcnCode: odsCode('U12345'),
      pcnName: orgName,
      icbCode: odsCode('QK1'),
      icbName: orgName,
      from: z
        .string({ error: 'must be a date written YYYY-MM-DD, e.g. 2026-04-01' })
        .refine(isCalendarDate, { error: 'must be a date written YYYY-MM-DD, e.g. 2026-04-01' }),
    },
    { error: 'must be { pcnCode, pcnName, icbCode, icbName, from }' },
  )
  .superRefine((body, ctx) => {
    for (const [code, name] of [
      ['pcnCode', 'pcnName'],
      ['icbCode', 'icbName'],
    ] as const) {
      if ((body[code] === null) !== (body[name] === null)) {
        ctx.addIssue({
          code: 'custom',
          path: [body[code] === null ? code : name],
          message: `must be given with ${body[code] === null ? name : code} (or both null)`,
        });
      }
    }
  });

/** `PUT /practices/:code/assignment`: every field present; a code and its name go together. */
export function parseAssignmentBody(body: unknown): { change: AssignmentChange; from: string } {
  const { from, ...change } = check(assignmentBody, body);
  return { change, from };
}

const areaQuery = z.object({
  area: z.enum(['icb', 'pcn'], { error: 'must be icb or pcn' }),
  code: z
    .string({ error: 'must be the ODS code of the ICB (e.g. QK1) or the PCN (e.g. U12345), given once' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{3,6}$/, { error: 'must be an ODS code like QK1 or U12345' }),
});

/** `GET /area-summary?area=icb|pcn&code=&from=&to=`: which area, and the dates (as for roll-ups). */
export function parseAreaQuery(query: Record<string, unknown>): { area: Area; from: string; to: string } {
  const fields: Fields = [];
  let area: Area | undefined;
  let range: { from: string; to: string } | undefined;
  try {
    const { area: kind, code } = check(areaQuery, query);
    area = { kind, code };
  } catch (error) {
    fields.push(...(error as ValidationError).fields);
  }
  try {
    range = parseRollupRange(query);
  } catch (error) {
    fields.push(...(error as ValidationError).fields);
  }
  if (!area || !range) return fail(fields);
  return { area, ...range };
}
