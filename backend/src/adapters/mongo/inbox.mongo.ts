import type { Collection, Db, WriteConcernSettings } from 'mongodb';
import { NotFoundError } from '../../domain/errors.js';
import type { FeedbackRecord } from '../../domain/feedback.js';
import { decodeCursor, encodeCursor } from '../../domain/staff/inbox-cursor.js';
import type { InboxItem, InboxPage, InboxQuery } from '../../domain/staff/inbox-query.js';
import { initialModeration, type Moderation, type ModerationStatus } from '../../domain/staff/moderation.js';
import type { FeedbackResponse, YouSaidWeDid } from '../../domain/staff/responses.js';
import type { Inbox, ModerationChange, PublishedQuery } from '../../ports/inbox.js';
import { toModeration, toResponse, toYouSaidWeDid } from '../inbox-mapping.js';
import { toFeedbackRecord } from '../record-mapping.js';
import { facetsOf, searchPipeline, TEXT_INDEX, type SearchResult } from './inbox-pipeline.mongo.js';
import { isDuplicateKey } from './rollups-digests.mongo.js';

/** As the store: acknowledged once a majority of the replica set has it in its journal. */
const DURABLE: WriteConcernSettings = { w: 'majority', journal: true };

/**
 * Fields the inbox keeps on the store's feedback documents (not part of the record): the
 * moderation status, copied from `moderation` so the search can filter and count on it inside
 * one aggregation, and the version it was copied from, so copies made out of order never
 * overwrite a newer one.
 */
type StoredFeedback = FeedbackRecord & { moderationStatus?: ModerationStatus; moderationVersion?: number };

/**
 * The staff inbox in MongoDB, for deployments with many API processes: `moderation` (one row
 * per moderated submission, compare-and-set on `version`), `responses` and `youSaidWeDid`,
 * and search over the store's `feedback` collection with a text index and `$facet`
 * (`inbox-pipeline.mongo.ts`). Holds nothing in memory, so any process answers any request.
 */
export class MongoInbox implements Inbox {
  private constructor(
    private readonly feedback: Collection<StoredFeedback>,
    private readonly moderation: Collection<Moderation>,
    private readonly responses: Collection<FeedbackResponse>,
    private readonly youSaidWeDid: Collection<YouSaidWeDid>,
  ) {}

  /** Use the store's database; ensure the indexes (idempotent, so every process may do it). */
  static async open(db: Db): Promise<Inbox> {
    const inbox = new MongoInbox(
      db.collection<StoredFeedback>('feedback', { writeConcern: DURABLE }),
      db.collection<Moderation>('moderation', { writeConcern: DURABLE }),
      db.collection<FeedbackResponse>('responses', { writeConcern: DURABLE }),
      db.collection<YouSaidWeDid>('youSaidWeDid', { writeConcern: DURABLE }),
    );
    await inbox.feedback.createIndexes([TEXT_INDEX]);
    await inbox.moderation.createIndexes([
      { key: { feedbackId: 1 }, name: 'feedbackId_unique', unique: true },
      // A practice's items by status; with status `published`, newest published first.
      { key: { practiceCode: 1, status: 1, publishedAt: -1, feedbackId: -1 }, name: 'practice_status_published' },
    ]);
    await inbox.responses.createIndexes([
      { key: { id: 1 }, name: 'id_unique', unique: true },
      { key: { feedbackId: 1, createdAt: 1 }, name: 'feedback_oldest' },
    ]);
    await inbox.youSaidWeDid.createIndexes([
      { key: { id: 1 }, name: 'id_unique', unique: true },
      { key: { practiceCode: 1, createdAt: -1 }, name: 'practice_newest' },
    ]);
    return inbox;
  }

  async search(query: InboxQuery): Promise<InboxPage> {
    const [result] = await this.feedback
      .aggregate<SearchResult>(searchPipeline(query), { allowDiskUse: true })
      .toArray();
    const page = (result?.page ?? []) as { id: string; receivedAt: Date }[];
    const shown = page.slice(0, query.limit);
    const last = shown.at(-1);
    return {
      items: await this.#items(shown.map((doc) => doc.id)),
      total: Number(result?.total?.[0]?.n ?? 0),
      facets: facetsOf(result ?? {}),
      next: page.length > query.limit && last ? encodeCursor({ at: last.receivedAt.getTime(), id: last.id }) : null,
    };
  }

  async getItem(feedbackId: string): Promise<InboxItem | null> {
    const [item] = await this.#items([feedbackId]);
    return item ?? null;
  }

