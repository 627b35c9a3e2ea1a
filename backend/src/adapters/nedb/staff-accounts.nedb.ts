import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ConflictError, NotFoundError } from '../../domain/errors.js';
import type { StaffInvitation, StaffSession, StaffUser } from '../../domain/staff/roles.js';
import type { StaffAccounts } from '../../ports/staff-accounts.js';
import { Datastore, isUniqueViolation, unset } from './datastore.js';
import { GroupSync } from './group-sync.js';

/**
 * Sessions are touched as staff work, and nedb appends a line per change: compact the files
 * every 10 minutes (and on close) so they do not grow without end.
 */
const COMPACTION_INTERVAL_MS = 10 * 60_000;

/** A stored document: the domain object plus nedb's `_id`, which never leaves this file. */
type Doc<T> = T & { _id?: string };

function strip<T>(doc: Doc<T>): T {
  const { _id, ...rest } = doc;
  return rest as T;
}

/**
 * Staff users, sessions and invitations in three nedb files under `dataDir`
 * (`staff-users.db`, `staff-sessions.db`, `staff-invitations.db`). nedb runs one operation at a
 * time in one process, so a unique index or a conditional update decides every race here; each
 * write resolves after an fdatasync of its file, as the port asks.
 */
export class NedbStaffAccounts implements StaffAccounts {
  #closing: Promise<void> | null = null;

  private constructor(
    private readonly users: Datastore<Doc<StaffUser>>,
    private readonly sessions: Datastore<Doc<StaffSession>>,
    private readonly invitations: Datastore<Doc<StaffInvitation>>,
    private readonly syncs: { users: GroupSync; sessions: GroupSync; invitations: GroupSync },
  ) {}

  static async open({ dataDir }: { dataDir: string }): Promise<StaffAccounts> {
    await mkdir(dataDir, { recursive: true });
    const file = (name: string) => path.join(dataDir, `staff-${name}.db`);
    const users = new Datastore<Doc<StaffUser>>({ filename: file('users') });
    const sessions = new Datastore<Doc<StaffSession>>({ filename: file('sessions') });
    const invitations = new Datastore<Doc<StaffInvitation>>({ filename: file('invitations') });
    await Promise.all([users, sessions, invitations].map((db) => db.loadDatabaseAsync()));
    await users.ensureIndexAsync({ fieldName: 'id', unique: true });
    await users.ensureIndexAsync({ fieldName: 'email', unique: true });
    await sessions.ensureIndexAsync({ fieldName: 'tokenHash', unique: true });
    await sessions.ensureIndexAsync({ fieldName: 'userId' });
    await invitations.ensureIndexAsync({ fieldName: 'tokenHash', unique: true });
    await invitations.ensureIndexAsync({ fieldName: 'userId' });
    for (const db of [users, sessions, invitations]) db.setAutocompactionInterval(COMPACTION_INTERVAL_MS);
    return new NedbStaffAccounts(users, sessions, invitations, {
      users: GroupSync.forFile(file('users')),
      sessions: GroupSync.forFile(file('sessions')),
      invitations: GroupSync.forFile(file('invitations')),
    });
  }

  async createUser(user: StaffUser): Promise<void> {
    try {
      await this.users.insertAsync(structuredClone({ ...user, email: user.email.toLowerCase() }));
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError('There is already a user with this email address');
      throw error;
    }
    await this.syncs.users.sync();
  }

  async getUser(id: string): Promise<StaffUser | null> {
    const doc = await this.users.findOneAsync({ id });
    return doc ? strip(doc) : null;
  }

  async findUserByEmail(email: string): Promise<StaffUser | null> {
    const doc = await this.users.findOneAsync({ email: email.trim().toLowerCase() });
    return doc ? strip(doc) : null;
  }

  async listUsers(): Promise<StaffUser[]> {
    const docs = await this.users.findAsync({}).sort({ email: 1 });
    return docs.map(strip);
  }

  async updateUser(user: StaffUser): Promise<void> {
    let updated: number;
    try {
      // A whole document (no operators) replaces the stored one; nedb keeps its `_id`.
      ({ numAffected: updated } = await this.users.updateAsync(
        { id: user.id },
        structuredClone({ ...user, email: user.email.toLowerCase() }),
        {},
      ));
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError('There is already a user with this email address');
      throw error;
    }
    if (updated === 0) throw new NotFoundError(`No staff user ${user.id}`);
    await this.syncs.users.sync();
  }

  countUsers(): Promise<number> {
    return this.users.countAsync({});
  }

  async createSession(session: StaffSession): Promise<void> {
    await this.sessions.insertAsync(structuredClone(session));
    await this.syncs.sessions.sync();
  }

  async getSession(tokenHash: string): Promise<StaffSession | null> {
    const doc = await this.sessions.findOneAsync({ tokenHash });
    return doc ? strip(doc) : null;
  }

  async touchSession(tokenHash: string, at: Date): Promise<void> {
    const { numAffected } = await this.sessions.updateAsync({ tokenHash }, { $set: { lastSeenAt: at } }, {});
    if (numAffected > 0) await this.syncs.sessions.sync();
  }

  async deleteSession(tokenHash: string): Promise<void> {
    const removed = await this.sessions.removeAsync({ tokenHash }, {});
    if (removed > 0) await this.syncs.sessions.sync();
  }

  async deleteSessionsOfUser(userId: string): Promise<number> {
    const removed = await this.sessions.removeAsync({ userId }, { multi: true });
    if (removed > 0) await this.syncs.sessions.sync();
    return removed;
  }

  async deleteExpiredSessions(now: Date): Promise<number> {
    const removed = await this.sessions.removeAsync({ expiresAt: { $lt: now } }, { multi: true });
    if (removed > 0) await this.syncs.sessions.sync();
    return removed;
  }

  async createInvitation(invitation: StaffInvitation): Promise<void> {
    try {
      await this.invitations.insertAsync(structuredClone(invitation));
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError('This invitation token is already in use');
      throw error;
    }
    await this.syncs.invitations.sync();
  }

  async findInvitation(tokenHash: string): Promise<StaffInvitation | null> {
    const doc = await this.invitations.findOneAsync({ tokenHash });
    return doc ? strip(doc) : null;
  }

  /**
   * One conditional update: nedb runs operations one after another, so of two racing callers
   * the first sets `usedAt` and the second no longer matches `usedAt: null`.
   */
  async useInvitation(tokenHash: string, at: Date): Promise<boolean> {
    const { numAffected } = await this.invitations.updateAsync(
      { $and: [{ tokenHash }, unset('usedAt')] },
      { $set: { usedAt: at } },
      {},
    );
    if (numAffected === 0) return false;
    await this.syncs.invitations.sync();
    return true;
  }

  /** Stops the compaction timers and compacts once more, which also waits for queued writes. */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      for (const db of [this.users, this.sessions, this.invitations]) {
        db.stopAutocompaction();
        await db.compactDatafileAsync();
      }
    })();
    return this.#closing;
  }
}
