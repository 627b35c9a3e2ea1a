import type { Db } from 'mongodb';
import type { StaffAccounts } from '../../ports/staff-accounts.js';

/** SKELETON (being built): staff users, sessions and invitations in MongoDB. */
export class MongoStaffAccounts {
  static async open(_db: Db): Promise<StaffAccounts> {
    throw new Error('MongoStaffAccounts is not built yet');
  }
}