  /**
   * Compare-and-set on `version`: the first change from version 0 inserts the row (the unique
   * index lets one of two racers in), later ones update only the row still at the version the
   * moderator saw. Then the status is copied onto the feedback document, only over an older
   * copy. The two writes are not one transaction (a standalone server has none): if a process
   * dies between them, the copy used for filtering is stale until the next change of that item,
   * while the item itself always shows the `moderation` row.
   */
  async updateModeration({ feedbackId, expectedVersion, next }: ModerationChange): Promise<Moderation | null> {
    const record = await this.feedback.findOne({ id: feedbackId }, { projection: { _id: 0, practiceCode: 1 } });
    if (!record) throw new NotFoundError(`No feedback with id ${feedbackId}`);
    const version = expectedVersion + 1;
    const updated = toModeration({ ...next, feedbackId, practiceCode: record.practiceCode, version });
    if (expectedVersion === 0) {
      try {
        await this.moderation.insertOne({ ...updated });
      } catch (error) {
        if (isDuplicateKey(error)) return null;
        throw error;
      }
    } else {
      const stored = await this.moderation.findOneAndUpdate(
        { feedbackId, version: expectedVersion },
        { $set: updated },
        { returnDocument: 'after', projection: { _id: 0 } },
      );
      if (!stored) return null;
    }
    await this.feedback.updateOne(
      { id: feedbackId, $or: [{ moderationVersion: { $exists: false } }, { moderationVersion: { $lt: version } }] },
      { $set: { moderationStatus: updated.status, moderationVersion: version } },
    );
    return updated;
  }

  async addResponse(response: FeedbackResponse): Promise<void> {
    await this.responses.insertOne(toResponse(response));
  }

  async listResponses(feedbackId: string): Promise<FeedbackResponse[]> {
    const docs = await this.responses
      .find({ feedbackId }, { projection: { _id: 0 } })
      .sort({ createdAt: 1, id: 1 })
      .toArray();
    return docs.map(toResponse);
  }

  async addYouSaidWeDid(action: YouSaidWeDid): Promise<void> {
    await this.youSaidWeDid.insertOne(toYouSaidWeDid(action));
  }

  /** Newest first. */
  async listYouSaidWeDid(practiceCode: string): Promise<YouSaidWeDid[]> {
    const docs = await this.youSaidWeDid
      .find({ practiceCode }, { projection: { _id: 0 } })
      .sort({ createdAt: -1, id: -1 })
      .toArray();
    return docs.map(toYouSaidWeDid);
  }

  async listPublished({
    practiceCode,
    limit,
    cursor,
  }: PublishedQuery): Promise<{ items: InboxItem[]; next: string | null }> {
    const after = cursor ? decodeCursor(cursor) : null;
    const filter = {
      practiceCode,
      status: 'published' as const,
      ...(after
        ? {
            $or: [
              { publishedAt: { $lt: new Date(after.at) } },
              { publishedAt: new Date(after.at), feedbackId: { $lt: after.id } },
            ],
          }
        : {}),
    };
    const rows = await this.moderation
      .find(filter, { projection: { _id: 0 } })
      .sort({ publishedAt: -1, feedbackId: -1 })
      .limit(limit + 1)
      .toArray();
    const shown = rows.slice(0, limit).map(toModeration);
    const records = await this.#records(shown.map((row) => row.feedbackId));
    const last = shown.at(-1);
    return {
      items: shown.flatMap((moderation) => {
        const record = records.get(moderation.feedbackId);
        return record ? [{ record, moderation }] : [];
      }),
      next:
        rows.length > limit && last
          ? encodeCursor({ at: last.publishedAt?.getTime() ?? 0, id: last.feedbackId })
          : null,
    };
  }

  async close(): Promise<void> {}

  async #records(ids: string[]): Promise<Map<string, FeedbackRecord>> {
    const docs = await this.feedback.find({ id: { $in: ids } }, { projection: { _id: 0 } }).toArray();
    return new Map(docs.map((doc) => [doc.id, toFeedbackRecord(doc)]));
  }

  /** Records and their moderation, in the order of `ids`; ids with no record are left out. */
  async #items(ids: string[]): Promise<InboxItem[]> {
    if (ids.length === 0) return [];
    const [records, rows] = await Promise.all([
      this.#records(ids),
      this.moderation.find({ feedbackId: { $in: ids } }, { projection: { _id: 0 } }).toArray(),
    ]);
    const moderations = new Map(rows.map((row) => [row.feedbackId, toModeration(row)]));
    return ids.flatMap((id) => {
      const record = records.get(id);
      return record ? [{ record, moderation: moderations.get(id) ?? initialModeration(id, record.practiceCode) }] : [];
    });
  }
}
