import Router from '@koa/router';
import send from 'koa-send';
import type { Context } from 'koa';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PATHS, ROOT } from '../paths.js';
import type { Store } from '../ports/store.js';
import { practiceNotFoundPage } from './hosted-page.template.js';
import { KIOSK_APP_PATH, KIOSK_ICON, kioskManifest, kioskPage, kioskServiceWorker } from './kiosk-page.template.js';
import { PAGE_CSP } from './static.routes.js';

/** The kiosk's own bundle, built apart from the widget (`npm run build:kiosk`). */
export const KIOSK_DIST = path.join(ROOT, 'widget', 'dist-kiosk');

/** Every file the kiosk page may load, as URL paths, and a version that changes with any of them. */
async function kioskAssets(code: string): Promise<{ assets: string[]; version: string }> {
  const hash = createHash('sha256');
  const assets = [
    `/kiosk/${code}/manifest.webmanifest`,
    `/kiosk/${code}/icon.svg`,
    '/assets/kiosk.css',
    `${KIOSK_APP_PATH}/kiosk.js`,
  ];
  hash.update(await readFile(path.join(PATHS.publicAssets, 'kiosk.css')));
  hash.update(await readFile(path.join(KIOSK_DIST, 'kiosk.js')));
  const chunks = existsSync(path.join(KIOSK_DIST, 'chunks')) ? await readdir(path.join(KIOSK_DIST, 'chunks')) : [];
  for (const chunk of chunks.filter((name) => name.endsWith('.js')).sort()) {
    assets.push(`${KIOSK_APP_PATH}/chunks/${chunk}`);
    hash.update(chunk);
  }
  return { assets, version: hash.digest('hex').slice(0, 12) };
}

/**
 * `/kiosk/:code`: the waiting-room tablet's page, its manifest, icon and service worker, and the
 * kiosk bundle under `/kiosk-app/`.
 */
export function kioskPageRoutes({ store }: { store: Store }): Router {
  const router = new Router();

  const practiceOr404 = async (ctx: Context & { params: Record<string, string> }) => {
    const code = String(ctx.params.code).toUpperCase();
    const practice = await store.getPractice(code);
    if (!practice) {
      ctx.set('Content-Security-Policy', PAGE_CSP);
      ctx.type = 'html';
      ctx.status = 404;
      ctx.body = practiceNotFoundPage(code);
    }
    return practice;
  };

  router.get(['/kiosk/:code', '/kiosk/:code/'], async (ctx) => {
    const practice = await practiceOr404(ctx);
    if (!practice) return;
    ctx.set('Content-Security-Policy', PAGE_CSP);
    ctx.set('Cache-Control', 'no-cache');
    ctx.type = 'html';
    ctx.body = kioskPage(practice);
  });

  router.get('/kiosk/:code/manifest.webmanifest', async (ctx) => {
    const practice = await practiceOr404(ctx);
    if (!practice) return;
    ctx.set('Cache-Control', 'no-cache');
    ctx.type = 'application/manifest+json';
    ctx.body = JSON.stringify(kioskManifest(practice));
  });

  router.get('/kiosk/:code/icon.svg', (ctx) => {
    ctx.set('Cache-Control', 'public, max-age=86400');
    ctx.type = 'image/svg+xml';
    ctx.body = KIOSK_ICON;
  });

  // Served from inside /kiosk/CODE/, and allowed the scope /kiosk/CODE so it controls the page itself.
  router.get('/kiosk/:code/sw.js', async (ctx) => {
    const practice = await practiceOr404(ctx);
    if (!practice) return;
    if (!existsSync(path.join(KIOSK_DIST, 'kiosk.js')))
      ctx.throw(503, 'The kiosk is not built yet: run "npm run build"');
    const { assets, version } = await kioskAssets(practice.code);
    ctx.set('Service-Worker-Allowed', `/kiosk/${practice.code}`);
    ctx.set('Cache-Control', 'no-cache');
    ctx.type = 'text/javascript';
    ctx.body = kioskServiceWorker({ code: practice.code, version, assets });
  });

  router.get(`${KIOSK_APP_PATH}/{*path}`, async (ctx) => {
    if (!existsSync(KIOSK_DIST)) ctx.throw(503, 'The kiosk is not built yet: run "npm run build"');
    const file = ctx.params.path ?? '';
    ctx.set('Cache-Control', file.startsWith('chunks/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    await send(ctx, `/${file}`, { root: KIOSK_DIST, maxage: 0 });
  });

  return router;
}
