import { YygFeedback } from './feedback.component.js';

export { YygFeedback };

// A practice may paste the snippet twice, or load both the ES and the IIFE build: the second copy
// must leave the first definition in place rather than throw "already been defined".
if (!customElements.get('yyg-feedback')) customElements.define('yyg-feedback', YygFeedback);

declare global {
  interface HTMLElementTagNameMap {
    'yyg-feedback': YygFeedback;
  }
}
