import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Outcome } from '../api/feedback-body.js';
import type { SubmissionContext } from '../delivery/submission.js';
import type { Answers } from '../feedback/form-state.js';

const deliverChunk = () => import('../delivery/deliver.js');
// Offline before the chunk arrived: nothing to watch yet; the next try fetches it again.
const watchChunk = () => import('../delivery/watch.js').catch(() => undefined);

/** Wait this long after start-up before sending what waits in the outbox: the form comes first. */
const STARTUP_DELAY_MS = 1000;

/**
 * Sends submissions, keeps them on the device when that fails, and sends what was kept when the
 * page is next open and online. The code that does it is in separate chunks: `warm()` fetches the
 * sending code, and starts solving a proof of work, as soon as the patient starts on the form, so
 * sending costs no visible wait and still works if the connection drops meanwhile; the small outbox
 * watcher is fetched at start-up, and looks in the outbox a moment later.
 */
export class DeliveryController implements ReactiveController {
  #connected = false;
  #unwatch?: () => void;

  readonly #api: () => string;
  /** A submission kept earlier was sent or refused while this page was open. */
  readonly #onFlushed: (submissionId: string, outcome: Outcome) => void;

  constructor(
    host: ReactiveControllerHost,
    api: () => string,
    onFlushed: (submissionId: string, outcome: Outcome) => void,
  ) {
    this.#api = api;
    this.#onFlushed = onFlushed;
    host.addController(this);
  }

  async hostConnected(): Promise<void> {
    this.#connected = true;
    const m = await watchChunk();
    if (m && this.#connected) this.#unwatch = m.watch(this.#api(), this.#onFlushed, STARTUP_DELAY_MS);
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#unwatch?.();
  }

  /** Fetch the sending code and start on a proof of work. */
  warm(): void {
    deliverChunk().then(
      (m) => m.prepare(this.#api()),
      () => undefined,
    );
  }

  /** Send the answers (see `submit` in deliver.ts); "failed" if the sending code cannot be fetched. */
  async send(
    answers: Answers,
    context: SubmissionContext,
    submissionId?: string,
  ): Promise<{ submissionId?: string; outcome: Outcome }> {
    try {
      return await (await deliverChunk()).submit(this.#api(), answers, context, submissionId);
    } catch {
      return { submissionId, outcome: { kind: 'failed', retryable: true } };
    }
  }

  /** Send whatever waits in the outbox now (the patient pressed "Try sending now"). */
  readonly flushSoon = (): void => void watchChunk().then((m) => m?.retryIn(this.#api(), 0));
}
