import type { Context } from 'koa';
import type { StaffSession, StaffUser } from '../../domain/staff/roles.js';
import { randomToken, tokenHash } from '../../domain/staff/secret-token.js';
import { recordAudit, staffUserTarget } from './audit-trail.js';
import { readSessionToken, setSessionCookie } from './session-cookie.js';
import type { StaffDeps } from './staff-deps.js';
import { userView, type StaffUserView } from './user-view.js';

/** What sign-in, accepting an invitation and `GET /session` answer. */
export interface SessionAnswer {
  user: StaffUserView;
  csrfToken: string;
  expiresAt: Date;
  idleMinutes: number;
}

export function sessionAnswer(user: StaffUser, session: StaffSession, deps: Pick<StaffDeps, 'session'>): SessionAnswer {
  return {
    user: userView(user),
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt,
    idleMinutes: deps.session.idleMinutes,
  };
}

/** Sessions past their absolute expiry are swept at most this often (MongoDB also has a TTL index). */
const SWEEP_INTERVAL_MS = 60 * 60_000;
const lastSweep = new WeakMap<StaffDeps['accounts'], number>();

/**
 * Start a new session for `user` (already checked): a fresh random token in the cookie, only its
 * hash stored, and a fresh CSRF token. A session the browser already had is deleted first, so a
 * token planted before sign-in (session fixation) never becomes a signed-in one. Every session
 * start is a sign-in, and goes to the audit log as one.
 */
export async function startSession(ctx: Context, deps: StaffDeps, user: StaffUser, now: Date): Promise<SessionAnswer> {
  const previous = readSessionToken(ctx, deps);
  if (previous) await deps.accounts.deleteSession(tokenHash(previous));
  await sweepEndedSessions(deps, now);
  const token = randomToken();
  const session: StaffSession = {
    tokenHash: tokenHash(token),
    userId: user.id,
    csrfToken: randomToken(),
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + deps.session.absoluteHours * 3_600_000),
    ip: ctx.ip || null,
  };
  await deps.accounts.createSession(session);
  setSessionCookie(ctx, deps, token, session.expiresAt, now);
  await recordAudit(
    ctx,
    deps.audit,
    { action: 'session.sign-in', ...staffUserTarget(user.id), after: { expiresAt: session.expiresAt } },
    now,
  );
  return sessionAnswer(user, session, deps);
}

async function sweepEndedSessions(deps: StaffDeps, now: Date): Promise<void> {
  const last = lastSweep.get(deps.accounts) ?? 0;
  if (Math.abs(now.getTime() - last) < SWEEP_INTERVAL_MS) return;
  lastSweep.set(deps.accounts, now.getTime());
  await deps.accounts.deleteExpiredSessions(now);
}
