import type { Context } from 'koa';
import type { AbuseGuards } from '../abuse/abuse-guards.js';
import { clientNetwork } from '../abuse/client-network.js';
import type { AltchaPayload } from '../abuse/proof-of-work.js';
import { ForbiddenError, RateLimitedError, ValidationError } from '../domain/errors.js';
import type { NewFeedback } from '../domain/feedback.js';
import type { Practice } from '../domain/practice.js';
import type { Logger } from '../logger.js';
import type { Store } from '../ports/store.js';
import { GET_NEW_CHALLENGE } from './feedback.schema.js';

/**
 * The honeypot: a `website` field the widget keeps empty and hidden from people, which form-filling
 * bots fill in. True when it holds anything.
 */
export function honeypotFilled(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const value = (body as Record<string, unknown>).website;
  if (value === undefined || value === null) return false;
  return typeof value !== 'string' || value.trim() !== '';
}

/**
 * True when the request comes from a page on this service (a hosted page, an example): the
 * Origin is the address the request was sent to, or `PUBLIC_URL` (behind a TLS-ending proxy the
 * first says http while the browser says https). Koa 3's `ctx.origin` is the Origin header itself.
 */
export function isSameOrigin(ctx: Context, origin: string, publicUrl: string | null): boolean {
  return origin === `${ctx.protocol}://${ctx.host}` || (publicUrl !== null && origin === new URL(publicUrl).origin);
}

/**
 * CORS lets a website that any practice registered past the browser's preflight, which has no
 * body to say which practice it is for; here, with the body, it must be registered by this one.
 * An origin no practice registered never gets past the preflight, and outside a browser the
 * Origin header proves nothing, so only the registered-elsewhere case needs refusing.
 */
export async function requireWebsiteFor(
  ctx: Context,
  practice: Practice,
  { store, publicUrl }: { store: Store; publicUrl: string | null },
): Promise<void> {
  const origin = ctx.get('Origin');
  if (!origin || isSameOrigin(ctx, origin, publicUrl) || practice.allowedOrigins.includes(origin)) return;
  if (await store.isOriginRegistered(origin)) {
    throw new ForbiddenError(
      `The website ${origin} is not registered for practice ${practice.code}: the practice can add it to its allowed websites in You and Your GP`,
    );
  }
}

function altchaError(problem: string): ValidationError {
  return new ValidationError(`Please fix: altcha ${problem}`, [{ field: 'altcha', problem }]);
}

/**
 * The checks a new submission passes before it is stored: a valid proof of work, the per-network
 * and per-practice budgets, and a challenge not spent by another submission. Returns how to
 * give the budgets back if the store then finds the submission was already there.
 */
export async function admitNewSubmission(
  ctx: Context,
  { feedback, altcha }: { feedback: NewFeedback; altcha: AltchaPayload | null },
  { guards, logger }: { guards: AbuseGuards; logger: Logger },
): Promise<() => Promise<void>> {
  const { proofOfWork, rateLimits, usedChallenges } = guards;
  const verdict = altcha ? await proofOfWork.verify(altcha) : null;
  if (altcha && verdict && !verdict.ok) {
    throw altchaError(
      verdict.problem === 'expired'
        ? `has expired: ${GET_NEW_CHALLENGE}`
        : `does not solve a challenge this service issued: ${GET_NEW_CHALLENGE}`,
    );
  }

  const network = clientNetwork(ctx.ip);
  const budgets = [
    ['ip', network],
    ['practice', feedback.practiceCode],
  ] as const;
  for (const [scope, key] of budgets) {
    try {
      await rateLimits.take(scope, key);
    } catch (error) {
      if (error instanceof RateLimitedError) {
        logger.info({ event: 'rate-limited', scope, practiceCode: feedback.practiceCode }, 'submission refused');
      }
      throw error;
    }
  }

  if (verdict?.ok && !(await usedChallenges.claim(verdict.challengeId, feedback.submissionId, verdict.expiresAt))) {
    throw altchaError(`was already used for another submission: ${GET_NEW_CHALLENGE}`);
  }
  return async () => {
    for (const [scope, key] of budgets) await rateLimits.giveBack(scope, key);
  };
}
