import type { Middleware } from 'koa';
import type { Store } from '../ports/store.js';
import { isSameOrigin } from './intake-guards.js';

/** The public API the widget calls from practice websites; group 1 is a practice code. */
const WIDGET_API = /^\/api\/v1\/(?:feedback|challenge|practices\/([^/]+))\/?$/;

/** How long a browser may reuse a preflight answer; short, so removing a website takes effect soon. */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * CORS for the widget's API, only for websites a practice registered: the Origin is echoed back
 * (never `*`) when it is on some practice's list, or for `/practices/:code` on that practice's
 * list. Anything else gets no CORS headers, so the browser keeps the answer from the page. The
 * staff API and the pages never match. `Vary: Origin` on every answer here, so a shared cache
 * never hands one website's answer to another.
 */
export function corsForRegisteredWebsites({
  store,
  publicUrl,
}: {
  store: Store;
  publicUrl: string | null;
}): Middleware {
  return async (ctx, next) => {
    const match = WIDGET_API.exec(ctx.path);
    if (!match) return next();
    ctx.vary('Origin');
    const origin = ctx.get('Origin');
    if (!origin || isSameOrigin(ctx, origin, publicUrl)) return next();

    const practiceCode = match[1]?.toUpperCase();
    const allowed = practiceCode
      ? ((await store.getPractice(practiceCode))?.allowedOrigins.includes(origin) ?? false)
      : await store.isOriginRegistered(origin);
    const preflight = ctx.method === 'OPTIONS' && ctx.get('Access-Control-Request-Method') !== '';
    if (allowed) {
      ctx.set('Access-Control-Allow-Origin', origin);
      if (preflight) {
        ctx.set('Access-Control-Allow-Methods', 'GET, POST');
        ctx.set('Access-Control-Allow-Headers', 'Content-Type');
        ctx.set('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE_SECONDS));
      } else {
        // So the widget can tell the patient when to try again after a 429.
        ctx.set('Access-Control-Expose-Headers', 'Retry-After');
      }
    }
    if (preflight) {
      ctx.status = 204;
      return;
    }
    await next();
  };
}
