import Koa from 'koa';
import compress from 'koa-compress';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { JobQueue } from '../ports/job-queue.js';
import type { Store } from '../ports/store.js';
import { errorMiddleware } from './error.middleware.js';
import { feedbackRoutes } from './feedback.routes.js';
import { healthRoutes } from './health.routes.js';
import { staffRoutes } from './staff.routes.js';
import { staticRoutes } from './static.routes.js';

export interface AppDeps {
  store: Store;
  queue: JobQueue;
  logger: Logger;
  config: Pick<Config, 'staffToken'> & { staffToken: string };
}

/** Build the Koa app from its dependencies. No I/O here: composition roots pass real adapters. */
export function createApp({ store, queue, logger, config }: AppDeps): Koa {
  const app = new Koa({ proxy: false });
  app.silent = true;

  app.use(async (ctx, next) => {
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Referrer-Policy', 'strict-origin-when-cross-origin');
    await next();
  });
  // Gzip what is worth it: the widget's JavaScript is counted in gzipped bytes on patients' phones.
  app.use(compress({ threshold: 1024, br: false }));
  app.use(errorMiddleware(logger));

  for (const router of [
    healthRoutes({ store, queue }),
    feedbackRoutes({ store, queue, logger }),
    staffRoutes({ store, staffToken: config.staffToken }),
    staticRoutes(),
  ]) {
    app.use(router.routes()).use(router.allowedMethods({ throw: false }));
  }
  return app;
}
