import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { StaffClient } from '../api/staff-client.js';
import type { SessionView, StaffUserView } from '../api/staff-types.js';
import { roleLabel } from '../shared/labels.js';
import { staffStyles } from '../shared/staff.styles.js';
import { allowed, homeHash, NAV, parseRoute, routeHash, samePage, type Route, type RouteName } from './router.js';
import { staffAppStyles } from './staff-app.styles.js';

const SERVICE = 'You and Your GP staff';

const TITLES: Record<RouteName, string> = {
  home: 'Sign in',
  inbox: 'Feedback inbox',
  feedback: 'Feedback',
  audit: 'Audit log',
  users: 'Users',
  practices: 'Practices',
  practice: 'Practice',
  area: 'Area summary',
  invite: 'Set up your account',
  'not-found': 'Page not found',
};

/** Anything with the heading-focus method every view has. */
interface View extends HTMLElement {
  focusHeading?: () => Promise<void>;
}

/**
 * The staff app: checks the session, then shows the view the hash route names, with navigation
 * limited to what the user's permissions allow (the server checks every request anyway). On
 * each navigation focus goes to the new view's `<h1>` and the document title changes. A 401
 * from any staff request ends the session here too: back to sign in, with a message, and back to
 * the same page after.
 *
 * @tag yyg-staff-app
 */
export class YygStaffApp extends LitElement {
  static override styles = [staffStyles, staffAppStyles];

  @state() private user: StaffUserView | null = null;
  @state() private booting = true;
  @state() private route: Route = parseRoute(location.hash);
  @state() private notice = '';
  /** The session's timings, for the time-out warning. */
  @state() private timing: { idleMs: number; endsAt: number } | null = null;
  @state() private lastActivity = Date.now();

