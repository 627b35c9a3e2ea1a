import { randomUUID } from 'node:crypto';
import { access } from 'node:fs/promises';
import { ASSISTED_CHANNELS, type Channel, type FeedbackRecord } from '../domain/feedback.js';
import type { FftRating } from '../domain/fft.js';
import { londonDate } from '../domain/london-time.js';
import { newReceipt } from '../domain/receipt.js';
import { computeDailyRollup } from '../domain/rollup.js';
import { analyseFeedback } from '../domain/tagging/analyse.js';
import type { FeedbackTags } from '../domain/tags.js';
import type { Store } from '../ports/store.js';
import { DEMO_COMMENTS_PATH, loadDemoComments, type DemoComment } from './demo-comments.js';

const DAY_MS = 24 * 60 * 60_000;
/** How far back the demo feedback goes. */
const SPREAD_DAYS = 180;
/** Records tagged and written together: each write's disk flush is shared by the whole batch. */
const BATCH = 250;

/**
 * A small seeded generator (mulberry32), so a practice's demo inbox comes out the same on every
 * machine: the same comments, ratings and channels on the same days before `now`.
 */
export function seededRandom(seed: string): () => number {
  let state = 0;
  for (const char of seed) state = (Math.imul(state, 31) + char.charCodeAt(0)) | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted<T>(random: () => number, choices: readonly (readonly [T, number])[]): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let pick = random() * total;
  for (const [value, weight] of choices) {
    pick -= weight;
    if (pick < 0) return value;
  }
  return choices.at(-1)![0];
}

/**
 * An FFT answer a patient who wrote this might have given: praise mostly with "very good",
 * strong criticism with "poor" or "very poor", and mild criticism often beside a good rating
 * (the "what could we do better?" box invites it from happy patients too).
 */
export function demoRating(criticality: number, random: () => number): FftRating {
  if (criticality >= 3)
    return weighted(random, [
      ['very-good', 80],
      ['good', 20],
    ] as const);
  if (criticality >= 1)
    return weighted(random, [
      ['very-good', 35],
      ['good', 55],
      ['neither', 10],
    ] as const);
  if (criticality === 0) {
    return weighted(random, [
      ['very-good', 20],
      ['good', 35],
      ['neither', 30],
      ['dont-know', 15],
    ] as const);
  }
  if (criticality >= -2)
    return weighted(random, [
      ['good', 25],
      ['neither', 40],
      ['poor', 35],
    ] as const);
  return weighted(random, [
    ['poor', 45],
    ['very-poor', 55],
  ] as const);
}

/** Mostly the website and the waiting-room kiosk, some on paper, by phone, in person or at a hub. */
export function demoChannel(random: () => number): Channel {
  return weighted(random, [
    ['web', 50],
    ['kiosk', 18],
    ['paper', 14],
    ['telephone', 8],
    ['in-person', 5],
    ['hub', 3],
    ['other', 2],
  ] as const);
}

const HELPER_BY_CHANNEL: Partial<Record<Channel, string>> = {
  paper: 'receptionist',
  telephone: 'receptionist',
  'in-person': 'practice-staff',
  hub: 'hub-helper',
  other: 'volunteer',
};

/**
 * One submission as the intake would store it (state `received`), from a real comment, some
 * time in the `SPREAD_DAYS` before `now`: assisted and kiosk entries in opening hours, web ones
 * at any hour.
 */
export function demoRecord(
  comment: DemoComment,
  { practiceCode, now, random }: { practiceCode: string; now: Date; random: () => number },
): FeedbackRecord {
  const channel = demoChannel(random);
  const assisted = (ASSISTED_CHANNELS as readonly Channel[]).includes(channel);
  const day = Math.floor(random() * SPREAD_DAYS);
  const midnight = Math.floor(now.getTime() / DAY_MS) * DAY_MS - day * DAY_MS;
  const hours = assisted || channel === 'kiosk' ? 8 + random() * 10 : random() * 24;
  let receivedAt = midnight + Math.floor(hours * 3_600_000);
  if (receivedAt > now.getTime()) receivedAt -= DAY_MS;
  return {
    id: randomUUID(),
    submissionId: randomUUID(),
    receipt: newReceipt(),
    practiceCode,
    rating: demoRating(comment.criticality, random),
    comments: [{ question: comment.question, text: comment.text }],
    aboutYou: null,
    contact: null,
    channel,
    language: 'en',
    clientSubmittedAt: assisted ? null : new Date(receivedAt - 1_000 - Math.floor(random() * 4_000)),
    assistedBy: assisted ? { role: HELPER_BY_CHANNEL[channel] ?? 'other', accessCodeId: null } : null,
    state: 'received',
    receivedAt: new Date(receivedAt),
    processedAt: null,
    tags: null,
    alertSentAt: null,
  };
}

