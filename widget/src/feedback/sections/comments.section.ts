import { html, nothing } from 'lit';
import type { PracticeSettings } from '../../api/practice-api.js';
import { plural } from '../../i18n/format.js';
import type { FormView } from '../form-state.js';

/** The API's limit on one answer, in UTF-16 code units (what `maxlength` counts too). */
export const COMMENT_MAX = 2000;

export type QuestionKey = 'good' | 'better';

export function remaining(v: FormView, key: QuestionKey): string {
  return plural(v.t.charactersRemaining, COMMENT_MAX - v.answers[key].length, v.t.lang);
}

/** Where to get help now: shown under an answer as soon as it reads as urgent. Sending stays possible. */
function urgentHelp(v: FormView) {
  const t = v.t;
  return html`<div class="urgent" part="urgent">
    <h2>${t.urgentTitle}</h2>
    <p>${t.urgentNotRead}</p>
    <p><strong>${t.urgent999}</strong></p>
    <p>${t.urgentMentalHealth}</p>
    <p>${t.urgentStillSend}</p>
  </div>`;
}

/** The urgent-help message as one announcement. */
export function urgentAnnouncement(v: FormView): string {
  const t = v.t;
  return [t.urgentTitle, t.urgent999, t.urgentMentalHealth, t.urgentStillSend].join(' ');
}

/**
 * The practice's two free-text questions, in its own wording when it has some (shown as given),
 * else the translated defaults; each with an NHS character count.
 */
export function comments(
  v: FormView,
  practice: PracticeSettings | null,
  urgentIn: QuestionKey | null,
  onInput: (key: QuestionKey, text: string) => void,
) {
  return (['good', 'better'] as const).map(
    (key) =>
      html`<div class="group">
          <label class="label" for=${key}>${practice?.questions?.[key] || v.t[key]} ${v.t.optional}</label>
          <textarea
            id=${key}
            part="comment"
            name=${key}
            rows="4"
            maxlength=${COMMENT_MAX}
            aria-describedby="personal-hint ${key}-count"
            .value=${v.answers[key]}
            @input=${(e: Event) => onInput(key, (e.target as HTMLTextAreaElement).value)}
          ></textarea>
          <p class="hint count" id="${key}-count" part="count">${remaining(v, key)}</p>
        </div>
        ${urgentIn === key ? urgentHelp(v) : nothing}`,
  );
}
