import { html, nothing } from 'lit';
import type { FormView } from '../form-state.js';
import { textField } from './controls.js';

/**
 * The request to be contacted, set apart from the feedback. Nothing here is sent unless the patient
 * ticks the box (explicit consent); the fields appear only then (NHS conditional reveal), and once
 * their text has arrived (English keeps it in the later chunk, fetched as the patient starts).
 */
export function contact(v: FormView) {
  const t = v.t;
  const consent = v.answers.consent;
  return html`<div class="section" part="contact">
    <h2>${t.contactTitle}</h2>
    <p class="hint" id="contact-hint">${t.contactHint}</p>
    <div class="option" part="option">
      <input
        type="checkbox"
        id="consent"
        name="consent"
        aria-controls="contact-details"
        aria-describedby="contact-hint"
        .checked=${consent}
        @change=${(e: Event) => v.change('consent', (e.target as HTMLInputElement).checked)}
      />
      <label for="consent">${t.contactConsent}</label>
    </div>
    <div class="reveal" id="contact-details" ?hidden=${!consent}>
      ${
        consent && v.complete
          ? html`<p class="hint">${t.contactConsentHint}</p>
              ${textField(v, 'name', `${t.name} ${t.optional}`, 'text', 'name')}
              ${textField(v, 'email', t.email, 'email', 'email')} ${textField(v, 'phone', t.phone, 'tel', 'tel')}`
          : nothing
      }
    </div>
  </div>`;
}
