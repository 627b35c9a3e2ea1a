import { request } from 'node:http';

const healed = new Set();

/** Stop losing answers for `token` (see `/lost-until-healed/` below). */
export function heal(token) {
  healed.add(token);
}

/** How long `/slow/api/...` holds a request: long enough to inspect the "sending" state. */
export const SLOW_DELAY_MS = 1500;

/**
 * A dev-server (Koa) middleware that forwards `/api/...` to the real backend, so test pages call
 * the API same-origin, as pages served by the backend do. Two prefixes bend the network, never
 * the backend:
 * - `/slow/api/...` forwards after a pause, so a test can look at a request in flight;
 * - `/lost/api/...` forwards, lets the backend answer, then drops the connection, as a mobile
 *   network does when it loses the answer to a request that did arrive;
 * - `/lost-until-healed/TOKEN/api/...` does that to every POST with that token until `heal(TOKEN)`
 *   (the test's `yyg-heal` command), and forwards everything else, so a test can see answers lost
 *   and then a resend that gets through. (Chromium itself may resend a POST whose connection
 *   dropped, so "lose only the first" would not be lost at all.)
 * @param {() => string} backendOrigin where the backend listens, read at request time
 */
export function apiProxy(backendOrigin) {
  return async (ctx, next) => {
    const prefix = /^\/(?:slow|lost|lost-until-healed\/[\w-]+)(?=\/api\/)/.exec(ctx.url)?.[0] ?? '';
    if (!ctx.url.startsWith(`${prefix}/api/`)) return next();
    const token = /^\/lost-until-healed\/([\w-]+)/.exec(prefix)?.[1];
    const lose = prefix === '/lost' || (token !== undefined && ctx.method === 'POST' && !healed.has(token));
    if (prefix === '/slow') await new Promise((resolve) => setTimeout(resolve, SLOW_DELAY_MS));
    const target = new URL(ctx.url.slice(prefix.length), backendOrigin());
    const headers = { ...ctx.req.headers, host: target.host };
    const upstream = await new Promise((resolve, reject) => {
      const outgoing = request(target, { method: ctx.method, headers }, resolve);
      outgoing.on('error', reject);
      ctx.req.pipe(outgoing);
    });
    if (lose) {
      await new Promise((resolve) => upstream.resume().on('end', resolve));
      // Record what the backend answered (the dev server reports 404s), then never deliver it.
      ctx.status = upstream.statusCode ?? 502;
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    }
    ctx.status = upstream.statusCode ?? 502;
    for (const [name, value] of Object.entries(upstream.headers)) {
      if (value !== undefined && name !== 'transfer-encoding' && name !== 'connection') ctx.set(name, value);
    }
    ctx.body = upstream;
  };
}
