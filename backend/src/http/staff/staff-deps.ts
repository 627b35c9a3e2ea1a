import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import type { AuditLog } from '../../ports/audit-log.js';
import type { Inbox } from '../../ports/inbox.js';
import type { Mailer } from '../../ports/mailer.js';
import type { StaffAccounts } from '../../ports/staff-accounts.js';
import type { Store } from '../../ports/store.js';

/** Session lifetimes and cookie settings (from config; defaults in `DEFAULT_SESSION_POLICY`). */
export interface SessionPolicy {
  /** Signed out after this long without a request. */
  idleMinutes: number;
  /** Signed out this long after signing in, whatever the activity. */
  absoluteHours: number;
  /**
   * Send the cookie with `Secure` (and the `__Host-` name). Default: when the request came over
   * HTTPS or `PUBLIC_URL` is https. Plain http is allowed only for local development.
   */
  secureCookie?: boolean;
  /** Failed sign-ins in a row before the account is locked, and for how long. */
  maxFailedSignIns: number;
  lockMinutes: number;
  /** Failed sign-ins one network address may make per 15 minutes (any accounts). Default 50. */
  failedSignInsPerIp?: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  idleMinutes: 30,
  absoluteHours: 12,
  maxFailedSignIns: 5,
  lockMinutes: 15,
};

/**
 * The session policy from configuration (`SESSION_IDLE_MINUTES`, `SESSION_ABSOLUTE_HOURS`,
 * `COOKIE_SECURE`), with the lock-out defaults. Composition roots pass it as `staff.session`.
 */
export function sessionPolicyFrom(
  config: Pick<Config, 'sessionIdleMinutes' | 'sessionAbsoluteHours' | 'cookieSecure'>,
): SessionPolicy {
  return {
    ...DEFAULT_SESSION_POLICY,
    idleMinutes: config.sessionIdleMinutes,
    absoluteHours: config.sessionAbsoluteHours,
    ...(config.cookieSecure === null ? {} : { secureCookie: config.cookieSecure }),
  };
}

/** What the staff API needs: the ports, the logger and its settings. Built by the composition root. */
export interface StaffDeps {
  store: Store;
  accounts: StaffAccounts;
  audit: AuditLog;
  inbox: Inbox;
  mailer: Mailer;
  logger: Logger;
  publicUrl: string | null;
  session: SessionPolicy;
  /** Injected so tests can move time on (idle and absolute timeouts, lock-outs). */
  now?: () => Date;
}
