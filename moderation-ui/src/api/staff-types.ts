/**
 * What the staff API sends and takes (backend/src/http/staff/README.md). Dates arrive as ISO 8601
 * strings. Fields the contract marks optional may be absent; the views cope with that.
 */
import type { Channel, QuestionId } from '../../../backend/src/domain/feedback.js';
import type { FftRating } from '../../../backend/src/domain/fft.js';
import type { StaffAction } from '../../../backend/src/domain/staff/permissions.js';
import type { StaffRole, StaffUserStatus } from '../../../backend/src/domain/staff/roles.js';
import type {
  ModerationStatus,
  NotPublishedReason,
  RedactionSpan,
} from '../../../backend/src/domain/staff/moderation.js';
import type { Flag, LanguageTag, SentimentLabel4, ThemeTag } from '../../../backend/src/domain/tags.js';
import type { FacetField } from '../../../backend/src/domain/staff/inbox-query.js';

export type { StaffAction, StaffRole, ModerationStatus, NotPublishedReason, RedactionSpan, FacetField };

export interface StaffUserView {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  practiceCodes: string[];
  status: StaffUserStatus;
  createdAt: string;
  lastSignInAt: string | null;
  /** What the role allows; the UI hides what is not here (the server checks anyway). */
  permissions: StaffAction[];
}

/** Answer to sign-in, session and accepting an invitation. */
export interface SessionView {
  user: StaffUserView;
  csrfToken: string;
  expiresAt: string;
  idleMinutes: number;
}

export interface InvitationView {
  email: string;
  name: string;
  role: StaffRole;
}

/** Half-open `[start, end)` offsets into the text they go with. */
export interface TextRange {
  start: number;
  end: number;
}

export interface CommentView {
  question: QuestionId | string;
  /** Redacted text (personal details replaced); null until the worker has processed it. */
  text: string | null;
  /** `text` with the moderator's removals applied, when the server sends it. */
  published?: string | null;
  highlights?: TextRange[];
}

export interface ItemTags {
  sentiment: { label: SentimentLabel4; score?: number } | null;
  themes: ThemeTag[];
  flags: Flag[];
  language: LanguageTag;
  needsHumanReading?: boolean;
}

export interface ContactView {
  name: string | null;
  email: string | null;
  phone: string | null;
}

export interface FeedbackItem {
  id: string;
  practiceCode: string;
  receivedAt: string;
  rating: FftRating;
  channel: Channel;
  language: string;
  status: ModerationStatus;
  reason: NotPublishedReason | null;
  version: number;
  redactions?: RedactionSpan[];
  comments: CommentView[];
  tags: ItemTags | null;
  /** The patient's own words: only for those who may read the original. */
  original?: { question: QuestionId | string; text: string; highlights?: TextRange[] }[];
  contact?: ContactView | null;
  /** The patient's receipt code (what they quote to have it erased): with `original` only. */
  receipt?: string;
  aboutYou?: { ageBand: string | null; role: string | null } | null;
  assistedBy?: { role: string; accessCodeId: string | null } | null;
}

export type Facets = Partial<Record<FacetField, Record<string, number>>>;

export interface InboxPage {
  items: FeedbackItem[];
  total: number;
  facets: Facets;
  next: string | null;
}

export interface ResponseView {
  id: string;
  kind: 'public-reply' | 'private-note';
  text: string;
  authorLabel?: string;
  authorId?: string;
  createdAt: string;
}

export interface AuditEntryView {
  seq: number;
  at: string;
  actorId: string;
  actorRole: string;
  /** Present when the server resolves the actor's name. */
  actorName?: string;
  action: string;
  targetType: string;
  targetId: string;
  practiceCode: string | null;
  ip: string | null;
  before?: unknown;
  after?: unknown;
}

export interface FeedbackDetail {
  item: FeedbackItem;
  responses: ResponseView[];
  history: AuditEntryView[];
}

export interface ModerationChange {
  version: number;
  status: ModerationStatus;
  reason?: NotPublishedReason | null;
  redactions?: RedactionSpan[];
  /** Publishing an item with a safety flag: a person read it and says it is safe. */
  flagsReviewed?: boolean;
}

export interface AuditPage {
  items: AuditEntryView[];
  /** The `before` of the next (older) page: an entry number. */
  next: number | string | null;
}

export interface ChainCheckView {
  ok: boolean;
  checked: number;
  brokenAt: number | null;
  problem: string | null;
}

export interface PracticeSummary {
  code: string;
  name: string;
  postcode?: string;
  pcn?: string | { code: string; name: string } | null;
  icb?: string | { code: string; name: string } | null;
}

export interface PracticeContact {
  name: string;
  email: string;
}

export interface PracticeSettingsView {
  code: string;
  allowedOrigins: string[];
  questions: { good: string | null; better: string | null };
  aboutYouEnabled: boolean;
  complaintsUrl: string | null;
  contacts: PracticeContact[];
  emailIncludesText: boolean;
  /** Languages the widget offers; absent until the backend supports choosing them. */
  languages?: string[];
}

export interface YouSaidWeDidView {
  id: string;
  youSaid: string;
  weDid: string;
  feedbackIds: string[];
  createdAt: string;
}

/** The inbox's filters and search, as the URL and the query string carry them. */
export interface InboxFilters {
  q: string;
  practice: string[];
  from: string;
  to: string;
  rating: string[];
  sentiment: string[];
  theme: string[];
  flag: string[];
  channel: string[];
  language: string[];
  status: string[];
}
