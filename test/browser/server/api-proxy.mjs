import { request } from 'node:http';

/** How long `/slow/api/...` holds a request: long enough to inspect the "sending" state. */
export const SLOW_DELAY_MS = 1500;

/**
 * A dev-server (Koa) middleware that forwards `/api/...` to the real backend, so test pages call
 * the API same-origin, as pages served by the backend do. Two prefixes bend the network, never
 * the backend:
 * - `/slow/api/...` forwards after a pause, so a test can look at a request in flight;
 * - `/lost/api/...` forwards, lets the backend answer, then drops the connection, as a mobile
 *   network does when it loses the answer to a request that did arrive.
 * @param {() => string} backendOrigin where the backend listens, read at request time
 */
export function apiProxy(backendOrigin) {
  return async (ctx, next) => {
    const prefix = /^\/(slow|lost)(?=\/api\/)/.exec(ctx.url)?.[0] ?? '';
    if (!ctx.url.startsWith(`${prefix}/api/`)) return next();
    if (prefix === '/slow') await new Promise((resolve) => setTimeout(resolve, SLOW_DELAY_MS));
    const target = new URL(ctx.url.slice(prefix.length), backendOrigin());
    const headers = { ...ctx.req.headers, host: target.host };
    const upstream = await new Promise((resolve, reject) => {
      const outgoing = request(target, { method: ctx.method, headers }, resolve);
      outgoing.on('error', reject);
      ctx.req.pipe(outgoing);
    });
    if (prefix === '/lost') {
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
