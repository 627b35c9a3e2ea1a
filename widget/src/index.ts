/**
 * The widget bundle's entry. Loading it defines `<yyg-feedback>` and nothing else: it has no
 * runtime exports, so the IIFE build adds no global besides the custom element. Reach the class
 * through `customElements.get('yyg-feedback')`.
 */
import './feedback/feedback.js';

export type { YygFeedback } from './feedback/feedback.component.js';
export type { Strings as FeedbackStrings } from './i18n/en.js';
