import { html } from 'lit';
import type { Strings } from '../../i18n/en.js';
import { LANGUAGES, offeredLanguages, type LanguageCode } from '../../i18n/languages.js';

/**
 * The language picker: the practice's languages (`offered`; all when undefined), each in its own
 * name, marked with its `lang` for screen readers.
 */
export function languagePicker(
  t: Strings,
  current: LanguageCode,
  offered: readonly string[] | undefined,
  onPick: (code: LanguageCode) => void,
) {
  return html`<div class="language">
    <label for="language">${t.language}</label>
    <select
      id="language"
      part="language"
      @change=${(e: Event) => onPick((e.target as HTMLSelectElement).value as LanguageCode)}
    >
      ${offeredLanguages(offered, current).map(
        (code) => html`<option value=${code} lang=${code} ?selected=${code === current}>${LANGUAGES[code]}</option>`,
      )}
    </select>
  </div>`;
}
