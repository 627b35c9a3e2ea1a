import { html } from 'lit';
import { AGE_BANDS, RESPONDENT_ROLES } from '../../../../backend/src/domain/feedback.js';
import type { FormView } from '../form-state.js';
import { radios } from './controls.js';

/** The optional "about you" questions, asked only when the practice has switched them on. */
export function aboutYou(v: FormView) {
  const t = v.t;
  return html`<div class="section" part="about-you">
    <h2>${t.aboutTitle}</h2>
    <p class="hint">${t.aboutHint}</p>
    ${radios(v, 'ageBand', t.ageBand, AGE_BANDS, t.ageBands)} ${radios(v, 'role', t.role, RESPONDENT_ROLES, t.roles)}
  </div>`;
}
