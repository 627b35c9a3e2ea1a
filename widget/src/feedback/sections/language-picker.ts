import { html } from 'lit';
import type { Strings } from '../../i18n/en.js';
import { LANGUAGES, type LanguageCode } from '../../i18n/languages.js';

/** The language picker: every language in its own name, marked with its `lang` for screen readers. */
export function languagePicker(t: Strings, current: LanguageCode, onPick: (code: LanguageCode) => void) {
  return html`<div class="language">
    <label for="language">${t.language}</label>
    <select
      id="language"
      part="language"
      @change=${(e: Event) => onPick((e.target as HTMLSelectElement).value as LanguageCode)}
    >
      ${Object.entries(LANGUAGES).map(
        ([code, name]) => html`<option value=${code} lang=${code} ?selected=${code === current}>${name}</option>`,
      )}
    </select>
  </div>`;
}
