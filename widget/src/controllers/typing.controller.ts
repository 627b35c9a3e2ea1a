import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Check = (text: string) => boolean;

/** Typing has paused once nothing is typed for this long (NHS character count waits a second). */
const PAUSE_MS = 700;

/**
 * Watches the free-text answers as the patient types. Once typing pauses it checks them against
 * the urgent-help word list (a separate chunk, fetched by `warm()` when the patient starts on the
 * form) and makes one polite announcement: the urgent-help message when a comment has just come to
 * read as urgent, else the characters left, as the NHS character count does.
 */
export class TypingController<K extends string> implements ReactiveController {
  /** The first answer that reads as urgent, if any: the form shows where to get help now, under it. */
  urgentIn: K | null = null;
  #check?: Promise<Check>;
  #timer?: ReturnType<typeof setTimeout>;

  readonly #host: ReactiveControllerHost;
  /** Awaited before showing anything: the text the message needs. */
  readonly #textReady: () => Promise<void>;
  readonly #announce: (urgentNow: boolean) => void;

  constructor(host: ReactiveControllerHost, textReady: () => Promise<void>, announce: (urgentNow: boolean) => void) {
    this.#host = host;
    this.#textReady = textReady;
    this.#announce = announce;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  warm(): Promise<Check> {
    this.#check ??= import('../urgent/urgent-check.js').then(
      (m) => m.looksUrgent,
      () => {
        this.#check = undefined;
        return () => false;
      },
    );
    return this.#check;
  }

  /** The patient typed: check `answers` once typing pauses. */
  typed(answers: [K, string][]): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(async () => {
      const [check] = await Promise.all([this.warm(), this.#textReady()]);
      const urgentIn = answers.find(([, text]) => check(text))?.[0] ?? null;
      const urgentNow = urgentIn !== null && this.urgentIn === null;
      this.urgentIn = urgentIn;
      this.#host.requestUpdate();
      this.#announce(urgentNow);
    }, PAUSE_MS);
  }
}
