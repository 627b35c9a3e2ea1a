import { ValidationError } from '../domain/errors.js';
import { daysBetween, isCalendarDate } from '../domain/london-time.js';

/** The longest range one request may ask for: a year and a day, for year-on-year views. */
export const MAX_ROLLUP_DAYS = 366;

/**
 * Check `?from=YYYY-MM-DD&to=YYYY-MM-DD` for the roll-ups API: both real calendar dates, in
 * order, at most `MAX_ROLLUP_DAYS` apart. Throws a `ValidationError` naming each bad field.
 */
export function parseRollupRange(query: Record<string, unknown>): { from: string; to: string } {
  const fields: { field: string; problem: string }[] = [];
  const date = (name: 'from' | 'to'): string | null => {
    const value = query[name];
    if (typeof value !== 'string' || !isCalendarDate(value)) {
      fields.push({ field: name, problem: 'must be a date written YYYY-MM-DD, e.g. 2026-04-01' });
      return null;
    }
    return value;
  };
  const from = date('from');
  const to = date('to');
  if (from && to && daysBetween(from, to) < 0) fields.push({ field: 'to', problem: 'must not be before from' });
  else if (from && to && daysBetween(from, to) >= MAX_ROLLUP_DAYS) {
    fields.push({ field: 'to', problem: `must be within ${MAX_ROLLUP_DAYS} days of from` });
  }
  if (fields.length > 0 || !from || !to) {
    throw new ValidationError(`Please fix: ${fields.map((f) => `${f.field} ${f.problem}`).join('; ')}`, fields);
  }
  return { from, to };
}
