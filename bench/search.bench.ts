/**
 * Inbox search on the embedded store at scale: 100,000 processed submissions for one practice and
 * 10,000 for another, built from the real comments in `shared/data`, in a real NedbStore; then
 * the embedded inbox (NedbInbox) is opened, which builds its in-memory index, and the queries a
 * practice manager makes are timed against it and, side by side in the same run, against a naive
 * full scan (nedb `find` with a RegExp per word, then filters, facets and paging in JavaScript).
 *
 * Tags come from the worker's own sentiment, theme and language taggers; the safety-flag rules
 * and the redaction (which take most of the tagging time, and change nothing for search) are left
 * out: the comments are anonymised at source and stand as their own redacted text, and a
 * "complaint-needs-reply" flag stands in on the most critical ones.
 *
 *   npx tsx bench/search.bench.ts [records for the big practice] [runs per query, at least 50] [naive runs]
 *
 * At 100,000 it takes about eight minutes on two busy cores, most of it the naive scans.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { Datastore } from '../backend/src/adapters/nedb/datastore.js';
import { NedbInbox } from '../backend/src/adapters/nedb/inbox.nedb.js';
import { NedbStore } from '../backend/src/adapters/nedb/store.nedb.js';
import type { FeedbackRecord } from '../backend/src/domain/feedback.js';
import { decodeCursor } from '../backend/src/domain/staff/inbox-cursor.js';
import { FACET_FIELDS, type Facets, type InboxQuery } from '../backend/src/domain/staff/inbox-query.js';
import { queryWords } from '../backend/src/domain/staff/text-search.js';
import { detectLanguage } from '../backend/src/domain/tagging/language.js';
import { scoreSentiment } from '../backend/src/domain/tagging/sentiment.js';
import { tagThemes } from '../backend/src/domain/tagging/themes.js';
import type { FeedbackTags } from '../backend/src/domain/tags.js';
import { loadDemoComments, PHASE1_COMMENTS_PATH, type DemoComment } from '../backend/src/practices/demo-comments.js';
import { demoRecord, seededRandom } from '../backend/src/practices/seed-demo-feedback.js';
import type { Inbox, ModerationChange } from '../backend/src/ports/inbox.js';

const BIG = Number(process.argv[2] ?? 100_000);
const RUNS = Math.max(50, Number(process.argv[3] ?? 50));
/** The naive scan costs a full copy of the practice per query (seconds): fewer runs keep the bench short. */
const NAIVE_RUNS = Number(process.argv[4] ?? 20);
const SMALL = Math.round(BIG / 10);
const PAGE = 25;
const DEEP_PAGE = 200;
const NOW = new Date('2026-06-01T12:00:00.000Z');

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const heapMb = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

function median(sorted: number[]): number {
  return sorted[Math.floor(sorted.length / 2)]!;
}
function p95(sorted: number[]): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

