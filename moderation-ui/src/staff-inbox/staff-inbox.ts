import { YygStaffInbox } from './staff-inbox.component.js';

export { YygStaffInbox };

// Defined once, like the widget, so loading the script twice does no harm.
if (!customElements.get('yyg-staff-inbox')) customElements.define('yyg-staff-inbox', YygStaffInbox);

declare global {
  interface HTMLElementTagNameMap {
    'yyg-staff-inbox': YygStaffInbox;
  }
}
