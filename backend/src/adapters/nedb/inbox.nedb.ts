import type { Inbox } from '../../ports/inbox.js';
import type { NedbStore } from './store.nedb.js';

/** SKELETON (being built): the inbox over the embedded store, with an in-memory search index. */
export class NedbInbox {
  static async open(_options: { dataDir: string; store: NedbStore }): Promise<Inbox> {
    throw new Error('NedbInbox is not built yet');
  }
}
