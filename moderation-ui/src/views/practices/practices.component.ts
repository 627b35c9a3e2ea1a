import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PracticeSummary } from '../../api/staff-types.js';
import { routeHash } from '../../app/router.js';
import { StaffView } from '../../shared/staff-view.js';

const PAGE_SIZE = 100;

/** PCN or ICB as the API gives it: a name, a code, or both. */
export function areaText(area: PracticeSummary['pcn']): string {
  if (!area) return '';
  if (typeof area === 'string') return area;
  return area.name ? `${area.name} (${area.code})` : area.code;
}

/**
 * The practices the user may see, with a search by name, code or postcode (`#/practices?q=…`).
 *
 * @tag yyg-practices
 */
export class YygPractices extends StaffView {
  /** The route's query: `q=…`. */
  @property() query = '';
  @state() private items: PracticeSummary[] | null = null;
  @state() private failed = '';
  @state() private q = '';
  @state() private next: string | null = null;
  @state() private loading = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query')) {
      this.q = new URLSearchParams(this.query).get('q') ?? '';
      void this.load();
    }
  }

  private async load(more = false): Promise<void> {
    this.loading = true;
    try {
      const page = await this.client.practicesPage(this.q, PAGE_SIZE, more ? this.next : null);
      const before = more ? (this.items ?? []) : [];
      this.items = [...before, ...page.items];
      this.next = page.next;
      this.failed = '';
      if (more && page.items.length) await this.focusAfterRender(`a[data-code="${CSS.escape(page.items[0].code)}"]`);
    } catch (error) {
      this.failed = this.problemsFrom(error, {}, 'The practices could not be loaded.')
        .map((p) => p.message)
        .join(' ');
    } finally {
      this.loading = false;
    }
  }

  private onSearch(event: SubmitEvent): void {
    event.preventDefault();
    const q = String(new FormData(event.target as HTMLFormElement).get('q') ?? '').trim();
    const hash = routeHash('practices', '', q ? new URLSearchParams({ q }).toString() : '');
    if (location.hash === hash) void this.load();
    else location.hash = hash;
  }

  protected override render() {
    const items = this.items;
    return html`<h1 tabindex="-1">Practices</h1>
      <form role="search" @submit=${this.onSearch}>
        <div class="group">
          <label for="practice-search">Search practices</label>
          <p class="hint" id="practice-search-hint">By name, ODS code or postcode</p>
          <input id="practice-search" name="q" type="search" .value=${this.q} aria-describedby="practice-search-hint" />
        </div>
        <button type="submit">Search</button>
      </form>
      ${this.failed ? html`<div class="callout callout--error"><p>${this.failed}</p></div>` : nothing}
      <p role="status">
        ${
          items
            ? `${items.length}${this.next ? ' or more' : ''} ${items.length === 1 ? 'practice' : 'practices'}${this.q ? ` match “${this.q}”` : ''}`
            : ''
        }
      </p>
      ${
        items && items.length
          ? html`<div class="table-scroll" role="region" aria-labelledby="practices-caption" tabindex="0">
              <table>
                <caption id="practices-caption" class="visually-hidden">
                  Practices
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Practice</th>
                    <th scope="col">ODS code</th>
                    <th scope="col">Postcode</th>
                    <th scope="col">Primary care network</th>
                    <th scope="col">ICB</th>
                  </tr>
                </thead>
                <tbody>
                  ${items.map(
                    (p) =>
                      html`<tr>
                        <th scope="row"><a href=${routeHash('practice', p.code)} data-code=${p.code}>${p.name}</a></th>
                        <td>${p.code}</td>
                        <td>${p.postcode ?? ''}</td>
                        <td>${areaText(p.pcn)}</td>
                        <td>${areaText(p.icb)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : nothing
      }
      ${
        this.next
          ? html`<button
              type="button"
              class="secondary"
              aria-disabled=${this.loading ? 'true' : 'false'}
              @click=${() => !this.loading && this.load(true)}
            >
              More practices
            </button>`
          : nothing
      }`;
  }
}