  private readonly client = new StaffClient({
    onUnauthorised: () => this.sessionEnded(),
    onActivity: () => (this.lastActivity = Date.now()),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    void this.boot();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    super.disconnectedCallback();
  }

  private async boot(): Promise<void> {
    try {
      const session = await this.client.session();
      this.user = session?.user ?? null;
      this.rememberTiming(session);
    } catch {
      this.notice = 'The server could not be reached. Check your connection, then reload the page.';
    }
    this.booting = false;
    this.goHomeIfNeeded();
    this.setTitle();
  }

  private readonly onHashChange = (): void => {
    const next = parseRoute(location.hash);
    const moved = !samePage(this.route, next);
    this.route = next;
    if (this.goHomeIfNeeded()) return;
    if (moved) void this.afterNavigation();
  };

  /** `#/` when signed in means the first view the user may see. */
  private goHomeIfNeeded(): boolean {
    if (this.user && this.route.name === 'home') {
      location.replace(homeHash(this.user.permissions));
      return true;
    }
    return false;
  }

  private setTitle(override?: string): void {
    const name: RouteName = this.route.name;
    let title = TITLES[name];
    if (!this.user && name !== 'invite') title = 'Sign in';
    else if (this.user && !allowed(this.route, this.user.permissions)) title = 'Page not available';
    document.title = `${override ?? title} – ${SERVICE}`;
  }

  /** Title first (screen readers may read it), then focus on the new view's heading. */
  private async afterNavigation(): Promise<void> {
    this.setTitle();
    await this.updateComplete;
    const view = this.renderRoot.querySelector<View>('main > *');
    await view?.focusHeading?.();
    if (!view?.focusHeading) this.renderRoot.querySelector<HTMLElement>('main h1')?.focus();
    window.scrollTo(0, 0);
  }

  private rememberTiming(session: SessionView | null): void {
    this.timing = session ? { idleMs: session.idleMinutes * 60_000, endsAt: Date.parse(session.expiresAt) } : null;
    this.lastActivity = Date.now();
  }

  private onSignedIn(event: CustomEvent<SessionView>): void {
    this.user = event.detail.user;
    this.rememberTiming(event.detail);
    this.notice = '';
    if (this.route.name === 'invite' || this.route.name === 'home') {
      // Replaced, not pushed: Back should not lead to a used invitation or the sign-in form.
      location.replace(homeHash(this.user.permissions));
      return;
    }
    // Back where they were when the session ended (the hash never changed).
    void this.afterNavigation();
  }

  private sessionEnded(): void {
    if (!this.user) return;
    this.user = null;
    this.notice = 'Your session has ended, so you have been signed out. Sign in again to carry on where you were.';
    void this.afterNavigation();
  }

  /** Idle too long: end the session on the server now (its clock may lag ours), then say so. */
  private timedOut(): void {
    void this.client.signOut().catch(() => undefined);
    this.sessionEnded();
  }

  private async stay(): Promise<void> {
    try {
      if (!(await this.client.session())) this.sessionEnded();
    } catch {
      // Offline for now: the next request will tell.
    }
  }

  private async signOut(): Promise<void> {
    try {
      await this.client.signOut();
    } catch {
      // Signed out here whatever the server said; its session ends by itself.
    }
    this.user = null;
    this.notice = 'You have signed out.';
    if (location.hash && location.hash !== '#/') location.hash = '#/';
    void this.afterNavigation();
  }

  private skipToMain(event: Event): void {
    // A #main link would change the route: move focus instead.
    event.preventDefault();
    const heading = this.renderRoot.querySelector<View>('main > *');
    if (heading?.focusHeading) void heading.focusHeading();
    else this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  }

  private onTitle(event: CustomEvent<string>): void {
    this.setTitle(event.detail);
  }

  private renderNav(user: StaffUserView) {
    const current =
      this.route.name === 'feedback' ? 'inbox' : this.route.name === 'practice' ? 'practices' : this.route.name;
    const entries = NAV.filter((entry) => entry.needs.some((action) => user.permissions.includes(action)));
    return html`<nav class="primary" aria-label="Primary">
      <div class="nav-inner">
        <ul>
          ${entries.map(
            (entry) =>
              html`<li>
                <a href=${routeHash(entry.name)} aria-current=${entry.name === current ? 'page' : nothing}
                  >${entry.label}</a
                >
              </li>`,
          )}
        </ul>
      </div>
    </nav>`;
  }

  private renderView() {
    const { client, user, route } = this;
    if (this.booting) return html`<p role="status">Loading…</p>`;
    if (route.name === 'invite' && !user) {
      return html`<yyg-invite .client=${client} .token=${route.param}></yyg-invite>`;
    }
    if (!user) return html`<yyg-sign-in .client=${client} .notice=${this.notice}></yyg-sign-in>`;
    if (route.name === 'not-found' || route.name === 'invite') {
      return html`<div>
        <h1 tabindex="-1">${route.name === 'invite' ? 'You are already signed in' : 'Page not found'}</h1>
        <p>
          ${
            route.name === 'invite'
              ? 'Sign out first to accept an invitation for someone else.'
              : 'Check the address, or go to '
          }
          ${route.name === 'invite' ? nothing : html`<a href=${homeHash(user.permissions)}>your start page</a>.`}
        </p>
      </div>`;
    }
    if (!allowed(route, user.permissions)) {
      return html`<div>
        <h1 tabindex="-1">Page not available</h1>
        <p>
          Your role, ${roleLabel(user.role)}, does not include this page.
          <a href=${homeHash(user.permissions)}>Go to your start page</a>.
        </p>
      </div>`;
    }
    switch (route.name) {
      case 'inbox':
        return html`<yyg-inbox .client=${client} .user=${user} .query=${route.query}></yyg-inbox>`;
      case 'feedback':
        return html`<yyg-feedback-item .client=${client} .user=${user} .feedbackId=${route.param}></yyg-feedback-item>`;
      case 'audit':
        return html`<yyg-audit .client=${client} .user=${user}></yyg-audit>`;
      case 'users':
        return html`<yyg-users .client=${client} .user=${user}></yyg-users>`;
      case 'practices':
        return html`<yyg-practices .client=${client} .user=${user} .query=${route.query}></yyg-practices>`;
      case 'practice':
        return html`<yyg-practice .client=${client} .user=${user} .code=${route.param}></yyg-practice>`;
      case 'area':
        return html`<yyg-area .client=${client} .user=${user} .query=${route.query}></yyg-area>`;
      default:
        return html`<p role="status">Loading…</p>`;
    }
  }

  protected override render() {
    const user = this.user;
    return html`<a class="skip-link" href="#main-content" @click=${this.skipToMain}>Skip to main content</a>
      <header class="header">
        <div class="header-inner">
          <a class="brand" href=${user ? homeHash(user.permissions) : '#/'}
            ><span class="logo" aria-hidden="true">NHS</span
            ><span>You and Your GP <span class="visually-hidden">–</span> staff</span></a
          >
          ${
            user
              ? html`<p class="who">
                  <span>${user.name}, ${roleLabel(user.role)}</span>
                  <button type="button" class="link" @click=${this.signOut}>Sign out</button>
                </p>`
              : nothing
          }
        </div>
      </header>
      ${user ? this.renderNav(user) : nothing}
      ${
        user && this.timing
          ? html`<yyg-session-timeout
              .idleMs=${this.timing.idleMs}
              .endsAt=${this.timing.endsAt}
              .lastActivity=${this.lastActivity}
              @yyg-stay=${this.stay}
              @yyg-sign-out=${this.signOut}
              @yyg-timed-out=${this.timedOut}
            ></yyg-session-timeout>`
          : nothing
      }
      <main id="main-content" tabindex="-1" @yyg-signed-in=${this.onSignedIn} @yyg-title=${this.onTitle}>
        ${this.renderView()}
      </main>
      <footer class="footer">
        <div class="footer-inner">
          <p>Feedback is health data: read it only for your work, and never copy it anywhere public.</p>
        </div>
      </footer>`;
  }
}
