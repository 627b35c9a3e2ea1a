import { StaffApiError, type FieldProblem } from './staff-api.error.js';
import type {
  AuditPage,
  ChainCheckView,
  FeedbackDetail,
  InboxFilters,
  InboxPage,
  InvitationView,
  ModerationChange,
  PracticeSettingsView,
  PracticeSummary,
  SessionView,
  StaffUserView,
  YouSaidWeDidView,
} from './staff-types.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Query = Record<string, string | string[] | number | undefined | null>;

export interface StaffClientOptions {
  /** Base URL of the API; empty for the page's own origin. */
  base?: string;
  /**
   * Called when a staff request answers 401: the session ended (idle, absolute limit, disabled,
   * signed out elsewhere). Not called for sign-in or the session check, where 401 is an answer.
   */
  onUnauthorised?: (error: StaffApiError) => void;
  /** Called when the server answered a request within the session (which resets its idle clock). */
  onActivity?: () => void;
  fetch?: typeof fetch;
}

/** Build `?a=1&a=2&b=x`, repeating a key for each value of a list and leaving out empty ones. */
export function queryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== undefined && one !== null && one !== '') params.append(key, String(one));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The body's message in either shape the API has used: `{ error: "..." }` or `{ error: { message } }`. */
function errorFrom(body: unknown, status: number): { message: string; fields: FieldProblem[] } {
  const b = (body ?? {}) as { error?: unknown; fields?: unknown };
  const inner = b.error && typeof b.error === 'object' ? (b.error as { message?: unknown; fields?: unknown }) : null;
  const message =
    typeof b.error === 'string' ? b.error : typeof inner?.message === 'string' ? inner.message : `HTTP ${status}`;
  const fields = (
    Array.isArray(b.fields) ? b.fields : Array.isArray(inner?.fields) ? inner.fields : []
  ) as FieldProblem[];
  return { message, fields: fields.filter((f) => f && typeof f.field === 'string') };
}

/**
 * The one place the staff app talks to the server: same-origin credentials (the session cookie),
 * the CSRF token on every state-changing request, JSON in and out, errors as `StaffApiError`, and
 * a 401 from the staff API reported once to `onUnauthorised`.
 */
