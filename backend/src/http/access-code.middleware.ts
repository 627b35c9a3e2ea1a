import type { Middleware } from 'koa';
import { hashAccessToken, type AccessCode, type AccessKind } from '../domain/access-code.js';
import type { Store } from '../ports/store.js';

const SCHEME: Record<AccessKind, string> = { helper: 'Helper', kiosk: 'Kiosk' };

/** What a route behind `requireAccessCode` finds in `ctx.state.access`. */
export interface AccessState {
  access: AccessCode;
}

/**
 * Lets in a request carrying a live access code of this kind (`Authorization: Helper <code>` or
 * `Kiosk <code>`), for the practice named by the route's `:code` when it has one. Answers 401
 * for a missing, unknown or expired code and 403 for another practice's, saying which.
 */
export function requireAccessCode(store: Store, kind: AccessKind, now: () => Date = () => new Date()): Middleware {
  const scheme = SCHEME[kind];
  const pattern = new RegExp(`^${scheme} (\\S+)$`, 'i');
  return async (ctx, next) => {
    const token = pattern.exec(ctx.get('Authorization'))?.[1];
    const access = token ? await store.findAccessCode(hashAccessToken(token)) : null;
    if (!access || access.kind !== kind) {
      ctx.set('WWW-Authenticate', `${scheme} realm="${kind}"`);
      return ctx.throw(401, `Send a ${kind} code from the practice as "Authorization: ${scheme} <code>"`);
    }
    if (access.expiresAt <= now()) {
      ctx.set('WWW-Authenticate', `${scheme} realm="${kind}", error="expired"`);
      ctx.throw(401, `This ${kind} code expired on ${access.expiresAt.toISOString()}: ask the practice for a new one`);
    }
    const practice = ctx.params?.code?.toUpperCase();
    if (practice && practice !== access.practiceCode) {
      ctx.throw(403, `This ${kind} code is for practice ${access.practiceCode}, not ${practice}`);
    }
    (ctx.state as AccessState).access = access;
    ctx.set('Cache-Control', 'no-store');
    await next();
  };
}
