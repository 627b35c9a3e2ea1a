import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { NotFoundError } from '../../domain/errors.js';
import { decodeCursor, encodeCursor } from '../../domain/staff/inbox-cursor.js';
import type { InboxItem, InboxPage, InboxQuery } from '../../domain/staff/inbox-query.js';
import { initialModeration, type Moderation, type ModerationStatus } from '../../domain/staff/moderation.js';
import type { FeedbackResponse, YouSaidWeDid } from '../../domain/staff/responses.js';
import type { Inbox, ModerationChange, PublishedQuery } from '../../ports/inbox.js';
import { toModeration, toResponse, toYouSaidWeDid } from '../inbox-mapping.js';
import { Datastore } from './datastore.js';
import { GroupSync } from './group-sync.js';
import { InboxIndex } from './inbox-index.js';
import type { NedbStore } from './store.nedb.js';

/** nedb adds `_id`; the mapping functions copy field by field and leave it behind. */
type Doc<T> = T & { _id?: string };

/** One nedb file and the group flush that makes its writes durable. */
interface File<T> {
  db: Datastore<Doc<T>>;
  sync: GroupSync;
}

async function openFile<T>(dataDir: string, name: string): Promise<File<T>> {
  const filename = path.join(dataDir, `${name}.db`);
  const db = new Datastore<Doc<T>>({ filename });
  await db.loadDatabaseAsync();
  return { db, sync: GroupSync.forFile(filename) };
}

/** Newest first by time, then id, as the cursor expects; nedb sorts dates by value. */
function publishedAfter(cursor: string | undefined): Record<string, unknown> {
  if (!cursor) return {};
  const { at, id } = decodeCursor(cursor);
  const time = new Date(at);
  return { $or: [{ publishedAt: { $lt: time } }, { publishedAt: time, feedbackId: { $lt: id } }] };
}

/**
 * The staff inbox on the embedded store: `moderation.db`, `responses.db` and
 * `you-said-we-did.db` under `dataDir`, beside the store's files, each write flushed to disk
 * before it resolves (as the store does). Search runs on `InboxIndex` in memory, built from the
 * store's records at open and kept current through the store's write hook; the records
 * themselves are read from the store, which nedb also holds in memory. nedb lives in one
 * process, so in-process locks are enough to make moderation changes compare-and-set.
 */
export class NedbInbox implements Inbox {
  /** The last change queued per feedback id: the next one waits for it. */
  readonly #moderating = new Map<string, Promise<unknown>>();
  readonly #index: InboxIndex;
  readonly #stopListening: () => void;

  /**
   * @param statuses moderation statuses other than `new`, for records as the index first meets
   * them; kept up to date for the inbox's life (only moderated records are in it).
   */
  private constructor(
    private readonly store: NedbStore,
    private readonly moderation: File<Moderation>,
    private readonly responses: File<FeedbackResponse>,
    private readonly youSaidWeDid: File<YouSaidWeDid>,
    private readonly statuses: Map<string, ModerationStatus>,
  ) {
    const index = new InboxIndex((feedbackId) => statuses.get(feedbackId) ?? 'new');
    this.#index = index;
    this.#stopListening = store.onFeedbackWritten((record) => index.upsert(record), { replay: true });
  }

  /** Open (or create) the files, then index every stored record. */
  static async open({ dataDir, store }: { dataDir: string; store: NedbStore }): Promise<Inbox> {
    await mkdir(dataDir, { recursive: true });
    const [moderation, responses, youSaidWeDid] = await Promise.all([
      openFile<Moderation>(dataDir, 'moderation'),
      openFile<FeedbackResponse>(dataDir, 'responses'),
      openFile<YouSaidWeDid>(dataDir, 'you-said-we-did'),
    ]);
    await moderation.db.ensureIndexAsync({ fieldName: 'feedbackId', unique: true });
    await moderation.db.ensureIndexAsync({ fieldName: 'practiceCode' });
    await responses.db.ensureIndexAsync({ fieldName: 'feedbackId' });
    await youSaidWeDid.db.ensureIndexAsync({ fieldName: 'practiceCode' });
    const statuses = new Map<string, ModerationStatus>();
    for (const row of await moderation.db.findAsync({})) statuses.set(row.feedbackId, row.status);
    return new NedbInbox(store, moderation, responses, youSaidWeDid, statuses);
  }

