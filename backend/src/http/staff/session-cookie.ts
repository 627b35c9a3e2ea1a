import type { Context } from 'koa';
import type { StaffDeps } from './staff-deps.js';

/**
 * The session cookie. Over HTTPS it is `__Host-yyg_session`: browsers accept a `__Host-` cookie
 * only with Secure, Path=/ and no Domain, so neither a sibling subdomain nor a plain-http page
 * can plant or overwrite it. Plain http (local development) cannot carry a Secure cookie, so
 * there it is `yyg_session`.
 */
export const SECURE_COOKIE_NAME = '__Host-yyg_session';
export const PLAIN_COOKIE_NAME = 'yyg_session';

/** A token as `randomToken()` makes them; anything else in the cookie is ignored. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

type CookieDeps = Pick<StaffDeps, 'session' | 'publicUrl'>;

/** Secure unless configured otherwise: when the request came over HTTPS or `PUBLIC_URL` is https. */
export function usesSecureCookie(ctx: Context, deps: CookieDeps): boolean {
  return deps.session.secureCookie ?? (ctx.secure || (deps.publicUrl?.startsWith('https:') ?? false));
}

export function sessionCookieName(secure: boolean): string {
  return secure ? SECURE_COOKIE_NAME : PLAIN_COOKIE_NAME;
}

/** The session token from the request's cookie, or null when there is none (or it is malformed). */
export function readSessionToken(ctx: Context, deps: CookieDeps): string | null {
  const token = ctx.cookies.get(sessionCookieName(usesSecureCookie(ctx, deps)), { signed: false });
  return token && TOKEN_SHAPE.test(token) ? token : null;
}

/**
 * Written by hand rather than through `ctx.cookies`, which refuses a Secure cookie when Koa
 * itself did not see HTTPS (TLS ended at a proxy we were not told to trust), although the
 * browser did. Max-Age ends the cookie with the session's absolute expiry, never later.
 */
function cookieHeader(ctx: Context, deps: CookieDeps, value: string, maxAgeSeconds: number): string {
  const secure = usesSecureCookie(ctx, deps);
  const parts = [
    `${sessionCookieName(secure)}=${value}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`,
  ];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}

export function setSessionCookie(ctx: Context, deps: CookieDeps, token: string, expiresAt: Date, now: Date): void {
  ctx.append('Set-Cookie', cookieHeader(ctx, deps, token, (expiresAt.getTime() - now.getTime()) / 1000));
}

/** Tell the browser to drop the cookie (signed out, or the session it named has ended). */
export function clearSessionCookie(ctx: Context, deps: CookieDeps): void {
  ctx.append('Set-Cookie', cookieHeader(ctx, deps, '', 0));
}

/**
 * False when the request carries an `Origin` that is not this app's: `PUBLIC_URL`'s origin, or
 * the host the request was sent to (the scheme may differ when TLS ends at a proxy). Browsers
 * always send Origin on cross-site POSTs and fetches, and a page cannot forge it, so this stops
 * another site driving a signed-in browser (or signing it in as the attacker: login CSRF).
 * No Origin at all (curl, an old browser on a same-origin GET) is left to the other checks.
 */
export function isSameOrigin(ctx: Context, publicUrl: string | null): boolean {
  const origin = ctx.get('Origin');
  if (!origin) return true;
  let sent: URL;
  try {
    sent = new URL(origin);
  } catch {
    return false; // "null" (sandboxed frames, some redirects) or garbage
  }
  if (publicUrl && sent.origin === new URL(publicUrl).origin) return true;
  return (sent.protocol === 'https:' || sent.protocol === 'http:') && sent.host === ctx.host;
}
