import {
  DEFAULT_DIRECTORY_FIELDS,
  DEFAULT_PRACTICE_SETTINGS,
  type Practice,
  type PracticeAssignment,
} from '../domain/practice.js';
import { previousDate } from '../domain/practice-assignment.js';
import type { PracticeChange, Store } from '../ports/store.js';
import type { CcgToIcb } from './ccg-to-icb.js';
import {
  GP_PRACTICE_SETTING,
  practiceFields,
  readEpraccur,
  throwIfProblems,
  type EpraccurProblem,
  type EpraccurRow,
} from './epraccur.js';

/**
 * What an import did, one bucket per GP practice in the file: `closed` counts practices already
 * stored that the file now marks closed (a practice first seen closed counts as `created`), and
 * `skipped` the rows that are not GP practices (walk-in centres, prisons, hospices...).
 */
export interface ImportCounts {
  created: number;
  updated: number;
  closed: number;
  unchanged: number;
  skipped: number;
}

/** The fields an import owns; everything else (settings, hand-set assignments) is the staff's. */
const IMPORTED = ['name', 'postcode', 'commissioner', 'status', 'openedOn', 'closedOn', 'address', 'phone'] as const;

/**
 * The assignments epraccur implies: the commissioner from the day the practice joined it to the
 * day it left (columns 16 and 17), split on the day the CCG's ICB took over, if the mapping
 * lists one. No PCN: epraccur does not say, and PCN membership is set by hand.
 */
export function commissionerAssignments(row: EpraccurRow, mapping: CcgToIcb): PracticeAssignment[] {
  const from = row.joinedOn ?? row.openedOn;
  const to = row.leftOn;
  if (!from || (to !== null && to < from)) return [];
  const base = { pcnCode: null, pcnName: null, icbCode: null, icbName: null, commissioner: row.commissioner || null };
  const icb = mapping.get(row.commissioner);
  if (!icb || (to !== null && to < icb.from)) return [{ ...base, from, to }];
  const underIcb = { ...base, icbCode: icb.icbCode, icbName: icb.icbName };
  if (from >= icb.from) return [{ ...underIcb, from, to }];
  return [
    { ...base, from, to: previousDate(icb.from) },
    { ...underIcb, from: icb.from, to },
  ];
}

/** The GP practices of an epraccur file, checked whole: throws a `ValidationError` naming bad lines. */
export function parseDirectory(csv: string): { rows: EpraccurRow[]; skipped: number } {
  const { rows, problems } = readEpraccur(csv);
  const practices = rows.filter((row) => row.setting === GP_PRACTICE_SETTING);
  const firstLine = new Map<string, number>();
  const duplicates: EpraccurProblem[] = [];
  for (const { code, line } of practices) {
    const earlier = firstLine.get(code);
    if (earlier === undefined) firstLine.set(code, line);
    else duplicates.push({ line, problem: `practice ${code} is also on line ${earlier}` });
  }
  throwIfProblems([...problems, ...duplicates].sort((a, b) => a.line - b.line));
  if (rows.length === 0) throwIfProblems([{ line: 1, problem: 'the file has no rows' }]);
  return { rows: practices, skipped: rows.length - practices.length };
}

/** What to write: practices to create whole, and fields to set on stored ones. */
export interface DirectoryPlan {
  create: Practice[];
  update: PracticeChange[];
  counts: ImportCounts;
}

/**
 * Decide what an import changes. Pure: `stored` holds the practices already in the directory.
 * A new practice gets default settings and the assignments the file implies. A stored one gets
 * the file's name, address, status, dates and commissioner, and never its settings; it gets the
 * file's assignments only while it has none, so PCN and ICB entered by hand are never undone.
 * Practices the file leaves out are left alone (a file may cover one area only).
 */
export function planDirectoryImport(
  rows: readonly EpraccurRow[],
  stored: ReadonlyMap<string, Practice>,
  mapping: CcgToIcb,
  skipped = 0,
): DirectoryPlan {
  const plan: DirectoryPlan = {
    create: [],
    update: [],
    counts: { created: 0, updated: 0, closed: 0, unchanged: 0, skipped },
  };
  for (const row of rows) {
    const fields = practiceFields(row);
    const assignments = commissionerAssignments(row, mapping);
    const current = stored.get(row.code);
    if (!current) {
      plan.create.push({
        ...structuredClone(DEFAULT_DIRECTORY_FIELDS),
        ...fields,
        assignments,
        ...structuredClone(DEFAULT_PRACTICE_SETTINGS),
      });
      plan.counts.created++;
      continue;
    }
    const set: PracticeChange['set'] = {};
    for (const key of IMPORTED) {
      if (JSON.stringify(current[key]) !== JSON.stringify(fields[key])) Object.assign(set, { [key]: fields[key] });
    }
    if (current.assignments.length === 0 && assignments.length > 0) set.assignments = assignments;
    if (Object.keys(set).length === 0) plan.counts.unchanged++;
    else {
      plan.update.push({ code: row.code, set });
      if (set.status === 'closed') plan.counts.closed++;
      else plan.counts.updated++;
    }
  }
  return plan;
}

/**
 * Load an epraccur file into the directory: checked whole first (nothing is written when any
 * line is bad), then new practices created and changed ones updated field by field.
 */
export async function importDirectory(store: Store, csv: string, mapping: CcgToIcb): Promise<ImportCounts> {
  const { rows, skipped } = parseDirectory(csv);
  // Every practice, not just the file's: cheaper than a query naming thousands of codes.
  const stored = await store.listPractices({});
  const plan = planDirectoryImport(
    rows,
    new Map(stored.map((practice) => [practice.code, practice])),
    mapping,
    skipped,
  );
  await store.upsertPractices(plan.create);
  await store.updatePractices(plan.update);
  return plan.counts;
}
