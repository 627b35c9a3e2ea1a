import Router from '@koa/router';
import type { Context, Middleware } from 'koa';
import { ForbiddenError, NotFoundError } from '../../domain/errors.js';
import { invitationState } from '../../domain/staff/invitation.js';
import { afterFailedSignIn, afterSignIn, lockedForMs } from '../../domain/staff/lockout.js';
import { checkNewPassword, hashPassword, prepareDummyHash, verifyPassword } from '../../domain/staff/password.js';
import type { StaffInvitation, StaffUser } from '../../domain/staff/roles.js';
import { tokenHash } from '../../domain/staff/secret-token.js';
import { jsonBody } from '../json-body.middleware.js';
import { invitationAcceptBody, invitationCheckBody, signInBody } from './auth.schema.js';
import { recordAudit, staffUserTarget } from './audit-trail.js';
import { findLiveSession, httpError, staffNow } from './live-session.js';
import { parseBody } from './parse-body.js';
import { clearSessionCookie, isSameOrigin } from './session-cookie.js';
import { requireSameOriginAndCsrf } from './session.middleware.js';
import { lockedError, SignInGuard } from './sign-in-guard.js';
import type { StaffDeps } from './staff-deps.js';
import { sessionAnswer, startSession } from './start-session.js';

/** One answer for an unknown email and a wrong password, so the form does not reveal who has an account. */
export const WRONG_EMAIL_OR_PASSWORD = 'The email address or password is not right. Check both and try again.';

/**
 * Refuse a request sent from another website's page. For sign-in this stops login CSRF (a page
 * signing the victim's browser in as the attacker, to watch what they then type).
 */
function sameOriginOnly(deps: StaffDeps): Middleware {
  return async (ctx, next) => {
    if (!isSameOrigin(ctx, deps.publicUrl)) {
      throw new ForbiddenError('This request came from another website: use the staff app at its own address');
    }
    await next();
  };
}

/**
 * Sign-in, the current session, sign-out and invitations, under `/api/v1/auth` (outside the
 * session gate: these are how a session starts). See README.md in this folder for the contract.
 */
