import { html } from 'lit';
import { SHORTCUTS } from '../../shared/shortcuts.js';

/**
 * The keyboard shortcuts as a modal `<dialog>` (Escape closes it; focus stays inside while open),
 * with the switch that turns single-key shortcuts off (WCAG 2.2 SC 2.1.4).
 */
export function shortcutHelp(
  on: boolean,
  handlers: { toggle: (event: Event) => void; close: () => void; closed: () => void },
) {
  return html`<dialog id="shortcut-help" aria-labelledby="shortcut-help-title" @close=${handlers.closed}>
    <h2 id="shortcut-help-title">Keyboard shortcuts</h2>
    <p>These work on the inbox when you are not typing in a box.</p>
    <table>
      <caption class="visually-hidden">
        Shortcut keys
      </caption>
      <thead>
        <tr>
          <th scope="col">Key</th>
          <th scope="col">What it does</th>
        </tr>
      </thead>
      <tbody>
        ${SHORTCUTS.map(
          (s) =>
            html`<tr>
              <td>${s.keys.map((k, i) => html`${i ? ' or ' : ''}<kbd>${k}</kbd>`)}</td>
              <td>${s.what}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <div class="choice">
      <input id="shortcuts-on" type="checkbox" .checked=${on} @change=${handlers.toggle} />
      <label for="shortcuts-on"
        >Use single-key shortcuts (turn off if they get in the way of your screen reader or speech software)</label
      >
    </div>
    <button type="button" @click=${handlers.close}>Close</button>
  </dialog>`;
}
