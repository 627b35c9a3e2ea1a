import type { Store } from './ports/store.js';
import type { StaffAccounts } from './ports/staff-accounts.js';
import type { AuditLog } from './ports/audit-log.js';
import type { Inbox } from './ports/inbox.js';
import { NedbStore } from './adapters/nedb/store.nedb.js';
import { MongoStore } from './adapters/mongo/store.mongo.js';
import { NedbStaffAccounts } from './adapters/nedb/staff-accounts.nedb.js';
import { MongoStaffAccounts } from './adapters/mongo/staff-accounts.mongo.js';
import { NedbInbox } from './adapters/nedb/inbox.nedb.js';
import { MongoInbox } from './adapters/mongo/inbox.mongo.js';
import { NedbAuditLog } from './adapters/nedb/audit-log.nedb.js';
import { MongoAuditLog } from './adapters/mongo/audit-log.mongo.js';

export interface StaffAdapters {
  accounts: StaffAccounts;
  audit: AuditLog;
  inbox: Inbox;
  close(): Promise<void>;
}

/**
 * The staff side's adapters, on the same storage as the feedback store: nedb files beside it in
 * `dataDir`, or the same MongoDB database (one client). Called by every composition root that
 * serves the staff API, and by the test harness.
 */
export async function openStaffAdapters(store: Store, dataDir: string): Promise<StaffAdapters> {
  let parts: Omit<StaffAdapters, 'close'>;
  if (store instanceof MongoStore) {
    const db = store.database;
    parts = {
      accounts: await MongoStaffAccounts.open(db),
      audit: await MongoAuditLog.open(db),
      inbox: await MongoInbox.open(db),
    };
  } else if (store instanceof NedbStore) {
    parts = {
      accounts: await NedbStaffAccounts.open({ dataDir }),
      audit: await NedbAuditLog.open({ dataDir }),
      inbox: await NedbInbox.open({ dataDir, store }),
    };
  } else {
    throw new Error('openStaffAdapters: unknown store adapter');
  }
  return {
    ...parts,
    async close() {
      await parts.inbox.close();
      await parts.audit.close();
      await parts.accounts.close();
    },
  };
}
