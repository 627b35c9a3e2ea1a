import Router from '@koa/router';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { ConflictError, RateLimitedError, ValidationError } from '../domain/errors.js';
import type { NewFeedback } from '../domain/feedback.js';
import { submitFeedback, type SubmitDeps } from '../domain/submit-feedback.js';
import { requireAccessCode, type AccessState } from './access-code.middleware.js';
import { parseFeedbackBody } from './feedback.schema.js';
import { jsonBody } from './json-body.middleware.js';

/** Most submissions in one sync request; a kiosk holding more sends several requests, oldest first. */
export const KIOSK_SYNC_MAX_ITEMS = 100;
/** Largest sync body: 100 long submissions fit; the client also splits its batches by size. */
export const KIOSK_SYNC_BODY_LIMIT = '1mb';
/** Sync requests one kiosk device (one access code) may make per minute, in this process. */
export const KIOSK_SYNC_PER_MINUTE = 120;

export type KioskItemResult =
  | { submissionId: string | null; status: 202; id: string; receipt: string }
  | {
      submissionId: string | null;
      status: 409 | 422;
      error: { message: string; fields?: { field: string; problem: string }[] };
    };

/**
 * A kiosk's clock may be wrong, and nothing is refused for it: the server's own `receivedAt` is
 * always stored beside the device's `clientSubmittedAt`. A device time later than the moment the
 * server received the item cannot be true (nobody pressed send in the future), so it is clamped to
 * the server's time; a time in the past, however far, is kept as reported (it may be a week-old
 * offline submission), and readers of the data use `receivedAt` when the two disagree.
 */
export function clampClientTime(client: Date | null, serverNow: Date): Date | null {
  if (!client) return null;
  return client.getTime() > serverNow.getTime() ? serverNow : client;
}

function submissionIdOf(item: unknown): string | null {
  const id = (item as { submissionId?: unknown } | null)?.submissionId;
  return typeof id === 'string' ? id : null;
}

/**
 * `POST /api/v1/kiosk/:code/sync`: a waiting-room kiosk sends what it queued while offline. Behind
 * its kiosk access code, so no proof of work and no per-network limit (a practice's Wi-Fi is one
 * network); a per-device request budget, an item cap and a body cap instead. Each item is checked
 * and stored as the public intake would (same schema, same `submitFeedback`, channel `kiosk`), one
 * by one, oldest first, and answered one by one: one bad item never holds back the good ones.
 * Replays are harmless: a submissionId already stored is answered 202 with the same id and receipt.
 */
export function kioskSyncRoutes(deps: SubmitDeps): Router {
  const { store, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const router = new Router({ prefix: '/api/v1/kiosk' });
  const perDevice = new RateLimiterMemory({ points: KIOSK_SYNC_PER_MINUTE, duration: 60, keyPrefix: 'kiosk-sync' });

  router.post(
    '/:code/sync',
    requireAccessCode(store, 'kiosk', now),
    async (ctx, next) => {
      const { access } = ctx.state as AccessState;
      try {
        await perDevice.consume(access.id);
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        throw new RateLimitedError(
          'Too many sync requests from this kiosk: wait a minute',
          Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)),
        );
      }
      await next();
    },
    jsonBody({ limit: KIOSK_SYNC_BODY_LIMIT }),
    async (ctx) => {
      const { access } = ctx.state as AccessState;
      const body = ctx.request.body as { items?: unknown } | null;
      const items = body && typeof body === 'object' && !Array.isArray(body) ? body.items : undefined;
      if (!Array.isArray(items)) {
        throw new ValidationError('The body must be { items: [...] }', [
          { field: 'items', problem: 'is required: a list of submissions' },
        ]);
      }
      if (items.length > KIOSK_SYNC_MAX_ITEMS) {
        throw new ValidationError(`Send at most ${KIOSK_SYNC_MAX_ITEMS} items per request`, [
          { field: 'items', problem: `must have at most ${KIOSK_SYNC_MAX_ITEMS} items` },
        ]);
      }
      const results: KioskItemResult[] = [];
      for (const item of items) {
        const submissionId = submissionIdOf(item);
        try {
          const feedback = parseKioskItem(item, access.practiceCode);
          const { id, receipt } = await submitFeedback(
            { ...feedback, clientSubmittedAt: clampClientTime(feedback.clientSubmittedAt, now()) },
            deps,
          );
          results.push({ submissionId, status: 202, id, receipt });
        } catch (error) {
          if (error instanceof ValidationError) {
            results.push({ submissionId, status: 422, error: { message: error.message, fields: error.fields } });
          } else if (error instanceof ConflictError) {
            results.push({ submissionId, status: 409, error: { message: error.message } });
          } else {
            throw error; // the store is down: the whole request fails, and the kiosk keeps everything
          }
        }
      }
      const refused = results.filter((r) => r.status !== 202).length;
      logger.info({ event: 'kiosk-sync', accessCodeId: access.id, items: items.length, refused }, 'kiosk queue synced');
      ctx.body = { results };
    },
  );
  return router;
}

/** The public intake's checks, plus: channel `kiosk`, and this kiosk's own practice. */
function parseKioskItem(item: unknown, practiceCode: string): NewFeedback {
  const extra: { field: string; problem: string }[] = [];
  const raw = item && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, unknown>) : null;
  if (raw && raw.channel !== 'kiosk') extra.push({ field: 'channel', problem: 'must be kiosk' });
  let feedback: NewFeedback | null = null;
  try {
    // The channel is checked above; parse as kiosk so the web channel's proof of work is not asked for.
    feedback = parseFeedbackBody(raw ? { ...raw, channel: 'kiosk' } : item).feedback;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    extra.push(...(error.fields.length > 0 ? error.fields : [{ field: '(item)', problem: 'must be a JSON object' }]));
  }
  if (feedback && feedback.practiceCode !== practiceCode) {
    extra.push({ field: 'practiceCode', problem: `must be ${practiceCode}, the practice this kiosk is for` });
  }
  if (extra.length > 0 || !feedback) {
    throw new ValidationError(`Please fix: ${extra.map((f) => `${f.field} ${f.problem}`).join('; ')}`, extra);
  }
  return feedback;
}
