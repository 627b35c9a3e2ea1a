import type { z } from 'zod';
import { ValidationError } from '../../domain/errors.js';

/**
 * Check a JSON body against a zod schema and turn every problem into the API's usual 422
 * (`ValidationError` with one `{ field, problem }` per field), so the staff app can put each
 * message beside its field. `known` names the fields a body may have, for the unknown-field
 * message. For a query string (`query: true`) a field is named without the position of a repeated
 * parameter (`rating`, not `rating.0`): the URL has no positions.
 */
export function parseBody<T extends z.ZodType>(
  schema: T,
  body: unknown,
  known: string[],
  { query = false }: { query?: boolean } = {},
): z.output<T> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ValidationError('The body must be a JSON object', [
      { field: '(body)', problem: `must be a JSON object with ${known.join(', ')}` },
    ]);
  }
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const fields = result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          field: [...issue.path, key].join('.'),
          problem: `is not a field here: send ${known.join(', ')}`,
        }))
      : [
          {
            field: issue.path.filter((part) => !query || typeof part !== 'number').join('.') || '(body)',
            problem: issue.message,
          },
        ],
  );
  throw new ValidationError(`Please fix: ${fields.map((f) => `${f.field} ${f.problem}`).join('; ')}`, fields);
}
