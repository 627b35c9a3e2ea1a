import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { queryString } from '../../api/staff-client.js';
import type { Facets, FeedbackItem, InboxFilters, PracticeSummary } from '../../api/staff-types.js';
import { routeHash } from '../../app/router.js';
import { plural } from '../../shared/format.js';
import { labelFor } from '../../shared/labels.js';
import { isTypingOrModified, setShortcutsOn, shortcutsOn } from '../../shared/shortcuts.js';
import { StaffView } from '../../shared/staff-view.js';
import { staffStyles } from '../../shared/staff.styles.js';
import {
  activeFilterCount,
  emptyFilters,
  FIELD_TITLES,
  LIST_FIELDS,
  parseFilters,
  serialiseFilters,
} from './inbox-filters.js';
import { filterPanel, practicePicker, type FilterHandlers } from './inbox-filters.template.js';
import { resultItem } from './inbox-result.template.js';
import { inboxStyles } from './inbox.styles.js';
import { shortcutHelp } from './shortcut-help.template.js';

const PAGE_SIZE = 25;

/**
 * The feedback inbox: search, filters with counts, results newest first a page at a time. The
 * filters live in the route (`#/inbox?q=…&rating=poor`), so a view can be bookmarked and the back
 * button undoes a filter. Single-key shortcuts: / search, j/k move, o or Enter opens, ? help.
 *
 * @tag yyg-inbox
 */
export class YygInbox extends StaffView {
  static override styles = [staffStyles, inboxStyles];

  /** The route's query: the filters and search. */
  @property() query = '';

  @state() private filters: InboxFilters = emptyFilters();
  @state() private items: FeedbackItem[] = [];
  @state() private total: number | null = null;
  @state() private facets: Facets = {};
  @state() private next: string | null = null;
  @state() private loading = false;
  @state() private loadFailed = '';
  @state() private filtersOpen = false;
  @state() private announcement = '';
  @state() private practices: PracticeSummary[] = [];
  @state() private shortcuts = shortcutsOn();
  @state() private current = -1;

  @query('#shortcut-help') private dialog?: HTMLDialogElement;

