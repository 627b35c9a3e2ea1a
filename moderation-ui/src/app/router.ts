import type { StaffAction } from '../api/staff-types.js';

/**
 * Hash routes of the staff app. The fragment never reaches the server, so an invitation token or
 * a search in the address bar stays out of access logs.
 *
 *   #/inbox?q=…&rating=poor   #/feedback/<id>   #/audit   #/users   #/practices
 *   #/practices/<code>        #/area            #/invite/<token>
 */
export type RouteName =
  'home' | 'inbox' | 'feedback' | 'audit' | 'users' | 'practices' | 'practice' | 'area' | 'invite' | 'not-found';

export interface Route {
  name: RouteName;
  /** The id, code or token after the route's name, decoded. */
  param: string;
  /** What follows `?` in the fragment (the inbox's filters), without the `?`. */
  query: string;
}

const WITH_PARAM: Partial<Record<string, RouteName>> = {
  feedback: 'feedback',
  practices: 'practice',
  invite: 'invite',
};
const PLAIN: Partial<Record<string, RouteName>> = {
  inbox: 'inbox',
  audit: 'audit',
  users: 'users',
  practices: 'practices',
  area: 'area',
};

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** Read a location hash (`#/feedback/abc?x=1`). Alert emails of the interim page used `#feedback=<id>`. */
export function parseRoute(hash: string): Route {
  const legacy = /^#feedback=([^&/]+)$/.exec(hash);
  if (legacy) {
    const id = decode(legacy[1]);
    return id ? { name: 'feedback', param: id, query: '' } : { name: 'not-found', param: '', query: '' };
  }
  const raw = hash.replace(/^#\/?/, '');
  const at = raw.indexOf('?');
  const path = at === -1 ? raw : raw.slice(0, at);
  const query = at === -1 ? '' : raw.slice(at + 1);
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return { name: 'home', param: '', query };
  const [head, second] = parts;
  if (parts.length === 1 && PLAIN[head]) return { name: PLAIN[head]!, param: '', query };
  if (parts.length === 2 && WITH_PARAM[head]) {
    const param = decode(second);
    if (param) return { name: WITH_PARAM[head]!, param, query };
  }
  return { name: 'not-found', param: '', query };
}

/** The hash for a route: `href(…)` in links, `location.hash = …` to go there. */
export function routeHash(name: Exclude<RouteName, 'not-found' | 'home'>, param = '', query = ''): string {
  const base = name === 'practice' ? 'practices' : name;
  const path = param ? `#/${base}/${encodeURIComponent(param)}` : `#/${base}`;
  return query ? `${path}?${query}` : path;
}

/** Same page, ignoring the query: moving between filters is not a new page. */
export function samePage(a: Route, b: Route): boolean {
  return a.name === b.name && a.param === b.param;
}

/** A view in the navigation and who may see it (any one of the actions will do). */
export interface NavEntry {
  name: 'inbox' | 'audit' | 'users' | 'practices' | 'area';
  label: string;
  needs: StaffAction[];
}

export const NAV: readonly NavEntry[] = [
  { name: 'inbox', label: 'Inbox', needs: ['feedback:read'] },
  { name: 'practices', label: 'Practices', needs: ['feedback:read', 'practice:settings', 'directory:manage'] },
  { name: 'area', label: 'Area summary', needs: ['area:read'] },
  { name: 'audit', label: 'Audit log', needs: ['audit:read'] },
  { name: 'users', label: 'Users', needs: ['users:manage'] },
];

/** What a route needs; `practice` is the one practice's page, which `practices` covers. */
export function allowed(route: Route, permissions: readonly StaffAction[]): boolean {
  const name = route.name === 'feedback' ? 'inbox' : route.name === 'practice' ? 'practices' : route.name;
  const entry = NAV.find((n) => n.name === name);
  return !entry || entry.needs.some((action) => permissions.includes(action));
}

/** Where to land after sign-in with no route: the first view the user may see. */
export function homeHash(permissions: readonly StaffAction[]): string {
  const entry = NAV.find((n) => n.needs.some((action) => permissions.includes(action)));
  return entry ? routeHash(entry.name) : routeHash('practices');
}
