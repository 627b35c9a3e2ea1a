import { ValidationError } from '../errors.js';

/**
 * Where a newest-first list stopped: the last item's time (ms) and id. Items are ordered by time,
 * then by id, both descending, so several items stored in the same millisecond still have one
 * order and the next page starts exactly after the last one shown: none skipped, none repeated.
 */
export interface ListPosition {
  at: number;
  id: string;
}

/** Opaque to clients (base64url of JSON), the same for both inbox adapters. */
export function encodeCursor(position: ListPosition): string {
  return Buffer.from(JSON.stringify([position.at, position.id])).toString('base64url');
}

/** The position a cursor names; a 400 for anything this list did not hand out. */
export function decodeCursor(cursor: string): ListPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (
    Array.isArray(parsed) &&
    parsed.length === 2 &&
    Number.isSafeInteger(parsed[0]) &&
    typeof parsed[1] === 'string' &&
    parsed[1].length > 0
  ) {
    return { at: parsed[0] as number, id: parsed[1] };
  }
  throw new ValidationError('The cursor is not one this list gave out', [
    { field: 'cursor', problem: 'is not a cursor from this list' },
  ]);
}

/** Newest-first order: negative when `a` comes before (is newer than) `b`. */
export function compareNewestFirst(a: ListPosition, b: ListPosition): number {
  if (a.at !== b.at) return b.at - a.at;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}