  async search(query: InboxQuery): Promise<InboxPage> {
    const page = this.#index.search(query);
    return { items: await this.#items(page.ids), total: page.total, facets: page.facets, next: page.next };
  }

  async getItem(feedbackId: string): Promise<InboxItem | null> {
    const [item] = await this.#items([feedbackId]);
    return item ?? null;
  }

  updateModeration(change: ModerationChange): Promise<Moderation | null> {
    const { feedbackId } = change;
    const previous = this.#moderating.get(feedbackId) ?? Promise.resolve();
    const run = previous.then(() => this.#compareAndSet(change));
    const settled = run.catch(() => undefined);
    this.#moderating.set(feedbackId, settled);
    void settled.then(() => {
      if (this.#moderating.get(feedbackId) === settled) this.#moderating.delete(feedbackId);
    });
    return run;
  }

  async #compareAndSet({ feedbackId, expectedVersion, next }: ModerationChange): Promise<Moderation | null> {
    const record = await this.store.getFeedback(feedbackId);
    if (!record) throw new NotFoundError(`No feedback with id ${feedbackId}`);
    const row = await this.moderation.db.findOneAsync({ feedbackId });
    const current = row ? toModeration(row) : initialModeration(feedbackId, record.practiceCode);
    if (current.version !== expectedVersion) return null;
    const updated = toModeration({
      ...next,
      feedbackId,
      practiceCode: record.practiceCode,
      version: current.version + 1,
    });
    await this.moderation.db.updateAsync({ feedbackId }, updated, { upsert: true });
    await this.moderation.sync.sync();
    this.statuses.set(feedbackId, updated.status);
    this.#index.setStatus(feedbackId, updated.status);
    return updated;
  }

  async addResponse(response: FeedbackResponse): Promise<void> {
    await this.responses.db.insertAsync(toResponse(response));
    await this.responses.sync.sync();
  }

  async listResponses(feedbackId: string): Promise<FeedbackResponse[]> {
    const docs = await this.responses.db.findAsync({ feedbackId }).sort({ createdAt: 1, id: 1 });
    return docs.map(toResponse);
  }

  async addYouSaidWeDid(action: YouSaidWeDid): Promise<void> {
    await this.youSaidWeDid.db.insertAsync(toYouSaidWeDid(action));
    await this.youSaidWeDid.sync.sync();
  }

  /** Newest first. */
  async listYouSaidWeDid(practiceCode: string): Promise<YouSaidWeDid[]> {
    const docs = await this.youSaidWeDid.db.findAsync({ practiceCode }).sort({ createdAt: -1, id: -1 });
    return docs.map(toYouSaidWeDid);
  }

  async listPublished({
    practiceCode,
    limit,
    cursor,
  }: PublishedQuery): Promise<{ items: InboxItem[]; next: string | null }> {
    const rows = await this.moderation.db
      .findAsync({ practiceCode, status: 'published', ...publishedAfter(cursor) })
      .sort({ publishedAt: -1, feedbackId: -1 })
      .limit(limit + 1);
    const shown = rows.slice(0, limit).map(toModeration);
    const items: InboxItem[] = [];
    for (const moderation of shown) {
      const record = await this.store.getFeedback(moderation.feedbackId);
      if (record) items.push({ record, moderation });
    }
    const last = shown.at(-1);
    return {
      items,
      next:
        rows.length > limit && last
          ? encodeCursor({ at: last.publishedAt?.getTime() ?? 0, id: last.feedbackId })
          : null,
    };
  }

  async close(): Promise<void> {
    this.#stopListening();
    // Let queued moderation changes finish before the files are left.
    await Promise.all(this.#moderating.values());
  }

  /** The records and their moderation, in the order of `ids`; ids the store no longer has are left out. */
  async #items(ids: string[]): Promise<InboxItem[]> {
    if (ids.length === 0) return [];
    const [records, rows] = await Promise.all([
      Promise.all(ids.map((id) => this.store.getFeedback(id))),
      this.moderation.db.findAsync({ feedbackId: { $in: ids } }),
    ]);
    const moderations = new Map(rows.map((row) => [row.feedbackId, toModeration(row)]));
    return records.flatMap((record) =>
      record
        ? [{ record, moderation: moderations.get(record.id) ?? initialModeration(record.id, record.practiceCode) }]
        : [],
    );
  }
}
