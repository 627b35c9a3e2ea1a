import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Outcome } from '../api/feedback-body.js';
import { newSubmissionId } from '../delivery/submission-id.js';
import { toBody, type SubmissionContext } from '../delivery/submission.js';
import type { Answers } from '../feedback/form-state.js';
import type { KioskItem } from './kiosk-queue.js';
import { kioskRuntime } from './kiosk-runtime.js';

/** The event `<yyg-feedback>` fires in the kiosk once a submission is safely on the tablet. */
export const KIOSK_SAVED = 'yyg-kiosk-saved';

/**
 * The kiosk build's stand-in for the widget's DeliveryController (swapped in by
 * widget/vite.kiosk.config.ts, so widget.js is untouched): same shape, but every submission goes
 * into the kiosk's IndexedDB queue first, with channel `kiosk` and the device's time, and is sent
 * by the kiosk's sync, not by the public intake (no proof of work: the kiosk has its access code).
 */
export class DeliveryController implements ReactiveController {
  readonly #host: ReactiveControllerHost & EventTarget;

  constructor(host: ReactiveControllerHost, _api: () => string, _onFlushed: (id: string, outcome: Outcome) => void) {
    this.#host = host as ReactiveControllerHost & EventTarget;
    host.addController(this);
  }

  hostConnected(): void {}

  warm(): void {}

  async send(
    answers: Answers,
    context: SubmissionContext,
    submissionId?: string,
  ): Promise<{ submissionId?: string; outcome: Outcome }> {
    const runtime = kioskRuntime();
    const id = submissionId ?? newSubmissionId();
    if (!runtime) return { submissionId: id, outcome: { kind: 'failed', retryable: true } };
    const { website: _honeypot, channel: _web, ...rest } = toBody(answers, context, id);
    const body: KioskItem = { ...rest, channel: 'kiosk' };
    try {
      await runtime.submit(body);
    } catch {
      return { submissionId: id, outcome: { kind: 'failed', retryable: true } };
    }
    this.#host.dispatchEvent(
      new CustomEvent(KIOSK_SAVED, { bubbles: true, composed: true, detail: { submissionId: id } }),
    );
    return { submissionId: id, outcome: { kind: 'queued', busy: false, retryAfterMs: 0 } };
  }

  readonly flushSoon = (): void => kioskRuntime()?.syncSoon(0);
}
