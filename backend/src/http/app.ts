import Koa from 'koa';
import compress from 'koa-compress';
import type { AbuseGuards } from '../abuse/abuse-guards.js';
import type { Logger } from '../logger.js';
import type { JobQueue } from '../ports/job-queue.js';
import type { Store } from '../ports/store.js';
import { assistedRoutes } from './assisted.routes.js';
import { corsForRegisteredWebsites } from './cors.middleware.js';
import { errorMiddleware } from './error.middleware.js';
import { feedbackRoutes } from './feedback.routes.js';
import { healthRoutes } from './health.routes.js';
import { hostedPageRoutes } from './hosted-page.routes.js';
import { kioskPageRoutes } from './kiosk-page.routes.js';
import { kioskSyncRoutes } from './kiosk-sync.routes.js';
import { printRoutes } from './print/print.routes.js';
import { staffApi, type StaffDeps } from './staff/index.js';
import { staticRoutes } from './static.routes.js';
import { storiesRoutes } from './stories.routes.js';

export interface AppDeps {
  store: Store;
  queue: JobQueue;
  logger: Logger;
  /** Proof of work, spent challenges and rate limits: in memory or in Redis, as the root chose. */
  guards: AbuseGuards;
  /** The staff side's own ports and settings (accounts, audit log, inbox, mail, session policy). */
  staff: Omit<StaffDeps, 'store' | 'logger' | 'publicUrl'>;
  config: {
    staffToken: string;
    /** `PUBLIC_URL`: requests from pages at this origin are same-origin, whatever the proxy did. */
    publicUrl?: string | null;
    /** `TRUST_PROXY`: how many proxies' X-Forwarded-For entries to believe; 0 believes none. */
    trustProxy?: number;
  };
}

/** Build the Koa app from its dependencies. No I/O here: composition roots pass real adapters. */
export function createApp({ store, queue, logger, guards, staff, config }: AppDeps): Koa {
  const trustProxy = config.trustProxy ?? 0;
  // With N proxies, the client is the Nth entry from the right: entries left of it are whatever
  // the client chose to send, and believing them would let anyone dodge the rate limits.
  const app = new Koa({ proxy: trustProxy > 0, maxIpsCount: trustProxy });
  app.silent = true;
  const publicUrl = config.publicUrl ?? null;

  app.use(async (ctx, next) => {
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Referrer-Policy', 'strict-origin-when-cross-origin');
    await next();
  });
  // Gzip what is worth it: the widget's JavaScript is counted in gzipped bytes on patients' phones.
  app.use(compress({ threshold: 1024, br: false }));
  app.use(errorMiddleware(logger));
  app.use(corsForRegisteredWebsites({ store, publicUrl }));
  const staffSide = staffApi({ ...staff, store, logger, publicUrl });
  // Before any route: every /api/v1/staff/ path, known or not, needs a live session.
  app.use(staffSide.gate);

  for (const router of [
    healthRoutes({ store, queue }),
    feedbackRoutes({ store, queue, logger, guards, publicUrl }),
    assistedRoutes({ store, queue, logger, staffToken: config.staffToken }),
    ...staffSide.routers,
    storiesRoutes({ store, inbox: staff.inbox }),
    hostedPageRoutes({ store }),
    printRoutes({ store, publicUrl }),
    kioskSyncRoutes({ store, queue, logger }),
    kioskPageRoutes({ store }),
    staticRoutes(),
  ]) {
    app.use(router.routes()).use(router.allowedMethods({ throw: false }));
  }
  return app;
}