  private loads = 0;
  private loadedQuery: string | null = null;
  private dialogOpener: HTMLElement | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.onKey);
    void this.loadPractices();
  }

  override disconnectedCallback(): void {
    document.removeEventListener('keydown', this.onKey);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('query') || this.loadedQuery === null) && this.client) {
      const filters = parseFilters(this.query);
      const key = serialiseFilters(filters);
      if (key !== this.loadedQuery) {
        // Opened from a bookmark with filters on: show them.
        if (this.loadedQuery === null && activeFilterCount(filters) > 0) this.filtersOpen = true;
        this.filters = filters;
        this.loadedQuery = key;
        void this.load('first');
      }
    }
  }

  private async loadPractices(): Promise<void> {
    if (!this.client) return;
    try {
      const practices = await this.client.practices();
      const mine = this.user?.practiceCodes.filter((c) => c !== '*') ?? [];
      // A practice-scoped user picks among their own; ICB-wide roles among all they may read.
      this.practices = mine.length && !mine.includes('*') ? practices.filter((p) => mine.includes(p.code)) : practices;
    } catch {
      this.practices = [];
    }
  }

  private practiceName(code: string): string {
    return this.practices.find((p) => p.code === code)?.name ?? `Practice ${code}`;
  }

  /** Go to these filters: through the route, so the address bar always says what is shown. */
  private go(filters: InboxFilters): void {
    const hash = routeHash('inbox', '', serialiseFilters(filters));
    if (location.hash === hash) void this.load('first');
    else location.hash = hash;
  }

  private async load(which: 'first' | 'more'): Promise<void> {
    const seq = ++this.loads;
    this.loading = true;
    this.loadFailed = '';
    if (which === 'first') this.announcement = 'Loading feedback…';
    try {
      const page = await this.client.inbox(this.filters, which === 'more' ? this.next : null, PAGE_SIZE);
      if (seq !== this.loads) return;
      const before = which === 'more' ? this.items.length : 0;
      const known = new Set(which === 'more' ? this.items.map((i) => i.id) : []);
      this.items = [...(which === 'more' ? this.items : []), ...page.items.filter((i) => !known.has(i.id))];
      this.total = page.total;
      this.facets = page.facets ?? {};
      this.next = page.next;
      if (which === 'first') this.current = -1;
      this.announcement =
        which === 'more'
          ? `${plural(this.items.length - before, 'more item', 'more items')} shown, ${this.items.length} of ${page.total}`
          : this.totalText();
      if (which === 'more' && this.items.length > before) {
        this.current = before;
        await this.focusAfterRender(`.result-link[data-index="${before}"]`);
      }
    } catch (error) {
      if (seq !== this.loads) return;
      const problems = this.problemsFrom(error, {}, 'The feedback could not be loaded. Try again in a few minutes.');
      this.loadFailed = problems.map((p) => p.message).join(' ');
      this.announcement = this.loadFailed;
    } finally {
      if (seq === this.loads) this.loading = false;
    }
  }

  private totalText(): string {
    if (this.total === null) return '';
    if (this.total === 0) return 'No feedback matches';
    return `${plural(this.total, 'feedback item', 'feedback items')}${this.filters.q || activeFilterCount(this.filters) ? ' match' : ''}, newest first`;
  }

  private readonly handlers: FilterHandlers = {
    toggle: (field, value, on) => {
      const values = new Set(this.filters[field]);
      if (on) values.add(value);
      else values.delete(value);
      this.go({ ...this.filters, [field]: [...values] });
    },
    date: (which, value) => this.go({ ...this.filters, [which]: value }),
    practice: (code) => this.go({ ...this.filters, practice: code ? [code] : [] }),
    clear: () => this.go({ ...emptyFilters(), q: this.filters.q }),
  };

  private onSearch(event: SubmitEvent): void {
    event.preventDefault();
    const q = String(new FormData(event.target as HTMLFormElement).get('q') ?? '').trim();
    this.go({ ...this.filters, q });
  }

  // Keyboard shortcuts ----------------------------------------------------------------------

  private readonly onKey = (event: KeyboardEvent): void => {
    if (!this.shortcuts || event.defaultPrevented || this.dialog?.open || isTypingOrModified(event)) return;
    const target = event.composedPath()[0];
    switch (event.key) {
      case '/':
        event.preventDefault();
        this.renderRoot.querySelector<HTMLInputElement>('#inbox-search')?.focus();
        break;
      case '?':
        event.preventDefault();
        this.openHelp();
        break;
      case 'j':
      case 'k':
        event.preventDefault();
        this.move(event.key === 'j' ? 1 : -1);
        break;
      case 'o':
        event.preventDefault();
        this.openCurrent();
        break;
      case 'Enter':
        // A focused link or button does its own thing; Enter elsewhere opens the current item.
        if (target instanceof HTMLElement && target.closest('a, button, input, select, textarea, summary')) return;
        if (this.current >= 0) {
          event.preventDefault();
          this.openCurrent();
        }
        break;
    }
  };

  private links(): HTMLAnchorElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLAnchorElement>('.result-link')];
  }

  private move(by: number): void {
    const links = this.links();
    if (!links.length) return;
    const focused = links.indexOf(this.shadowRoot?.activeElement as HTMLAnchorElement);
    const from = focused >= 0 ? focused : this.current;
    const to = from < 0 ? (by > 0 ? 0 : links.length - 1) : Math.min(links.length - 1, Math.max(0, from + by));
    this.current = to;
    links[to].focus();
    links[to].scrollIntoView({ block: 'nearest' });
  }

  private openCurrent(): void {
    const links = this.links();
    const focused = links.indexOf(this.shadowRoot?.activeElement as HTMLAnchorElement);
    const link = links[focused >= 0 ? focused : this.current];
    if (link) location.hash = link.getAttribute('href') ?? '';
  }

  private openHelp(): void {
    this.dialogOpener = (this.shadowRoot?.activeElement as HTMLElement | null) ?? null;
    this.dialog?.showModal();
  }

  private closeHelp(): void {
    this.dialog?.close();
  }

  private onHelpClosed(): void {
    const back = this.dialogOpener ?? this.renderRoot.querySelector<HTMLElement>('#shortcuts-button');
    back?.focus();
    this.dialogOpener = null;
  }

  private onShortcutsToggle(event: Event): void {
    this.shortcuts = (event.target as HTMLInputElement).checked;
    setShortcutsOn(this.shortcuts);
  }

  // Rendering -------------------------------------------------------------------------------

  private renderActiveFilters() {
    const chosen = LIST_FIELDS.flatMap((field) => this.filters[field].map((value) => ({ field, value })));
    if (!chosen.length && !this.filters.from && !this.filters.to) return nothing;
    return html`<ul class="tags" aria-label="Filters in use">
      ${chosen.map(
        ({ field, value }) =>
          html`<li>
            <button type="button" class="link" @click=${() => this.handlers.toggle(field, value, false)}>
              <span class="visually-hidden">Remove filter </span>${FIELD_TITLES[field]}: ${labelFor(field, value)} ×
            </button>
          </li>`,
      )}
      ${this.filters.from ? html`<li class="tag tag--grey">From ${this.filters.from}</li>` : nothing}
      ${this.filters.to ? html`<li class="tag tag--grey">To ${this.filters.to}</li>` : nothing}
    </ul>`;
  }

  protected override render() {
    const filterCount = activeFilterCount(this.filters);
    const csv = this.can('feedback:export')
      ? html`<a href="/api/v1/staff/feedback.csv${queryString({ ...this.filters })}" download>Download these as CSV</a>`
      : nothing;
    return html`<h1 tabindex="-1">Feedback inbox</h1>
      <form class="search" role="search" @submit=${this.onSearch}>
        <div class="group">
          <label for="inbox-search">Search feedback</label>
          <p class="hint" id="inbox-search-hint">
            Every word must appear, in any order. Press <kbd>/</kbd> to come back here.
          </p>
          <input
            id="inbox-search"
            name="q"
            type="search"
            maxlength="200"
            autocomplete="off"
            .value=${this.filters.q}
            aria-describedby="inbox-search-hint"
          />
        </div>
        <button type="submit">Search</button>
      </form>
      ${practicePicker(this.filters, this.practices, this.handlers)}
      <div class="toolbar">
        <button
          type="button"
          class="secondary"
          id="filters-button"
          aria-expanded=${this.filtersOpen ? 'true' : 'false'}
          aria-controls="inbox-filters"
          @click=${() => (this.filtersOpen = !this.filtersOpen)}
        >
          ${this.filtersOpen ? 'Hide filters' : 'Show filters'}${filterCount ? ` (${filterCount} on)` : ''}
        </button>
        <button type="button" class="secondary" id="shortcuts-button" @click=${this.openHelp}>
          Keyboard shortcuts
        </button>
        ${csv}
      </div>
      ${this.filtersOpen ? filterPanel(this.filters, this.facets, this.handlers) : nothing}
      ${this.renderActiveFilters()}
      ${
        this.shortcuts
          ? html`<ul class="shortcut-list" aria-label="Keyboard shortcuts">
              <li><kbd>/</kbd> search</li>
              <li><kbd>j</kbd> next</li>
              <li><kbd>k</kbd> previous</li>
              <li><kbd>o</kbd> or <kbd>Enter</kbd> open</li>
              <li><kbd>?</kbd> all shortcuts</li>
            </ul>`
          : nothing
      }
      <p class="total" role="status" aria-live="polite">${this.announcement}</p>
      ${this.loadFailed ? html`<div class="callout callout--error"><p>${this.loadFailed}</p></div>` : nothing}
      ${
        this.total === 0
          ? html`<p>Try fewer or different words, or remove a filter.</p>`
          : html`<ol class="results" aria-label="Feedback" aria-busy=${this.loading ? 'true' : 'false'}>
              ${this.items.map((item, index) =>
                resultItem(item, index, {
                  current: index === this.current,
                  practiceName: this.practiceName(item.practiceCode),
                  onFocus: () => (this.current = index),
                }),
              )}
            </ol>`
      }
      ${
        this.next
          ? html`<button
              type="button"
              class="secondary"
              id="load-more"
              aria-disabled=${this.loading ? 'true' : 'false'}
              @click=${() => !this.loading && void this.load('more')}
            >
              Load more feedback
            </button>`
          : nothing
      }
      ${shortcutHelp(this.shortcuts, {
        toggle: (e) => this.onShortcutsToggle(e),
        close: () => this.closeHelp(),
        closed: () => this.onHelpClosed(),
      })}`;
  }
}
