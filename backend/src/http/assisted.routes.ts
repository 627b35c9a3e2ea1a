import Router from '@koa/router';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Middleware } from 'koa';
import { ForbiddenError } from '../domain/errors.js';
import type { AssistedBy } from '../domain/feedback.js';
import { submitFeedback, unknownPractice, type SubmitDeps } from '../domain/submit-feedback.js';
import type { Store } from '../ports/store.js';
import { requireAccessCode, type AccessState } from './access-code.middleware.js';
import { parseAssistedBody } from './assisted.schema.js';
import { assistedPage } from './assisted-page.template.js';
import { practiceNotFoundPage } from './hosted-page.template.js';
import { jsonBody } from './json-body.middleware.js';
import { PAGE_CSP } from './static.routes.js';

export interface AssistedRouteDeps extends SubmitDeps {
  /** The interim staff bearer token: signed-in staff may enter feedback for any practice. */
  staffToken: string;
}

interface AssistedState {
  assistedBy: AssistedBy;
  /** The practice the helper code is for; null for staff, who may enter for any practice. */
  practiceCode: string | null;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * A helper code (`Authorization: Helper H-…`), or the interim staff token (`Bearer …`). Records
 * who helped by role and code id only.
 */
function helperOrStaff(store: Store, staffToken: string): Middleware {
  const helper = requireAccessCode(store, 'helper');
  const expected = digest(staffToken);
  return async (ctx, next) => {
    const bearer = /^Bearer (.+)$/.exec(ctx.get('Authorization'))?.[1];
    if (bearer !== undefined) {
      if (!timingSafeEqual(digest(bearer), expected)) {
        ctx.set('WWW-Authenticate', 'Bearer realm="staff"');
        ctx.throw(401, 'The staff token was not accepted: send a helper code as "Authorization: Helper <code>"');
      }
      ctx.set('Cache-Control', 'no-store');
      (ctx.state as AssistedState).assistedBy = { role: 'practice-staff', accessCodeId: null };
      (ctx.state as AssistedState).practiceCode = null;
      return next();
    }
    return helper(ctx, async () => {
      const { access } = ctx.state as AccessState;
      (ctx.state as AssistedState).assistedBy = { role: access.role ?? 'other', accessCodeId: access.id };
      (ctx.state as AssistedState).practiceCode = access.practiceCode;
      await next();
    });
  };
}

const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});

/**
 * Assisted and batch entry: a helper (receptionist, volunteer, hub helper) enters feedback a
 * patient gave on paper, by phone or in person. No proof of work or per-network limit: the
 * helper is authenticated. A form number makes the same paper form one submission: entered
 * again, it is refused with 409 naming when it was entered and its receipt.
 */
export function assistedRoutes(deps: AssistedRouteDeps): Router {
  const { store, staffToken, now = () => new Date() } = deps;
  const router = new Router();

  router.post(
    '/api/v1/assisted/feedback',
    helperOrStaff(store, staffToken),
    jsonBody({ limit: '16kb' }),
    async (ctx) => {
      const { assistedBy, practiceCode } = ctx.state as AssistedState;
      const { feedback, formNumber } = parseAssistedBody(ctx.request.body, now());
      if (practiceCode && feedback.practiceCode !== practiceCode) {
        throw new ForbiddenError(`This helper code is for practice ${practiceCode}, not ${feedback.practiceCode}`);
      }
      if (!(await store.getPractice(feedback.practiceCode))) throw unknownPractice(feedback.practiceCode);

      const duplicate = async () => {
        const known = formNumber ? await store.getFeedbackBySubmissionId(feedback.submissionId) : null;
        if (!known) return false;
        const enteredOn = DAY.format(known.receivedAt);
        const message = `Form ${formNumber} was already entered on ${enteredOn} (receipt ${known.receipt}): it was not saved again`;
        ctx.status = 409;
        ctx.body = {
          error: { message, fields: [{ field: 'formNumber', problem: message }] },
          duplicate: { formNumber, receipt: known.receipt, enteredAt: known.receivedAt },
        };
        return true;
      };
      if (await duplicate()) return;
      const { id, receipt, created } = await submitFeedback({ ...feedback, assistedBy }, deps);
      // Two helpers entering the same form at once: the second is told, as above.
      if (!created && formNumber && (await duplicate())) return;
      ctx.status = 202;
      ctx.body = { id, receipt, formNumber };
    },
  );

  // What the page shows about the code in use: its practice, the helper's role and when it ends.
  router.get('/api/v1/assisted/me', helperOrStaff(store, staffToken), async (ctx) => {
    const { assistedBy, practiceCode } = ctx.state as AssistedState;
    const { access } = ctx.state as Partial<AccessState>;
    ctx.body = { practiceCode, role: assistedBy.role, expiresAt: access?.expiresAt ?? null };
  });

  // The assisted-entry page; the code travels after `#`, so it never reaches this server's logs.
  router.get('/assist/:code', async (ctx) => {
    const code = ctx.params.code.toUpperCase();
    const practice = await store.getPractice(code);
    ctx.set('Content-Security-Policy', PAGE_CSP);
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'html';
    if (!practice) {
      ctx.status = 404;
      ctx.body = practiceNotFoundPage(code);
      return;
    }
    ctx.body = assistedPage(practice);
  });

  return router;
}
