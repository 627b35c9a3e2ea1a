import type { Collection, Db, WriteConcernSettings } from 'mongodb';
import { ConflictError, NotFoundError } from '../../domain/errors.js';
import type { StaffInvitation, StaffSession, StaffUser } from '../../domain/staff/roles.js';
import type { StaffAccounts } from '../../ports/staff-accounts.js';
import { isDuplicateKey } from './rollups-digests.mongo.js';

/** Acknowledged once a majority has it in its journal: a sign-out or a disabled account must not come back after a failover. */
const DURABLE: WriteConcernSettings = { w: 'majority', journal: true };

/** Never return MongoDB's `_id`: the domain objects are exactly what was stored. */
const NO_ID = { projection: { _id: 0 } } as const;

/**
 * Staff users, sessions and invitations in MongoDB (`staffUsers`, `staffSessions`,
 * `staffInvitations`), shared by every API process. Unique indexes make emails, ids and token
 * hashes unique across processes; a conditional update makes an invitation usable once however
 * many requests race; a TTL index lets MongoDB delete sessions past their absolute expiry.
 */
export class MongoStaffAccounts implements StaffAccounts {
  private constructor(
    private readonly users: Collection<StaffUser>,
    private readonly sessions: Collection<StaffSession>,
    private readonly invitations: Collection<StaffInvitation>,
  ) {}

  static async open(db: Db): Promise<StaffAccounts> {
    const users = db.collection<StaffUser>('staffUsers', { writeConcern: DURABLE });
    const sessions = db.collection<StaffSession>('staffSessions', { writeConcern: DURABLE });
    const invitations = db.collection<StaffInvitation>('staffInvitations', { writeConcern: DURABLE });
    await users.createIndexes([
      { key: { id: 1 }, name: 'id_unique', unique: true },
      { key: { email: 1 }, name: 'email_unique', unique: true },
    ]);
    await sessions.createIndexes([
      { key: { tokenHash: 1 }, name: 'tokenHash_unique', unique: true },
      { key: { userId: 1 }, name: 'userId' },
      // Deleted by MongoDB's TTL monitor (about once a minute) once past `expiresAt`; the
      // middleware checks the expiry itself, so the lag never lets a session live longer.
      { key: { expiresAt: 1 }, name: 'expiresAt_ttl', expireAfterSeconds: 0 },
    ]);
    await invitations.createIndexes([
      { key: { tokenHash: 1 }, name: 'tokenHash_unique', unique: true },
      { key: { userId: 1 }, name: 'userId' },
    ]);
    return new MongoStaffAccounts(users, sessions, invitations);
  }

  async createUser(user: StaffUser): Promise<void> {
    try {
      // A copy: the driver adds `_id` to the document it is given.
      await this.users.insertOne({ ...user, email: user.email.toLowerCase() });
    } catch (error) {
      if (isDuplicateKey(error)) throw new ConflictError('There is already a user with this email address');
      throw error;
    }
  }

  getUser(id: string): Promise<StaffUser | null> {
    return this.users.findOne({ id }, NO_ID);
  }

  findUserByEmail(email: string): Promise<StaffUser | null> {
    return this.users.findOne({ email: email.trim().toLowerCase() }, NO_ID);
  }

  listUsers(): Promise<StaffUser[]> {
    return this.users.find({}, NO_ID).sort({ email: 1 }).toArray();
  }

  async updateUser(user: StaffUser): Promise<void> {
    let matched: number;
    try {
      ({ matchedCount: matched } = await this.users.replaceOne(
        { id: user.id },
        { ...user, email: user.email.toLowerCase() },
      ));
    } catch (error) {
      if (isDuplicateKey(error)) throw new ConflictError('There is already a user with this email address');
      throw error;
    }
    if (matched === 0) throw new NotFoundError(`No staff user ${user.id}`);
  }

  countUsers(): Promise<number> {
    return this.users.countDocuments({});
  }

  async createSession(session: StaffSession): Promise<void> {
    await this.sessions.insertOne({ ...session });
  }

  getSession(tokenHash: string): Promise<StaffSession | null> {
    return this.sessions.findOne({ tokenHash }, NO_ID);
  }

  async touchSession(tokenHash: string, at: Date): Promise<void> {
    await this.sessions.updateOne({ tokenHash }, { $set: { lastSeenAt: at } });
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.sessions.deleteOne({ tokenHash });
  }

  async deleteSessionsOfUser(userId: string): Promise<number> {
    return (await this.sessions.deleteMany({ userId })).deletedCount;
  }

  async deleteExpiredSessions(now: Date): Promise<number> {
    return (await this.sessions.deleteMany({ expiresAt: { $lt: now } })).deletedCount;
  }

  async createInvitation(invitation: StaffInvitation): Promise<void> {
    try {
      await this.invitations.insertOne({ ...invitation });
    } catch (error) {
      if (isDuplicateKey(error)) throw new ConflictError('This invitation token is already in use');
      throw error;
    }
  }

  findInvitation(tokenHash: string): Promise<StaffInvitation | null> {
    return this.invitations.findOne({ tokenHash }, NO_ID);
  }

  /** One atomic conditional update: of racing callers (in any process) only one still matches `usedAt: null`. */
  async useInvitation(tokenHash: string, at: Date): Promise<boolean> {
    const { modifiedCount } = await this.invitations.updateOne({ tokenHash, usedAt: null }, { $set: { usedAt: at } });
    return modifiedCount === 1;
  }

  /** The client belongs to the store, which closes it. */
  async close(): Promise<void> {}
}
