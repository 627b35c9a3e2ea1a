import type { InboxItem, InboxPage, InboxQuery } from '../domain/staff/inbox-query.js';
import type { Moderation } from '../domain/staff/moderation.js';
import type { FeedbackResponse, YouSaidWeDid } from '../domain/staff/responses.js';

/** The change a moderator makes, from the version they saw. */
export interface ModerationChange {
  feedbackId: string;
  expectedVersion: number;
  next: Omit<Moderation, 'feedbackId' | 'practiceCode' | 'version'>;
}

export interface PublishedQuery {
  practiceCode: string;
  limit: number;
  /** Opaque cursor from the previous page. */
  cursor?: string;
}

/**
 * The staff inbox over the stored feedback: search with counts, moderation state, replies and
 * notes, and "you said, we did". Adapters: embedded (nedb files plus an in-memory search index
 * kept current from the feedback store) and MongoDB (a text index and `$facet`).
 */
export interface Inbox {
  search(query: InboxQuery): Promise<InboxPage>;
  /** One item, or null when there is no such feedback. The caller checks the practice. */
  getItem(feedbackId: string): Promise<InboxItem | null>;
  /**
   * Apply a moderation change if the stored version is still `expectedVersion`. Returns the new
   * moderation, or `null` when someone else changed it first (the caller answers 409).
   */
  updateModeration(change: ModerationChange): Promise<Moderation | null>;

  addResponse(response: FeedbackResponse): Promise<void>;
  listResponses(feedbackId: string): Promise<FeedbackResponse[]>;

  addYouSaidWeDid(action: YouSaidWeDid): Promise<void>;
  listYouSaidWeDid(practiceCode: string): Promise<YouSaidWeDid[]>;

  /** Published feedback of one practice, newest published first, for the public stories view. */
  listPublished(query: PublishedQuery): Promise<{ items: InboxItem[]; next: string | null }>;

  close(): Promise<void>;
}
