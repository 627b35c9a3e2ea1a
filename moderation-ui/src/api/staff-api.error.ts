/** One field the server asks to fix: `field` as the API names it (e.g. `password`, `contacts.0.email`). */
export interface FieldProblem {
  field: string;
  problem: string;
}

/**
 * The staff API refused or failed a request. `status` is null when no answer came back (offline).
 * `fields` lists what to fix (422); `retryAfterSeconds` is set on a 429 with `Retry-After`.
 */
export class StaffApiError extends Error {
  override name = 'StaffApiError';

  constructor(
    message: string,
    readonly status: number | null,
    readonly fields: FieldProblem[] = [],
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }
}
