import type { StaffAccounts } from '../../ports/staff-accounts.js';

/** SKELETON (being built): staff users, sessions and invitations in nedb files under `dataDir`. */
export class NedbStaffAccounts {
  static async open(_options: { dataDir: string }): Promise<StaffAccounts> {
    throw new Error('NedbStaffAccounts is not built yet');
  }
}
