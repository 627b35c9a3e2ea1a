import Router from '@koa/router';
import { timingSafeEqual, createHash } from 'node:crypto';
import type { Middleware } from 'koa';
import type { FeedbackRecord } from '../domain/feedback.js';
import { NotFoundError, ValidationError } from '../domain/errors.js';
import type { Store } from '../ports/store.js';
import type { Practice } from '../domain/practice.js';
import { jsonBody } from './json-body.middleware.js';
import { applySettingsBody, type PracticeSettings } from './practice-settings.schema.js';
import { parseRollupRange } from './rollups.schema.js';
import { parseAccessCodeBody } from './access-codes.schema.js';
import { issueAccessCode } from '../domain/access-code.js';

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/**
 * Interim staff access: one bearer token from configuration. The staff-app issue replaces it
 * with per-user sign-in and per-practice authorisation. Compared in constant time.
 */
function bearerToken(token: string): Middleware {
  const expected = digest(token);
  return async (ctx, next) => {
    const match = /^Bearer (.+)$/.exec(ctx.get('Authorization'));
    if (!match || !timingSafeEqual(digest(match[1]), expected)) {
      ctx.set('WWW-Authenticate', 'Bearer realm="staff"');
      ctx.throw(401, 'Sign in: send the staff token as "Authorization: Bearer <token>"');
    }
    ctx.set('Cache-Control', 'no-store');
    await next();
  };
}

function toJson(record: FeedbackRecord) {
  const { submissionId: _client, practiceCode: _practice, ...visible } = record;
  return visible;
}

function settingsJson(practice: Practice): PracticeSettings & { code: string } {
  const { code, allowedOrigins, questions, aboutYouEnabled, complaintsUrl, contacts, emailIncludesText } = practice;
  return { code, allowedOrigins, questions, aboutYouEnabled, complaintsUrl, contacts, emailIncludesText };
}

/**
 * Staff API: a practice's feedback, newest first, with its tags and its words as the patient
 * wrote them (this is the practice's own inbox); the practice's daily roll-ups; and its settings,
 * including the websites allowed to embed the widget and who receives its emails.
 */
export function staffRoutes({
  store,
  staffToken,
  publicUrl = null,
}: {
  store: Store;
  staffToken: string;
  publicUrl?: string | null;
}): Router {
  const router = new Router({ prefix: '/api/v1/staff' });
  router.use(bearerToken(staffToken));

  async function practiceFor(param: string): Promise<Practice> {
    const code = param.toUpperCase();
    const practice = await store.getPractice(code);
    if (!practice) throw new NotFoundError(`No practice with ODS code ${code}`);
    return practice;
  }

  router.get('/practices/:code/settings', async (ctx) => {
    ctx.body = settingsJson(await practiceFor(ctx.params.code));
  });

  // Checked whole before the one write, so a bad field changes nothing.
  router.put('/practices/:code/settings', jsonBody({ limit: '16kb' }), async (ctx) => {
    const practice = await practiceFor(ctx.params.code);
    const updated = { ...practice, ...applySettingsBody(practice, ctx.request.body) };
    await store.upsertPractices([updated]);
    ctx.body = settingsJson(updated);
  });

  router.get('/practices/:code/feedback', async (ctx) => {
    const { code } = await practiceFor(ctx.params.code);
    const limit = ctx.query.limit === undefined ? 50 : Number(ctx.query.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
      throw new ValidationError('Bad limit', [{ field: 'limit', problem: 'must be a whole number from 1 to 500' }]);
    }
    let before: Date | undefined;
    if (typeof ctx.query.before === 'string') {
      before = new Date(ctx.query.before);
      if (Number.isNaN(before.getTime())) {
        throw new ValidationError('Bad before', [{ field: 'before', problem: 'must be an ISO date-time' }]);
      }
    }
    const items = await store.listFeedback({ practiceCode: code, limit, before });
    ctx.body = { items: items.map(toJson) };
  });

  // Counts per day (UK dates, both ends included); days without feedback have no roll-up.
  router.get('/practices/:code/rollups', async (ctx) => {
    const { code } = await practiceFor(ctx.params.code);
    const { from, to } = parseRollupRange(ctx.query);
    const days = await store.listRollups({ practiceCodes: [code], from, to });
    ctx.body = { practiceCode: code, from, to, days };
  });

  // A code is shown once, here; only its hash is kept. The link carries it after `#`, which
  // browsers never send to a server, so it stays out of access logs.
  router.post('/practices/:code/access-codes', jsonBody({ limit: '4kb' }), async (ctx) => {
    const { code } = await practiceFor(ctx.params.code);
    const { hours, ...fields } = parseAccessCodeBody(ctx.request.body);
    const { record, token } = issueAccessCode({ ...fields, practiceCode: code }, hours, new Date());
    await store.insertAccessCode(record);
    const page = record.kind === 'kiosk' ? 'kiosk' : 'assist';
    const base = publicUrl ?? `${ctx.protocol}://${ctx.host}`;
    ctx.status = 201;
    ctx.body = {
      id: record.id,
      kind: record.kind,
      role: record.role,
      label: record.label,
      expiresAt: record.expiresAt,
      token,
      link: `${base}/${page}/${code}#code=${encodeURIComponent(token)}`,
    };
  });

  return router;
}
