import { request } from 'node:http';
import { build } from 'vite';

let cut = false;

/**
 * Cut (or restore) the kiosk's whole network at the dev server: while cut, every request for the
 * kiosk page, its bundle, its stylesheet or the API has its connection dropped unanswered, as with
 * no connection at all. Unlike the DevTools helper this also cuts what the service worker fetches,
 * so a reload that works proves the service worker served it.
 */
export function setKioskNetworkCut(value) {
  cut = value;
}

/** Build the kiosk bundle as `npm run build:kiosk` does, into widget/dist-kiosk, where the backend serves it from. */
export async function buildKiosk() {
  await build({ configFile: 'widget/vite.kiosk.config.ts', logLevel: 'silent' });
}

const KIOSK_PATHS = /^\/(?:kiosk|kiosk-app|assets)\//;

/**
 * A dev-server middleware that forwards the kiosk's pages and assets to the real backend (the
 * API goes through apiProxy), so a test can open `/kiosk/CODE` same-origin in an iframe.
 * @param {() => string} backendOrigin
 */
export function kioskProxy(backendOrigin) {
  return async (ctx, next) => {
    const path = ctx.path;
    if (cut && (KIOSK_PATHS.test(path) || path.startsWith('/api/'))) {
      // A status for the dev server's log (it reports 404s as missing files); the browser gets none.
      ctx.status = 504;
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    }
    if (!KIOSK_PATHS.test(path)) return next();
    const target = new URL(ctx.url, backendOrigin());
    const headers = { ...ctx.req.headers, host: target.host };
    delete headers['accept-encoding'];
    const upstream = await new Promise((resolve, reject) => {
      const outgoing = request(target, { method: ctx.method, headers }, resolve);
      outgoing.on('error', reject);
      ctx.req.pipe(outgoing);
    });
    ctx.status = upstream.statusCode ?? 502;
    for (const [name, value] of Object.entries(upstream.headers)) {
      if (value !== undefined && name !== 'transfer-encoding' && name !== 'connection') ctx.set(name, value);
    }
    ctx.body = upstream;
  };
}
