import Router from '@koa/router';
import send from 'koa-send';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Context } from 'koa';
import { PATHS } from '../paths.js';

/** What our own pages may load: only this origin, no inline script or style, no eval. */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'self'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

async function serve(ctx: Context, root: string, file: string, what: string): Promise<void> {
  if (!existsSync(root)) ctx.throw(503, `The ${what} is not built yet: run "npm run build"`);
  await send(ctx, `/${file}`, { root, index: 'index.html', maxage: 0 });
}

/** The widget bundles, the staff app and the embed examples, served from their build folders. */
export function staticRoutes(): Router {
  const router = new Router();

  // Module scripts are fetched in CORS mode, so a practice website on another origin needs this.
  router.get(['/widget.js', '/widget.iife.js'], async (ctx) => {
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.set('Cross-Origin-Resource-Policy', 'cross-origin');
    ctx.set('Cache-Control', 'public, max-age=300');
    await serve(ctx, PATHS.widgetDist, ctx.path.slice(1), 'widget');
  });

  // The widget's lazy parts (other languages, the offline outbox, the proof-of-work solver), which
  // widget.js imports relative to itself. Their names carry a content hash, so they never change.
  router.get('/chunks/{*path}', async (ctx) => {
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.set('Cross-Origin-Resource-Policy', 'cross-origin');
    ctx.set('Cache-Control', 'public, max-age=31536000, immutable');
    await serve(ctx, path.join(PATHS.widgetDist, 'chunks'), ctx.params.path ?? '', 'widget');
  });

  router.get('/', (ctx) => ctx.redirect('/examples/plain-html/'));
  // The router matches "/staff" and "/staff/" alike; only the bare one needs the slash added.
  router.get('/staff', async (ctx, next) => (ctx.path === '/staff' ? ctx.redirect('/staff/') : next()));
  router.get('/staff/{*path}', async (ctx) => {
    ctx.set('Content-Security-Policy', PAGE_CSP);
    await serve(ctx, PATHS.staffDist, ctx.params.path ?? '', 'staff app');
  });
  router.get('/assets/{*path}', async (ctx) => {
    ctx.set('Cache-Control', 'public, max-age=3600');
    await serve(ctx, PATHS.publicAssets, ctx.params.path ?? '', 'assets folder');
  });
  router.get('/examples/{*path}', async (ctx) => {
    ctx.set('Content-Security-Policy', PAGE_CSP);
    await serve(ctx, PATHS.examples, ctx.params.path ?? '', 'examples folder');
  });

  return router;
}
