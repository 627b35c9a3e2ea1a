import { html, nothing } from 'lit';
import type { Facets, InboxFilters, PracticeSummary } from '../../api/staff-types.js';
import { FILTER_VALUES, labelFor } from '../../shared/labels.js';
import { FIELD_TITLES, LIST_FIELDS, type ListField } from './inbox-filters.js';

export interface FilterHandlers {
  toggle(field: ListField, value: string, on: boolean): void;
  date(which: 'from' | 'to', value: string): void;
  practice(code: string): void;
  clear(): void;
}

function valuesFor(field: ListField, facets: Facets, filters: InboxFilters): string[] {
  if (field !== 'language') return FILTER_VALUES[field];
  const seen = new Set([...Object.keys(facets.language ?? {}), ...filters.language]);
  return [...seen].sort((a, b) => labelFor('language', a).localeCompare(labelFor('language', b)));
}

/**
 * One fieldset of checkboxes per filter, each value labelled with how many items it would give
 * (`facets`: counted with that filter's own choice left out, so the numbers say what a click
 * does). Values with no items stay listed, greyed by their count of 0, so the layout never jumps.
 */
function group(field: ListField, facets: Facets, filters: InboxFilters, on: FilterHandlers) {
  const values = valuesFor(field, facets, filters);
  if (!values.length) return nothing;
  return html`<fieldset class="filter-group">
    <legend>${FIELD_TITLES[field]}</legend>
    ${values.map((value) => {
      const id = `filter-${field}-${value}`;
      const count = facets[field]?.[value] ?? 0;
      const checked = filters[field].includes(value);
      return html`<div class="choice choice--small">
        <input
          type="checkbox"
          id=${id}
          .checked=${checked}
          @change=${(e: Event) => on.toggle(field, value, (e.target as HTMLInputElement).checked)}
        />
        <label for=${id}>${labelFor(field, value)} <span class="count">(${count.toLocaleString('en-GB')})</span></label>
      </div>`;
    })}
  </fieldset>`;
}

export function practicePicker(filters: InboxFilters, practices: PracticeSummary[], on: FilterHandlers) {
  if (practices.length < 2) return nothing;
  const current = filters.practice[0] ?? '';
  return html`<div class="group">
    <label for="inbox-practice">Practice</label>
    <select id="inbox-practice" @change=${(e: Event) => on.practice((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${current === ''}>All your practices</option>
      ${practices.map(
        (p) => html`<option value=${p.code} ?selected=${current === p.code}>${p.name} (${p.code})</option>`,
      )}
    </select>
  </div>`;
}

export function filterPanel(filters: InboxFilters, facets: Facets, on: FilterHandlers) {
  return html`<div class="filters" id="inbox-filters">
    <fieldset class="filter-group filter-dates">
      <legend>Date received</legend>
      <div class="dates">
        <div class="group">
          <label for="filter-from">From</label>
          <input
            type="date"
            id="filter-from"
            class="input--short"
            .value=${filters.from}
            @change=${(e: Event) => on.date('from', (e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="group">
          <label for="filter-to">To</label>
          <input
            type="date"
            id="filter-to"
            class="input--short"
            .value=${filters.to}
            @change=${(e: Event) => on.date('to', (e.target as HTMLInputElement).value)}
          />
        </div>
      </div>
    </fieldset>
    <div class="filter-grid">${LIST_FIELDS.map((field) => group(field, facets, filters, on))}</div>
    <button type="button" class="secondary" @click=${() => on.clear()}>Clear filters</button>
  </div>`;
}