/**
 * Longer comments are left out (about one in twenty): a feedback form's answers are mostly a
 * sentence or two, and tagging time grows with the text, so the long tail would slow seeding most.
 */
const MAX_COMMENT_LENGTH = 500;

/** A rude receptionist: few in the dataset, so the demo keeps every one for the search to find. */
const RUDE_RECEPTIONIST = (text: string) => /\brude/i.test(text) && /\breceptionist/i.test(text);

/**
 * `count` comments: every rude-receptionist one (whatever its length), then a shuffle of the
 * rest that are not too long (repeating if asked for more than there are).
 */
export function pickDemoComments(comments: DemoComment[], count: number, random: () => number): DemoComment[] {
  const rude = comments.filter((comment) => RUDE_RECEPTIONIST(comment.text));
  const rest = comments.filter(
    (comment) => !RUDE_RECEPTIONIST(comment.text) && comment.text.length <= MAX_COMMENT_LENGTH,
  );
  for (let i = rest.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [rest[i], rest[j]] = [rest[j]!, rest[i]!];
  }
  const order = [...rude, ...rest];
  return Array.from({ length: count }, (_, i) => order[i % order.length]!);
}

export interface SeedDemoFeedbackOptions {
  practiceCode: string;
  /** How many submissions. Default 3000. */
  count?: number;
  /** The demo's "today"; records are spread over the 180 days before it. */
  now?: Date;
  /** The comments file; default the 3,500 shipped in `backend/data/demo-comments.csv`. */
  datasetPath?: string;
}

export interface SeedDemoFeedbackResult {
  inserted: number;
  /** Why nothing was written, for the start-up message; null when the demo feedback went in. */
  skipped: string | null;
}

/**
 * Fill an empty practice inbox with demo feedback: real patient comments (anonymised at source),
 * each stored as the intake would and tagged by the worker's own tagger (`analyseFeedback`), then
 * marked processed, in batches that share their disk flushes. The practice's daily roll-ups are
 * written too, so its dashboards match its inbox. Flagged records are marked as alerted at the
 * time they were processed: they are history, and a practice that adds a contact later must not
 * get months of alerts at once. A practice with any feedback is left alone, so a restart never
 * adds more.
 */
export async function seedDemoFeedback(
  store: Store,
  { practiceCode, count = 3000, now = new Date(), datasetPath = DEMO_COMMENTS_PATH }: SeedDemoFeedbackOptions,
): Promise<SeedDemoFeedbackResult> {
  if ((await store.listFeedback({ practiceCode, limit: 1 })).length > 0) {
    return { inserted: 0, skipped: `${practiceCode} already has feedback` };
  }
  try {
    await access(datasetPath);
  } catch {
    return { inserted: 0, skipped: `no demo comments at ${datasetPath}` };
  }
  const random = seededRandom(`${practiceCode} demo feedback`);
  const picked = pickDemoComments(await loadDemoComments(datasetPath), count, random);
  const stored: FeedbackRecord[] = [];
  for (let at = 0; at < picked.length; at += BATCH) {
    const batch = picked.slice(at, at + BATCH).map((comment) => {
      const record = demoRecord(comment, { practiceCode, now, random });
      const processedAt = new Date(record.receivedAt.getTime() + 2_000 + Math.floor(random() * 28_000));
      return { record, tags: analyseFeedback(record), processedAt };
    });
    await Promise.all(batch.map(({ record }) => store.insertFeedback(record)));
    await Promise.all(batch.map(({ record, tags, processedAt }) => store.markProcessed(record.id, tags, processedAt)));
    const flagged = batch.filter(({ tags }) => tags.flags.length > 0);
    await Promise.all(flagged.map(({ record, processedAt }) => store.markAlertSent(record.id, processedAt)));
    for (const { record, tags, processedAt } of batch) stored.push(processed(record, tags, processedAt));
  }
  await writeRollups(store, practiceCode, stored, now);
  return { inserted: stored.length, skipped: null };
}

function processed(record: FeedbackRecord, tags: FeedbackTags, processedAt: Date): FeedbackRecord {
  const alertSentAt = tags.flags.length > 0 ? processedAt : null;
  return { ...record, state: 'processed', tags, processedAt, alertSentAt };
}

/** One roll-up per London day that has demo feedback, counted from exactly those records. */
async function writeRollups(store: Store, practiceCode: string, records: FeedbackRecord[], now: Date): Promise<void> {
  const byDay = new Map<string, FeedbackRecord[]>();
  for (const record of records) {
    const date = londonDate(record.receivedAt);
    const day = byDay.get(date);
    if (day) day.push(record);
    else byDay.set(date, [record]);
  }
  for (const [date, day] of byDay) await store.upsertRollup(computeDailyRollup(practiceCode, date, day, now));
}
