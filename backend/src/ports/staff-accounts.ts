import type { StaffInvitation, StaffSession, StaffUser } from '../domain/staff/roles.js';

/**
 * Staff accounts, sessions and invitations. Adapters: embedded (nedb files) and MongoDB. Every
 * write resolves once durable. Sessions live here, not in process memory, so any API process
 * can serve any request and sign-out ends the session everywhere.
 */
export interface StaffAccounts {
  /** Throws `ConflictError` when the email is taken (emails are unique, compared lower-cased). */
  createUser(user: StaffUser): Promise<void>;
  getUser(id: string): Promise<StaffUser | null>;
  findUserByEmail(email: string): Promise<StaffUser | null>;
  listUsers(): Promise<StaffUser[]>;
  /** Replace the stored user (same id). Throws `NotFoundError` when there is none. */
  updateUser(user: StaffUser): Promise<void>;
  countUsers(): Promise<number>;

  createSession(session: StaffSession): Promise<void>;
  getSession(tokenHash: string): Promise<StaffSession | null>;
  /** Record activity (for the idle timeout). */
  touchSession(tokenHash: string, at: Date): Promise<void>;
  deleteSession(tokenHash: string): Promise<void>;
  /** End every session of a user (disabled, password changed, role changed). Returns how many. */
  deleteSessionsOfUser(userId: string): Promise<number>;
  /** Remove sessions that ended (absolute expiry) before `now`. */
  deleteExpiredSessions(now: Date): Promise<number>;

  createInvitation(invitation: StaffInvitation): Promise<void>;
  findInvitation(tokenHash: string): Promise<StaffInvitation | null>;
  /**
   * Mark an invitation used. True only for the one call that used it (so a token works once,
   * even when two requests race).
   */
  useInvitation(tokenHash: string, at: Date): Promise<boolean>;

  close(): Promise<void>;
}
