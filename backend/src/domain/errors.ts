/**
 * Domain errors. Each names what went wrong in words a caller can act on; the HTTP layer maps
 * them to status codes in one place (http/error.middleware.ts).
 */
export class ValidationError extends Error {
  override name = 'ValidationError';
  constructor(
    message: string,
    /** One entry per field that needs fixing. */
    readonly fields: { field: string; problem: string }[] = [],
  ) {
    super(message);
  }
}

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

/** A client-made submissionId was reused for different content. */
export class ConflictError extends Error {
  override name = 'ConflictError';
}

/** Raised by a job for input that no retry can fix; queues stop retrying it. */
export class UnrecoverableJobError extends Error {
  override name = 'UnrecoverableJobError';
}

/** The caller may not do this here, e.g. a website sending feedback for a practice that did not register it. */
export class ForbiddenError extends Error {
  override name = 'ForbiddenError';
}

/** Too many requests from one network or for one practice; the caller may try again later. */
export class RateLimitedError extends Error {
  override name = 'RateLimitedError';
  constructor(
    message: string,
    /** Whole seconds until a request would be accepted again (the Retry-After header). */
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}
