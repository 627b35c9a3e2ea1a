/**
 * The API did not take a submission. `retryable` says whether sending the same submission again
 * may work (no connection, a timeout, a busy or broken server) or cannot (the request is wrong,
 * e.g. an unknown practice code on this website), so the widget offers "Try again" only when it helps.
 */
export class FeedbackSendError extends Error {
  override name = 'FeedbackSendError';

  constructor(
    message: string,
    /** HTTP status, or null when no answer came back at all. */
    readonly status: number | null,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}
