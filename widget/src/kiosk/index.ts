/**
 * The kiosk bundle's entry (`/kiosk-app/kiosk.js`), built apart from the widget by
 * widget/vite.kiosk.config.ts: `<yyg-feedback>` with the kiosk's queue as its delivery, and
 * `<yyg-kiosk>` around it. Never part of widget.js, so the widget's budget is untouched.
 */
import '../feedback/feedback.js';
import './kiosk.element.js';
