import { html, nothing } from 'lit';
import { CHANNELS, RATINGS, type Field } from './assisted-entry.fields.js';
import { describedBy, errorText, problemFor, type EntryView } from './assisted-entry.template.js';

/** The form for one patient's feedback: channel, form number, date, answer, comments and consent. */
export function renderEntryForm(view: EntryView) {
  const group = (field: Field) => `group ${problemFor(view, field) ? 'group--error' : ''}`;
  return html`
    <form novalidate @submit=${(e: Event) => view.save(e)} @keydown=${(e: KeyboardEvent) => view.onFormKey(e)}>
      <fieldset class=${group('channel')} aria-describedby=${describedBy(view, 'channel')}>
        <legend>How was the feedback given?</legend>
        ${errorText(view, 'channel')}
        ${CHANNELS.map(
          ([value, label]) =>
            html`<div class="radio">
              <input
                type="radio"
                name="channel"
                id="channel-${value}"
                .value=${value}
                .checked=${view.channel === value}
                @change=${() => view.set('channel', value)}
              />
              <label for="channel-${value}">${label}</label>
            </div>`,
        )}
      </fieldset>
      ${
        view.channel === 'paper'
          ? html`<div class=${group('formNumber')}>
              <label for="form-number">Form number (optional)</label>
              <p class="hint" id="form-number-hint">
                Printed on the form, like F-7K3Q9X. It stops the same form being entered twice.
              </p>
              ${errorText(view, 'formNumber')}
              <input
                id="form-number"
                class="input--short input--code"
                autocomplete="off"
                spellcheck="false"
                .value=${view.formNumber}
                @input=${(e: Event) => view.set('formNumber', (e.target as HTMLInputElement).value)}
                aria-invalid=${problemFor(view, 'formNumber') ? 'true' : 'false'}
                aria-describedby=${describedBy(view, 'formNumber', 'form-number-hint')}
              />
            </div>`
          : nothing
      }
      <div class=${group('formDate')}>
        <label for="form-date">Date of the ${view.channel === 'telephone' ? 'call' : 'form'}</label>
        <p class="hint" id="form-date-hint">For example, 21/11/2026. It stays the same for the next one.</p>
        ${errorText(view, 'formDate')}
        <input
          id="form-date"
          class="input--short"
          inputmode="numeric"
          autocomplete="off"
          .value=${view.formDate}
          @input=${(e: Event) => view.set('formDate', (e.target as HTMLInputElement).value)}
          aria-invalid=${problemFor(view, 'formDate') ? 'true' : 'false'}
          aria-describedby=${describedBy(view, 'formDate', 'form-date-hint')}
        />
      </div>
      <fieldset
        class=${group('rating')}
        @keydown=${(e: KeyboardEvent) => view.onRatingKey(e)}
        aria-describedby=${describedBy(view, 'rating', 'rating-hint')}
      >
        <legend>Overall, how was the patient’s experience of our service?</legend>
        <p class="hint" id="rating-hint">Press 1 to 6 to choose.</p>
        ${errorText(view, 'rating')}
        ${RATINGS.map(
          ([value, label], i) =>
            html`<div class="radio">
              <input
                type="radio"
                name="rating"
                id="rating-${value}"
                .value=${value}
                .checked=${view.rating === value}
                @change=${() => view.set('rating', value)}
              />
              <label for="rating-${value}">${i + 1}. ${label}</label>
            </div>`,
        )}
      </fieldset>
      <div class="group">
        <label for="answer-good">${view.questionGood} (optional)</label>
        <textarea
          id="answer-good"
          maxlength="2000"
          .value=${view.good}
          @input=${(e: Event) => view.set('good', (e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
      <div class="group">
        <label for="answer-better">${view.questionBetter} (optional)</label>
        <textarea
          id="answer-better"
          maxlength="2000"
          .value=${view.better}
          @input=${(e: Event) => view.set('better', (e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
      <div class=${group('agreed')}>
        ${errorText(view, 'agreed')}
        <div class="checkbox">
          <input
            type="checkbox"
            id="agreed"
            .checked=${view.agreed}
            @change=${(e: Event) => view.set('agreed', (e.target as HTMLInputElement).checked)}
            aria-invalid=${problemFor(view, 'agreed') ? 'true' : 'false'}
            aria-describedby=${describedBy(view, 'agreed')}
          />
          <label for="agreed">The patient agreed to this feedback being given and these are their words</label>
        </div>
      </div>
      <button type="submit" aria-disabled=${view.saving ? 'true' : 'false'}>Save and enter the next one</button>
      <button type="button" class="secondary" @click=${() => view.clearAndNext()}>Clear this form</button>
    </form>
  `;
}
