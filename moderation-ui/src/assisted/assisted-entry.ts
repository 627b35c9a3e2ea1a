import { YygAssistedEntry } from './assisted-entry.component.js';

export { YygAssistedEntry };
export { parseFormDate } from './assisted-entry.check.js';

// Defined once, like the widget, so loading the script twice does no harm.
if (!customElements.get('yyg-assisted-entry')) customElements.define('yyg-assisted-entry', YygAssistedEntry);

declare global {
  interface HTMLElementTagNameMap {
    'yyg-assisted-entry': YygAssistedEntry;
  }
}
