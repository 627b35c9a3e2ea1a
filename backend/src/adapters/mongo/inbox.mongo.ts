import type { Db } from 'mongodb';
import type { Inbox } from '../../ports/inbox.js';

/** SKELETON (being built): the inbox in MongoDB (text index, `$facet` counts). */
export class MongoInbox {
  static async open(_db: Db): Promise<Inbox> {
    throw new Error('MongoInbox is not built yet');
  }
}