export class StaffClient {
  /** From the session answer; sent as `X-CSRF-Token`. */
  csrfToken: string | null = null;
  private readonly base: string;
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: StaffClientOptions = {}) {
    this.base = (options.base ?? '').replace(/\/+$/, '');
    this.fetchImpl = options.fetch ?? ((...args) => fetch(...args));
  }

  async request<T>(
    method: Method,
    path: string,
    { query, body, sessionCheck = false }: { query?: Query; body?: unknown; sessionCheck?: boolean } = {},
  ): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && this.csrfToken) headers['X-CSRF-Token'] = this.csrfToken;
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.base}${path}${queryString(query)}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
        cache: 'no-store',
      });
    } catch {
      throw new StaffApiError('The server could not be reached. Check your connection and try again.', null);
    }
    const sessionPath = path.startsWith('/api/v1/staff') || path === '/api/v1/auth/session';
    if (sessionPath && response.status !== 401) this.options.onActivity?.();
    const text = await response.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    if (!response.ok) {
      const { message, fields } = errorFrom(parsed, response.status);
      const retry = Number(response.headers.get('Retry-After'));
      const error = new StaffApiError(
        message,
        response.status,
        fields,
        Number.isFinite(retry) && retry > 0 ? retry : null,
      );
      const staffPath = path.startsWith('/api/v1/staff') || path === '/api/v1/auth/sign-out';
      if (response.status === 401 && staffPath && !sessionCheck) {
        this.csrfToken = null;
        this.options.onUnauthorised?.(error);
      }
      throw error;
    }
    return parsed as T;
  }

  private remember(session: SessionView): SessionView {
    this.csrfToken = session.csrfToken;
    return session;
  }

  // Sessions and invitations ---------------------------------------------------------------

  async session(): Promise<SessionView | null> {
    try {
      return this.remember(await this.request<SessionView>('GET', '/api/v1/auth/session', { sessionCheck: true }));
    } catch (error) {
      if (error instanceof StaffApiError && error.status === 401) return null;
      throw error;
    }
  }

  async signIn(email: string, password: string): Promise<SessionView> {
    return this.remember(
      await this.request<SessionView>('POST', '/api/v1/auth/sign-in', { body: { email, password } }),
    );
  }

  async signOut(): Promise<void> {
    try {
      await this.request<void>('POST', '/api/v1/auth/sign-out', { sessionCheck: true });
    } finally {
      this.csrfToken = null;
    }
  }

  checkInvitation(token: string): Promise<InvitationView> {
    return this.request('POST', '/api/v1/auth/invitations/check', { body: { token } });
  }

  async acceptInvitation(token: string, password: string): Promise<SessionView> {
    return this.remember(
      await this.request<SessionView>('POST', '/api/v1/auth/invitations/accept', { body: { token, password } }),
    );
  }

  // Inbox and items ------------------------------------------------------------------------

  inbox(filters: InboxFilters, cursor: string | null, limit = 25): Promise<InboxPage> {
    const { q, ...rest } = filters;
    return this.request('GET', '/api/v1/staff/feedback', { query: { ...rest, q, cursor, limit } });
  }

  feedback(id: string): Promise<FeedbackDetail> {
    return this.request('GET', `/api/v1/staff/feedback/${encodeURIComponent(id)}`);
  }

  moderate(id: string, change: ModerationChange): Promise<unknown> {
    return this.request('PATCH', `/api/v1/staff/feedback/${encodeURIComponent(id)}/moderation`, { body: change });
  }

  respond(id: string, kind: 'public-reply' | 'private-note', text: string): Promise<unknown> {
    return this.request('POST', `/api/v1/staff/feedback/${encodeURIComponent(id)}/responses`, { body: { kind, text } });
  }

  // Audit ----------------------------------------------------------------------------------

  audit(query: {
    practice?: string;
    targetId?: string;
    before?: number | string | null;
    limit?: number;
  }): Promise<AuditPage> {
    return this.request('GET', '/api/v1/staff/audit', { query });
  }

  verifyAudit(): Promise<ChainCheckView> {
    return this.request('GET', '/api/v1/staff/audit/verify');
  }

  // Users ----------------------------------------------------------------------------------

  async users(): Promise<StaffUserView[]> {
    return (await this.request<{ items: StaffUserView[] }>('GET', '/api/v1/staff/users')).items;
  }

  async inviteUser(body: {
    email: string;
    name: string;
    role: string;
    practiceCodes: string[];
  }): Promise<StaffUserView> {
    return (await this.request<{ user: StaffUserView }>('POST', '/api/v1/staff/users', { body })).user;
  }

  async updateUser(
    id: string,
    body: Partial<Pick<StaffUserView, 'name' | 'role' | 'practiceCodes'>> & { status?: 'active' | 'disabled' },
  ): Promise<StaffUserView> {
    return (
      await this.request<{ user: StaffUserView }>('PATCH', `/api/v1/staff/users/${encodeURIComponent(id)}`, { body })
    ).user;
  }

  reinvite(id: string): Promise<unknown> {
    return this.request('POST', `/api/v1/staff/users/${encodeURIComponent(id)}/invitation`);
  }

  // Practices ------------------------------------------------------------------------------

  async practices(q = '', limit = 200): Promise<PracticeSummary[]> {
    return (await this.practicesPage(q, limit, null)).items;
  }

  /** One page of the practices list; `next` is the `after` of the page after, null on the last. */
  practicesPage(
    q: string,
    limit: number,
    after: string | null,
  ): Promise<{ items: PracticeSummary[]; next: string | null }> {
    return this.request('GET', '/api/v1/staff/practices', { query: { q, limit, after } });
  }

  practice(code: string): Promise<PracticeSummary & Record<string, unknown>> {
    return this.request('GET', `/api/v1/staff/practices/${encodeURIComponent(code)}`);
  }

  settings(code: string): Promise<PracticeSettingsView> {
    return this.request('GET', `/api/v1/staff/practices/${encodeURIComponent(code)}/settings`);
  }

  saveSettings(code: string, body: Partial<Omit<PracticeSettingsView, 'code'>>): Promise<PracticeSettingsView> {
    return this.request('PUT', `/api/v1/staff/practices/${encodeURIComponent(code)}/settings`, { body });
  }

  async youSaidWeDid(code: string): Promise<YouSaidWeDidView[]> {
    const answer = await this.request<{ items: YouSaidWeDidView[] } | YouSaidWeDidView[]>(
      'GET',
      `/api/v1/staff/practices/${encodeURIComponent(code)}/you-said-we-did`,
    );
    return Array.isArray(answer) ? answer : answer.items;
  }

  addYouSaidWeDid(code: string, body: { youSaid: string; weDid: string; feedbackIds: string[] }): Promise<unknown> {
    return this.request('POST', `/api/v1/staff/practices/${encodeURIComponent(code)}/you-said-we-did`, { body });
  }

  // Area -----------------------------------------------------------------------------------

  /** Every ICB and PCN in the directory, ICBs first, to pick one to summarise. */
  async areas(): Promise<{ kind: 'icb' | 'pcn'; code: string; name: string | null; practicesToday: number }[]> {
    const answer = (await this.request('GET', '/api/v1/staff/areas')) as {
      items: { kind: 'icb' | 'pcn'; code: string; name: string | null; practicesToday: number }[];
    };
    return answer.items;
  }

  areaSummary(query: { area: 'icb' | 'pcn'; code?: string; from?: string; to?: string }): Promise<unknown> {
    return this.request('GET', '/api/v1/staff/area-summary', { query });
  }
}
