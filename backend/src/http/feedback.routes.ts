import Router from '@koa/router';
import { randomUUID } from 'node:crypto';
import type { AbuseGuards } from '../abuse/abuse-guards.js';
import { clientNetwork } from '../abuse/client-network.js';
import { NotFoundError, ValidationError } from '../domain/errors.js';
import { newReceipt } from '../domain/receipt.js';
import { submitFeedback, unknownPractice, type SubmitDeps } from '../domain/submit-feedback.js';
import { parseFeedbackBody } from './feedback.schema.js';
import { admitNewSubmission, honeypotFilled, requireWebsiteFor } from './intake-guards.js';
import { jsonBody } from './json-body.middleware.js';

export interface FeedbackRouteDeps extends SubmitDeps {
  guards: AbuseGuards;
  /** This service's own address (`PUBLIC_URL`): its pages are same-origin even behind a proxy. */
  publicUrl: string | null;
}

/** Public, unauthenticated routes the widget calls. */
export function feedbackRoutes(deps: FeedbackRouteDeps): Router {
  const { store, logger, guards } = deps;
  const router = new Router({ prefix: '/api/v1' });

  router.post('/feedback', jsonBody({ limit: '16kb' }), async (ctx) => {
    const body: unknown = ctx.request.body;
    if (honeypotFilled(body)) {
      // A bot: it sees what a person would, so it learns nothing; the log keeps no content.
      logger.info({ event: 'honeypot-filled' }, 'submission dropped');
      ctx.status = 202;
      ctx.body = { id: randomUUID(), receipt: newReceipt() };
      return;
    }
    const { feedback, altcha } = parseFeedbackBody(body);
    if (feedback.channel !== 'web') {
      // Other channels skip the proof of work, so only an authenticated helper or kiosk may use them.
      throw new ValidationError(`Please fix: channel must be web here`, [
        {
          field: 'channel',
          problem:
            'must be web here: helpers enter other channels at POST /api/v1/assisted/feedback, kiosks sync at POST /api/v1/kiosk/CODE/sync',
        },
      ]);
    }
    const practice = await store.getPractice(feedback.practiceCode);
    if (!practice) throw unknownPractice(feedback.practiceCode);
    await requireWebsiteFor(ctx, practice, deps);

    // A submission already stored is a retry (offline outbox, lost answer): it is answered as
    // before, whatever its challenge or budget now say, and submitFeedback spots a clash (409).
    const known = await store.getFeedbackBySubmissionId(feedback.submissionId);
    const giveBack = known ? null : await admitNewSubmission(ctx, { feedback, altcha }, deps);
    const { id, receipt, created } = await submitFeedback(feedback, deps);
    if (!created) await giveBack?.();
    ctx.status = 202;
    ctx.body = { id, receipt };
  });

  // Fetched by the widget just before sending; never cached, since each one is single-use.
  router.get('/challenge', async (ctx) => {
    await guards.rateLimits.take('challenge', clientNetwork(ctx.ip));
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await guards.proofOfWork.issue();
  });

  // What the widget shows: whom the patient is writing to, the practice's own questions, and
  // the languages its picker offers.
  router.get('/practices/:code', async (ctx) => {
    const practice = await store.getPractice(ctx.params.code.toUpperCase());
    if (!practice) throw new NotFoundError(`No practice with ODS code ${ctx.params.code}`);
    // Short, so a practice's change of settings reaches its website within minutes.
    ctx.set('Cache-Control', 'public, max-age=300');
    const { code, name, questions, aboutYouEnabled, complaintsUrl, languages } = practice;
    ctx.body = { code, name, questions, aboutYouEnabled, complaintsUrl, languages };
  });

  return router;
}
