/** The staff API refused or failed a request. `status` is null when no answer came back. */
export class StaffApiError extends Error {
  override name = 'StaffApiError';

  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}