export function authRoutes(deps: StaffDeps): Router {
  const router = new Router({ prefix: '/api/v1/auth' });
  // Made now, so the first sign-in with an unknown email takes no longer than any other.
  prepareDummyHash().catch((error: unknown) =>
    deps.logger.error({ event: 'dummy-hash-failed', err: String(error) }, 'could not prepare the dummy password hash'),
  );
  const guard = new SignInGuard(deps.session, deps.session.failedSignInsPerIp);
  // JSON only: a cross-site HTML form cannot send it without a CORS preflight we never allow.
  const json = jsonBody({ limit: '16kb' });

  router.use(async (ctx, next) => {
    ctx.set('Cache-Control', 'no-store');
    await next();
  });

  router.post('/sign-in', sameOriginOnly(deps), json, async (ctx) => {
    const { email, password } = parseBody(signInBody, ctx.request.body, ['email', 'password']);
    const now = staffNow(deps);
    const ip = ctx.ip || 'unknown';
    await guard.checkAddress(ip);
    const user = await deps.accounts.findUserByEmail(email);
    if (user && lockedForMs(user, now) > 0) throw lockedError(user.lockedUntil!, now);
    if (!user) guard.checkUnknownEmail(email, now);

    // Runs (against a dummy hash) even without an account, so both answers take as long.
    if (!(await verifyPassword(password, user?.passwordHash ?? null)) || !user) {
      await guard.addressFailed(ip);
      await signInFailed(ctx, user, email, now);
      throw httpError(401, WRONG_EMAIL_OR_PASSWORD);
    }
    if (user.status !== 'active') {
      throw new ForbiddenError('This account is disabled: ask your ICB administrator if you still need it');
    }
    const signedIn = afterSignIn(user, now);
    await deps.accounts.updateUser(signedIn);
    ctx.state.user = signedIn;
    ctx.body = await startSession(ctx, deps, signedIn, now);
  });

  /** Count the failure, audit it, and lock the account (429) when it was one too many. */
  async function signInFailed(ctx: Context, user: StaffUser | null, email: string, now: Date): Promise<void> {
    if (!user) {
      await recordAudit(ctx, deps.audit, { action: 'session.sign-in-failed', ...staffUserTarget('unknown') }, now);
      const lockedUntil = guard.unknownEmailFailed(email, now);
      if (lockedUntil) throw lockedError(lockedUntil, now);
      return;
    }
    const counted = afterFailedSignIn(user, now, deps.session);
    await deps.accounts.updateUser(counted);
    await recordAudit(
      ctx,
      deps.audit,
      {
        action: 'session.sign-in-failed',
        ...staffUserTarget(user.id),
        before: { failedSignIns: user.failedSignIns },
        after: { failedSignIns: counted.lockedUntil ? deps.session.maxFailedSignIns : counted.failedSignIns },
      },
      now,
    );
    if (counted.lockedUntil) {
      await recordAudit(
        ctx,
        deps.audit,
        { action: 'user.locked', ...staffUserTarget(user.id), after: { lockedUntil: counted.lockedUntil } },
        now,
      );
      throw lockedError(counted.lockedUntil, now);
    }
  }

  router.get('/session', async (ctx) => {
    const found = await findLiveSession(ctx, deps);
    if ('problem' in found) throw httpError(401, found.problem);
    ctx.body = sessionAnswer(found.user, found.session, deps);
  });

  router.post('/sign-out', async (ctx) => {
    const found = await findLiveSession(ctx, deps);
    if ('problem' in found) throw httpError(401, found.problem);
    requireSameOriginAndCsrf(ctx, found.session, deps.publicUrl);
    await deps.accounts.deleteSession(found.session.tokenHash);
    clearSessionCookie(ctx, deps);
    ctx.state.user = found.user;
    await recordAudit(
      ctx,
      deps.audit,
      { action: 'session.sign-out', ...staffUserTarget(found.user.id) },
      staffNow(deps),
    );
    ctx.status = 204;
  });

  /** The invitation named by `token` and its user, while it can still be used; else 404 or 410. */
  async function usableInvitation(token: string, now: Date): Promise<{ invitation: StaffInvitation; user: StaffUser }> {
    const invitation = await deps.accounts.findInvitation(tokenHash(token));
    if (!invitation) {
      throw new NotFoundError(
        'This invitation link is not one we sent: check you copied all of it, or ask for a new one',
      );
    }
    const state = invitationState(invitation, now);
    const user = await deps.accounts.getUser(invitation.userId);
    if (state === 'used') throw gone('This invitation link has already been used: sign in, or ask for a new one');
    if (state === 'expired') throw gone('This invitation link has expired: ask your ICB administrator for a new one');
    if (!user || user.status === 'disabled') {
      throw gone('This invitation is no longer valid: ask your ICB administrator');
    }
    return { invitation, user };
  }

  router.post('/invitations/check', json, async (ctx) => {
    const { token } = parseBody(invitationCheckBody, ctx.request.body, ['token']);
    const { user } = await usableInvitation(token, staffNow(deps));
    ctx.body = { email: user.email, name: user.name, role: user.role };
  });

  router.post('/invitations/accept', sameOriginOnly(deps), json, async (ctx) => {
    const { token, password } = parseBody(invitationAcceptBody, ctx.request.body, ['token', 'password']);
    const now = staffNow(deps);
    const { invitation, user } = await usableInvitation(token, now);
    // Checked before the token is spent, so a refused password leaves the link working.
    checkNewPassword(password, user.email);
    const passwordHash = await hashPassword(password);
    if (!(await deps.accounts.useInvitation(invitation.tokenHash, now))) {
      throw gone('This invitation link has already been used: sign in, or ask for a new one');
    }
    const accepted: StaffUser = {
      ...afterSignIn(user, now),
      passwordHash,
      status: 'active',
      updatedAt: now,
    };
    await deps.accounts.updateUser(accepted);
    // A new password ends every session made with the old one.
    await deps.accounts.deleteSessionsOfUser(user.id);
    ctx.state.user = accepted;
    await recordAudit(
      ctx,
      deps.audit,
      {
        action: 'user.invitation-accepted',
        ...staffUserTarget(user.id),
        before: { status: user.status, invitedBy: invitation.invitedBy },
        after: { status: 'active', passwordSet: true },
      },
      now,
    );
    ctx.body = await startSession(ctx, deps, accepted, now);
  });

  return router;
}

/** 410 Gone: the link was real but can no longer be used. */
function gone(message: string): Error {
  return httpError(410, message);
}
