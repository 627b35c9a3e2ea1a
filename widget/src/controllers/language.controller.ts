import type { LitElement, ReactiveController } from 'lit';
import { en, type Strings } from '../i18n/en.js';
import { loadStrings, matchLanguage, type LanguageCode } from '../i18n/languages.js';

/**
 * Which language the widget speaks, and its strings. In order of preference: the patient's pick
 * in the widget's own picker, the `lang` attribute on the element, the nearest `lang` around it
 * (usually `<html lang>`), then English. Other languages load on demand; until the first one
 * arrives `ready` is false, so a Polish page never flashes an English form.
 *
 * English starts with the bundled form text only: the rest (`LaterStrings`: the urgent-help message,
 * what is said after sending) is fetched by `complete()`, which everything that shows that text
 * awaits first, and which the form calls as soon as the patient starts.
 */
export class LanguageController implements ReactiveController {
  strings = en as Strings;
  ready = true;
  #completing?: Promise<void>;
  #picked?: LanguageCode;
  #wanted: LanguageCode = 'en';

  readonly #host: LitElement;

  constructor(host: LitElement) {
    this.#host = host;
    host.addController(this);
  }

  get code(): LanguageCode {
    return matchLanguage(this.strings.lang) ?? 'en';
  }

  hostConnected(): void {
    this.#update();
  }

  /** Follow the element's or the page's language, dropping any pick (the site changed `lang`). */
  follow(): void {
    this.#picked = undefined;
    this.#update();
  }

  #update(): void {
    const around = this.#host.closest<HTMLElement>('[lang]')?.lang || document.documentElement.lang;
    void this.#use(this.#picked ?? matchLanguage(around) ?? 'en');
  }

  /** Whether `strings` has every key yet. */
  get isComplete(): boolean {
    return 'sentTitle' in this.strings;
  }

  /** Make sure `strings` has every key, fetching the rest of English if need be. */
  complete(): Promise<void> {
    if (this.isComplete) return Promise.resolve();
    this.#completing ??= loadStrings('en').then(
      (strings) => {
        if (this.strings.lang === 'en') this.strings = strings;
        this.#host.requestUpdate();
      },
      () => {
        // Offline before the chunk arrived: the next call tries again.
        this.#completing = undefined;
      },
    );
    return this.#completing;
  }

  /** The patient chose a language in the picker. */
  pick(code: LanguageCode): Promise<void> {
    this.#picked = code;
    return this.#use(code);
  }

  async #use(code: LanguageCode): Promise<void> {
    this.#wanted = code;
    if (code === this.code) return;
    if (!this.#host.hasUpdated) this.ready = false;
    let strings = en as Strings;
    try {
      strings = await loadStrings(code);
    } catch {
      // The chunk could not be fetched (offline, blocked): English is better than no form.
    }
    if (this.#wanted !== code) return;
    this.strings = strings;
    this.ready = true;
    this.#host.requestUpdate();
  }
}
