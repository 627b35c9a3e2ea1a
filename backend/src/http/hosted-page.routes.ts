import Router from '@koa/router';
import type { Store } from '../ports/store.js';
import { hostedPage, practiceNotFoundPage } from './hosted-page.template.js';
import { PAGE_CSP } from './static.routes.js';

/** `/p/:code`: each practice's feedback page, rendered on the server, short enough for a QR code. */
export function hostedPageRoutes({ store }: { store: Store }): Router {
  const router = new Router();
  router.get('/p/:code', async (ctx) => {
    const code = ctx.params.code.toUpperCase();
    const practice = await store.getPractice(code);
    ctx.set('Content-Security-Policy', PAGE_CSP);
    ctx.type = 'html';
    if (!practice) {
      ctx.status = 404;
      ctx.body = practiceNotFoundPage(code);
      return;
    }
    ctx.set('Cache-Control', 'public, max-age=300');
    ctx.body = hostedPage(practice);
  });
  return router;
}
