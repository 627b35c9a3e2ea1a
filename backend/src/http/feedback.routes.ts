import Router from '@koa/router';
import { submitFeedback, type SubmitDeps } from '../domain/submit-feedback.js';
import { NotFoundError } from '../domain/errors.js';
import { parseFeedbackBody } from './feedback.schema.js';
import { jsonBody } from './json-body.middleware.js';

/** Public, unauthenticated routes the widget calls. */
export function feedbackRoutes(deps: SubmitDeps): Router {
  const router = new Router({ prefix: '/api/v1' });

  router.post('/feedback', jsonBody({ limit: '16kb' }), async (ctx) => {
    const input = parseFeedbackBody(ctx.request.body);
    const { id, receipt } = await submitFeedback(input, deps);
    ctx.status = 202;
    ctx.body = { id, receipt };
  });

  // The widget shows the practice's name, so the patient knows whom they are writing to.
  router.get('/practices/:code', async (ctx) => {
    const practice = await deps.store.getPractice(ctx.params.code.toUpperCase());
    if (!practice) throw new NotFoundError(`No practice with ODS code ${ctx.params.code}`);
    ctx.set('Cache-Control', 'public, max-age=3600');
    ctx.body = { code: practice.code, name: practice.name };
  });

  return router;
}
