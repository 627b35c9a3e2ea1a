/**
 * Staff roles. Each user holds one role; practice-scoped roles also hold the practices they work
 * for. Who may do what is decided in one place: `permissions.ts`.
 */
export const STAFF_ROLES = ['icb-admin', 'moderator', 'practice-manager', 'analyst', 'councillor'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Roles whose reach is the practices listed on the user (`practiceCodes`), not the whole ICB. */
export const PRACTICE_SCOPED_ROLES: readonly StaffRole[] = ['practice-manager', 'moderator'];

export const ROLE_LABELS: Record<StaffRole, string> = {
  'icb-admin': 'ICB administrator',
  moderator: 'Moderator',
  'practice-manager': 'Practice manager',
  analyst: 'Analyst',
  councillor: 'Councillor',
};

/** invited: has an invitation, no password yet. disabled: may not sign in; sessions ended. */
export type StaffUserStatus = 'invited' | 'active' | 'disabled';

/** A member of staff. The password hash never leaves the accounts adapter except for checking. */
export interface StaffUser {
  id: string;
  /** Lower-cased; unique. */
  email: string;
  name: string;
  role: StaffRole;
  /**
   * Practices (ODS codes) a practice-scoped role works for. `['*']` for a moderator who
   * moderates every practice in the ICB. Ignored (empty) for ICB-wide roles.
   */
  practiceCodes: string[];
  status: StaffUserStatus;
  /** `scrypt$N$r$p$salt$hash` (base64url parts); null until the invitation is accepted. */
  passwordHash: string | null;
  /** Consecutive failed sign-ins since the last success; drives the lock-out. */
  failedSignIns: number;
  /** Sign-in refused until then (after repeated failures); null when not locked. */
  lockedUntil: Date | null;
  createdAt: Date;
  updatedAt: Date;
  lastSignInAt: Date | null;
}

/** What the API shows of a user: never the password hash or lock-out counters. */
export type PublicStaffUser = Pick<
  StaffUser,
  'id' | 'email' | 'name' | 'role' | 'practiceCodes' | 'status' | 'createdAt' | 'lastSignInAt'
>;

export function publicUser(user: StaffUser): PublicStaffUser {
  const { id, email, name, role, practiceCodes, status, createdAt, lastSignInAt } = user;
  return { id, email, name, role, practiceCodes, status, createdAt, lastSignInAt };
}

/** A signed-in session, kept server-side; the cookie carries a random token whose hash is the key. */
export interface StaffSession {
  /** sha256 of the cookie token, base64url. The token itself is never stored. */
  tokenHash: string;
  userId: string;
  /** Sent back in `X-CSRF-Token` on every state-changing request (synchroniser token). */
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  /** Absolute end, whatever the activity. */
  expiresAt: Date;
  ip: string | null;
}

/** An invitation to set a password; only the hash of the emailed token is kept. */
export interface StaffInvitation {
  tokenHash: string;
  userId: string;
  invitedBy: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
}
