import { html, nothing } from 'lit';
import type { Answers, FormView } from '../form-state.js';

/** An NHS inline error message, with its visually hidden "Error:" prefix. */
export function errorMessage(v: FormView, id: string, text: string) {
  return html`<p class="error-message" id=${id}><span class="visually-hidden">${v.t.errorPrefix}</span> ${text}</p>`;
}

type RadioKey = 'rating' | 'ageBand' | 'role';

/**
 * A radio group as a fieldset with a legend, one 44px radio per answer. Ids are `${key}-${value}`,
 * so the error summary can link to the first answer.
 */
export function radios<K extends RadioKey>(
  v: FormView,
  key: K,
  legend: string,
  values: readonly NonNullable<Answers[K]>[],
  labels: Record<NonNullable<Answers[K]>, string>,
  large = false,
) {
  const problem = key === 'rating' ? v.problem('rating') : undefined;
  return html`<div class="group ${problem ? 'group--error' : ''}">
    <fieldset part="fieldset" aria-describedby=${problem ? `${key}-error` : nothing}>
      <legend part="legend" class=${large ? 'legend--large' : ''}>${legend}</legend>
      ${problem ? errorMessage(v, `${key}-error`, v.t[problem.message]) : nothing}
      <div class="options">
        ${values.map(
          (value) =>
            html`<div class="option" part="option">
              <input
                type="radio"
                id="${key}-${value}"
                name=${key}
                .value=${value}
                .checked=${v.answers[key] === value}
                @change=${() => v.change(key, value)}
              />
              <label for="${key}-${value}">${labels[value]}</label>
            </div>`,
        )}
      </div>
    </fieldset>
  </div>`;
}

/** A labelled one-line text input, with its inline error when it has one. */
export function textField(
  v: FormView,
  key: 'name' | 'email' | 'phone',
  label: string,
  type: string,
  autocomplete: string,
) {
  const problem = key === 'name' ? undefined : v.problem(key);
  return html`<div class="group ${problem ? 'group--error' : ''}">
    <label class="label" for=${key}>${label}</label>
    ${problem ? errorMessage(v, `${key}-error`, v.t[problem.message]) : nothing}
    <input
      class="input"
      part="input"
      id=${key}
      name=${key}
      type=${type}
      autocomplete=${autocomplete}
      spellcheck="false"
      aria-describedby=${problem ? `${key}-error` : nothing}
      .value=${v.answers[key]}
      @input=${(e: Event) => v.change(key, (e.target as HTMLInputElement).value)}
    />
  </div>`;
}
