import Router from '@koa/router';
import type { JobQueue } from '../ports/job-queue.js';
import type { Store } from '../ports/store.js';
import { withinMs } from '../domain/time-limit.js';

const READY_TIMEOUT_MS = 2000;

/** `/healthz`: the process is alive. `/readyz`: it can reach its store and its queue. */
export function healthRoutes({ store, queue }: { store: Store; queue: JobQueue }): Router {
  const router = new Router();
  router.get('/healthz', (ctx) => {
    ctx.body = { status: 'ok' };
  });
  router.get('/readyz', async (ctx) => {
    const checks = await Promise.allSettled([
      withinMs(store.ping(), READY_TIMEOUT_MS),
      withinMs(queue.ping(), READY_TIMEOUT_MS),
    ]);
    const [storeCheck, queueCheck] = checks.map((c) => (c.status === 'fulfilled' ? 'ok' : 'unreachable'));
    const ready = storeCheck === 'ok' && queueCheck === 'ok';
    ctx.status = ready ? 200 : 503;
    ctx.body = { status: ready ? 'ready' : 'not ready', store: storeCheck, queue: queueCheck };
  });
  return router;
}