/** Median and p95 of `runs` timed calls; `between` runs untimed before each one. */
async function time<T>(
  runs: number,
  run: () => Promise<T>,
  between: () => Promise<unknown> = async () => undefined,
): Promise<{ median: number; p95: number; last: T }> {
  const ms: number[] = [];
  let last!: T;
  for (let i = 0; i < runs; i += 1) {
    await between();
    const start = performance.now();
    last = await run();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return { median: median(ms), p95: p95(ms), last };
}

/** The worker's cheap taggers (see the header), once per comment and rating. */
function benchTags(record: FeedbackRecord, comment: DemoComment, cache: Map<string, FeedbackTags>): FeedbackTags {
  const key = `${comment.text}\u0000${record.rating}`;
  let tags = cache.get(key);
  if (!tags) {
    tags = {
      language: detectLanguage(comment.text, 'en'),
      needsHumanReading: false,
      sentiment: scoreSentiment({ comments: record.comments, rating: record.rating }),
      themes: tagThemes(record.comments),
      flags: comment.criticality <= -4 ? [{ kind: 'complaint-needs-reply', rule: 'bench-stand-in' }] : [],
      redactedComments: record.comments,
      pii: [],
    };
    cache.set(key, tags);
  }
  return tags;
}

/**
 * Write the records straight into the store's feedback file with nedb's bulk insert, before the
 * store opens: the same documents `NedbStore.insertFeedback` writes (plus its `flagged` field),
 * without one disk flush per record, which would make filling take minutes and is not what
 * this bench measures. The store then loads them as it would after a restart.
 */
async function fill(dataDir: string, comments: DemoComment[], practices: [string, number][]): Promise<void> {
  const file = new Datastore<FeedbackRecord & { flagged: boolean }>({ filename: path.join(dataDir, 'feedback.db') });
  await file.loadDatabaseAsync();
  for (const [practiceCode, count] of practices) {
    const random = seededRandom(`${practiceCode} bench`);
    const cache = new Map<string, FeedbackTags>();
    for (let at = 0; at < count; at += 5_000) {
      const batch: (FeedbackRecord & { flagged: boolean })[] = [];
      for (let i = at; i < Math.min(count, at + 5_000); i += 1) {
        const comment = comments[Math.floor(random() * comments.length)]!;
        const record = demoRecord(comment, { practiceCode, now: NOW, random });
        const tags = benchTags(record, comment, cache);
        const processedAt = new Date(record.receivedAt.getTime() + 5_000);
        batch.push({ ...record, state: 'processed', tags, processedAt, flagged: tags.flags.length > 0 });
      }
      await file.insertAsync(batch);
    }
  }
}

/**
 * The naive way: every record of the practice whose redacted text contains each query word
 * (a RegExp per word, substring and case-insensitive: no stemming), copied out of nedb, then the
 * filters, facets, order and page in JavaScript. Same answers for queries without text.
 */
async function naiveSearch(
  db: Datastore<FeedbackRecord>,
  query: InboxQuery,
): Promise<{ total: number; ids: string[] }> {
  const filter: Record<string, unknown> = {};
  if (query.practiceCodes !== '*') filter.practiceCode = { $in: query.practiceCodes };
  const words = query.text ? queryWords(query.text) : [];
  if (words.length > 0) {
    filter.$and = words.map((word) => ({
      'tags.redactedComments.text': { $regex: new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i') },
    }));
  }
  const docs = await db.findAsync(filter);
  const value = {
    rating: (r: FeedbackRecord) => [r.rating],
    sentiment: (r: FeedbackRecord) => [r.tags?.sentiment?.label ?? 'none'],
    theme: (r: FeedbackRecord) => [...new Set(r.tags?.themes.map((t) => t.theme) ?? [])],
    flag: (r: FeedbackRecord) => {
      const kinds = [...new Set(r.tags?.flags.map((f) => f.kind) ?? [])];
      return kinds.length > 0 ? [...kinds, 'any'] : ['none'];
    },
    channel: (r: FeedbackRecord) => [r.channel],
    language: (r: FeedbackRecord) => [r.tags?.language.code ?? r.language],
    status: () => ['new'],
  } satisfies Record<(typeof FACET_FIELDS)[number], (r: FeedbackRecord) => string[]>;
  const wanted: Partial<Record<(typeof FACET_FIELDS)[number], readonly string[]>> = {
    rating: query.rating,
    sentiment: query.sentiment,
    theme: query.theme,
    flag: query.flag,
    channel: query.channel,
    language: query.language,
    status: query.status,
  };
  const facets = Object.fromEntries(FACET_FIELDS.map((field) => [field, {}])) as Facets;
  const matches: FeedbackRecord[] = [];
  for (const doc of docs) {
    const t = doc.receivedAt.getTime();
    if ((query.from && t < query.from.getTime()) || (query.to && t >= query.to.getTime())) continue;
    const failing = FACET_FIELDS.filter((field) => {
      const allowed = wanted[field];
      return allowed && allowed.length > 0 && !value[field](doc).some((v) => allowed.includes(v as never));
    });
    for (const field of FACET_FIELDS) {
      if (failing.length === 0 || (failing.length === 1 && failing[0] === field)) {
        for (const v of value[field](doc)) facets[field][v] = (facets[field][v] ?? 0) + 1;
      }
    }
    if (failing.length === 0) matches.push(doc);
  }
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const page = matches
    .filter(
      (r) =>
        !cursor || r.receivedAt.getTime() < cursor.at || (r.receivedAt.getTime() === cursor.at && r.id < cursor.id),
    )
    .sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime() || (a.id < b.id ? 1 : -1))
    .slice(0, query.limit);
  return { total: matches.length, ids: page.map((r) => r.id) };
}

async function cursorForPage(inbox: Inbox, query: InboxQuery, page: number): Promise<string> {
  let cursor: string | undefined;
  for (let i = 1; i < page; i += 1) {
    const result = await inbox.search({ ...query, cursor });
    if (!result.next) throw new Error(`only ${i} pages`);
    cursor = result.next;
  }
  return cursor!;
}

const comments = await loadDemoComments(PHASE1_COMMENTS_PATH);
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'yyg-search-bench-'));
try {
  process.stdout.write(
    `Inbox search bench: ${BIG.toLocaleString('en-GB')} records for C82001 and ${SMALL.toLocaleString('en-GB')} for C82002, ` +
      `from ${comments.length.toLocaleString('en-GB')} real comments; node ${process.version}, ` +
      `${os.cpus().length} cores, load average ${os
        .loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')}\n`,
  );
  let start = performance.now();
  await fill(dataDir, comments, [
    ['C82001', BIG],
    ['C82002', SMALL],
  ]);
  const store = await NedbStore.open({ dataDir, compactionIntervalMs: 3_600_000 });
  process.stdout.write(
    `  written and loaded by the store in ${((performance.now() - start) / 1000).toFixed(1)} s (not part of the figures)\n`,
  );

  const heapBefore = heapMb();
  start = performance.now();
  const inbox = await NedbInbox.open({ dataDir, store });
  const buildMs = performance.now() - start;
  const heapAfter = heapMb();
  process.stdout.write(
    `  index built in ${buildMs.toFixed(0)} ms; heap ${heapBefore.toFixed(0)} MB before, ${heapAfter.toFixed(0)} MB after ` +
      `(+${(heapAfter - heapBefore).toFixed(0)} MB for ${(BIG + SMALL).toLocaleString('en-GB')} records)\n`,
  );

  // The naive side reads a copy of the data file (a second nedb on a file another one writes
  // would rewrite it under the store).
  const naivePath = path.join(dataDir, 'naive-feedback.db');
  await copyFile(path.join(dataDir, 'feedback.db'), naivePath);
  const naive = new Datastore<FeedbackRecord>({ filename: naivePath });
  await naive.loadDatabaseAsync();
  for (const fieldName of ['practiceCode', 'receivedAt']) await naive.ensureIndexAsync({ fieldName });

  const base: InboxQuery = { practiceCodes: ['C82001'], limit: PAGE };
  const queries: [string, InboxQuery][] = [
    ['no filter, first page', base],
    ['text "rude receptionist"', { ...base, text: 'rude receptionist' }],
    ['text "waiting" + rating', { ...base, text: 'waiting', rating: ['poor', 'very-poor'] }],
    ['3 filters', { ...base, sentiment: ['negative'], theme: ['access-appointments'], channel: ['web', 'telephone'] }],
    [`deep paging (page ${DEEP_PAGE})`, base],
    [
      'facets, all 7 fields filtered',
      {
        ...base,
        rating: ['poor', 'very-poor', 'neither'],
        sentiment: ['negative', 'mixed'],
        theme: ['access-appointments', 'telephone', 'waiting-times'],
        flag: ['none'],
        channel: ['web', 'kiosk', 'telephone'],
        language: ['en'],
        status: ['new'],
      },
    ],
    ['both practices (ICB-wide), first page', { ...base, practiceCodes: '*' }],
  ];
  queries[4]![1] = { ...base, cursor: await cursorForPage(inbox, base, DEEP_PAGE) };

  // A moderation change on the other practice between timed runs: any write empties the index's
  // counts cache, so "cold" is a search right after a write (a full count); "repeat" is the same
  // search again (the next page of a list, an export) with the counts kept.
  const [other] = (await inbox.search({ practiceCodes: ['C82002'], limit: 1 })).items;
  let version = 0;
  const write = async () => {
    const status = version % 2 === 0 ? 'in-review' : 'new';
    const next: ModerationChange['next'] = {
      status,
      reason: null,
      redactions: [],
      updatedAt: NOW,
      updatedBy: 'bench',
      publishedAt: null,
    };
    await inbox.updateModeration({ feedbackId: other!.record.id, expectedVersion: version, next });
    version += 1;
  };

  const rows: string[][] = [];
  for (const [name, query] of queries) {
    const cold = await time(RUNS, () => inbox.search(query), write);
    const repeat = await time(RUNS, () => inbox.search(query));
    const scanned = await time(NAIVE_RUNS, () => naiveSearch(naive, query));
    const agrees = query.text ? 'n/a (no stems)' : scanned.last.total === cold.last.total ? 'yes' : 'NO';
    rows.push([
      name,
      cold.last.total.toLocaleString('en-GB'),
      cold.median.toFixed(2),
      cold.p95.toFixed(2),
      repeat.median.toFixed(2),
      scanned.median.toFixed(0),
      scanned.p95.toFixed(0),
      `${(scanned.median / cold.median).toFixed(0)}x`,
      agrees,
    ]);
  }
  const header = [
    'query (limit 25)',
    'matches',
    'index cold median ms',
    'cold p95',
    'repeat median',
    'naive median ms',
    'naive p95',
    'naive/cold',
    'same total',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  process.stdout.write(
    [
      '',
      `Index (NedbInbox.search, items read from the store): ${RUNS} runs per query, cold and repeat; naive scan ` +
        `(nedb find + RegExp per word, JavaScript filters, facets and paging): ${NAIVE_RUNS} runs.`,
      line(header),
      `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
      ...rows.map(line),
      `load average at the end: ${os
        .loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')}`,
      '',
    ].join('\n'),
  );
  await inbox.close();
  await store.close();
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
