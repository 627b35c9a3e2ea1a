import { parse } from 'csv-parse/sync';
import { ValidationError } from '../domain/errors.js';
import { isCalendarDate } from '../domain/london-time.js';
import {
  DEFAULT_DIRECTORY_FIELDS,
  DEFAULT_PRACTICE_SETTINGS,
  ODS_CODE,
  type Practice,
  type PracticeStatus,
} from '../domain/practice.js';

/**
 * Column positions (0-based) in the NHS ODS epraccur report, which has no header row: 1 code,
 * 2 name, 5–9 address lines, 10 postcode, 11 opened, 12 closed, 13 status, 15 commissioner,
 * 16 joined and 17 left that commissioner, 18 phone, 26 prescribing setting (1-based, as the
 * data README counts them).
 */
const COLUMN = {
  code: 0,
  name: 1,
  address: [4, 5, 6, 7, 8],
  postcode: 9,
  openedOn: 10,
  closedOn: 11,
  status: 12,
  commissioner: 14,
  joinedOn: 15,
  leftOn: 16,
  phone: 17,
  setting: 25,
} as const;

/** A row must reach the prescribing setting; the published file has 27 columns. */
const MIN_COLUMNS = COLUMN.setting + 1;

/** Prescribing setting 4 is a GP practice; the others are walk-in centres, prisons, hospices... */
export const GP_PRACTICE_SETTING = '4';

const STATUS: Readonly<Record<string, PracticeStatus>> = { A: 'active', C: 'closed', D: 'dormant', P: 'proposed' };

const INITIALISMS = new Set(['NHS', 'GP', 'GPS', 'PCN', 'UK', 'HC', 'MC']);

/**
 * Names and addresses arrive in capitals and are shown to patients, so they are put in title case
 * ("SOUTH LEICESTERSHIRE MEDICAL PARTNERSHIP" → "South Leicestershire Medical Partnership"),
 * keeping the initialisms people read as letters.
 */
export function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/[a-z][a-z']*/g, (word) =>
      INITIALISMS.has(word.toUpperCase()) ? word.toUpperCase() : word[0].toUpperCase() + word.slice(1),
    );
}

/** One row of the file, read and checked: every organisation type, every status. */
export interface EpraccurRow {
  /** 1-based line in the file, for messages a person can find the row by. */
  line: number;
  code: string;
  name: string;
  address: string[];
  postcode: string;
  status: PracticeStatus;
  openedOn: string | null;
  closedOn: string | null;
  commissioner: string;
  /** When the practice joined, and left, the commissioner: `YYYY-MM-DD`. */
  joinedOn: string | null;
  leftOn: string | null;
  phone: string | null;
  /** Prescribing setting; `GP_PRACTICE_SETTING` for a GP practice. */
  setting: string;
}

/** A problem with one line of the file. */
export interface EpraccurProblem {
  line: number;
  problem: string;
}

/** `20130401` → `2013-04-01`; empty → null; anything else → undefined (a problem). */
function odsDate(value: string): string | null | undefined {
  if (value === '') return null;
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  const date = match ? `${match[1]}-${match[2]}-${match[3]}` : '';
  return isCalendarDate(date) ? date : undefined;
}

function readRow(cells: string[], line: number): { row: EpraccurRow } | { problems: string[] } {
  if (cells.length < MIN_COLUMNS) {
    return { problems: [`has ${cells.length} columns; an epraccur row has 27 (is this the epraccur file?)`] };
  }
  const cell = (index: number) => cells[index].trim();
  const problems: string[] = [];
  const code = cell(COLUMN.code).toUpperCase();
  if (!ODS_CODE.test(code)) problems.push(`column 1 "${code.slice(0, 20)}" is not an ODS code like C82001`);
  const name = cell(COLUMN.name);
  if (name === '') problems.push('column 2 (name) is empty');
  const status = STATUS[cell(COLUMN.status)];
  if (!status) problems.push(`column 13 (status) must be A, C, D or P, not "${cell(COLUMN.status).slice(0, 10)}"`);
  const dates = { openedOn: 11, closedOn: 12, joinedOn: 16, leftOn: 17 } as const;
  const parsed: Partial<Record<keyof typeof dates, string | null>> = {};
  for (const [field, column] of Object.entries(dates) as [keyof typeof dates, number][]) {
    const value = odsDate(cell(COLUMN[field]));
    if (value === undefined) {
      problems.push(`column ${column} must be a date written YYYYMMDD, not "${cell(COLUMN[field]).slice(0, 12)}"`);
    }
    parsed[field] = value ?? null;
  }
  if (problems.length > 0) return { problems };
  return {
    row: {
      line,
      code,
      name: titleCase(name),
      address: COLUMN.address
        .map(cell)
        .filter((part) => part !== '')
        .map(titleCase),
      postcode: cell(COLUMN.postcode).toUpperCase(),
      status: status!,
      openedOn: parsed.openedOn ?? null,
      closedOn: parsed.closedOn ?? null,
      commissioner: cell(COLUMN.commissioner).toUpperCase(),
      joinedOn: parsed.joinedOn ?? null,
      leftOn: parsed.leftOn ?? null,
      phone: cell(COLUMN.phone) || null,
      setting: cell(COLUMN.setting),
    },
  };
}

/**
 * Read a whole epraccur CSV: every row, checked, with its line number. Returns the rows that
 * read well and a problem for each line that did not; a file that is not CSV at all (an
 * unclosed quote, say) gives one problem at the line where reading stopped.
 */
export function readEpraccur(csv: string): { rows: EpraccurRow[]; problems: EpraccurProblem[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(csv, { relax_column_count: true, skip_empty_lines: true, info: true, bom: true }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
  } catch (error) {
    const line = Number((error as { lines?: number }).lines) || 1;
    const detail = error instanceof Error ? error.message.replace(/^[A-Z_]+:\s*/, '') : 'unreadable';
    return { rows: [], problems: [{ line, problem: `is not valid CSV: ${detail}` }] };
  }
  const rows: EpraccurRow[] = [];
  const problems: EpraccurProblem[] = [];
  for (const { record, info } of records) {
    const read = readRow(record, info.lines);
    if ('row' in read) rows.push(read.row);
    else problems.push(...read.problems.map((problem) => ({ line: info.lines, problem })));
  }
  return { rows, problems };
}

/** At most this many problems are reported, so a wrong file gives a readable answer. */
const MAX_REPORTED = 20;

/** Throw a `ValidationError` naming each bad line (the first `MAX_REPORTED`), if there are any. */
export function throwIfProblems(problems: EpraccurProblem[]): void {
  if (problems.length === 0) return;
  const fields = problems.slice(0, MAX_REPORTED).map(({ line, problem }) => ({ field: `line ${line}`, problem }));
  const more = problems.length > MAX_REPORTED ? ` (and ${problems.length - MAX_REPORTED} more)` : '';
  throw new ValidationError(
    `The file has ${problems.length} bad line${problems.length === 1 ? '' : 's'}${more}: ${fields
      .slice(0, 3)
      .map((f) => `${f.field} ${f.problem}`)
      .join('; ')}`,
    fields,
  );
}

/** The directory fields of a practice as this row gives them (no assignments, no settings). */
export function practiceFields(
  row: EpraccurRow,
): Pick<
  Practice,
  'code' | 'name' | 'postcode' | 'commissioner' | 'status' | 'openedOn' | 'closedOn' | 'address' | 'phone'
> {
  const { code, name, postcode, commissioner, status, openedOn, closedOn, address, phone } = row;
  return { code, name, postcode, commissioner, status, openedOn, closedOn, address, phone };
}

export interface EpraccurOptions {
  /** Keep only these commissioner codes (empty: all). */
  commissioners?: string[];
  /** Keep closed, dormant and proposed practices too. Default: active only. */
  includeInactive?: boolean;
}

/**
 * Parse an ODS epraccur CSV into practices with default settings and no PCN or ICB: GP practices
 * only (prescribing setting 4), active ones unless asked otherwise. Throws a `ValidationError`
 * naming the bad lines. The directory import (`directory-import.ts`) builds on `readEpraccur`.
 */
export function parseEpraccur(csv: string, options: EpraccurOptions = {}): Practice[] {
  const { commissioners = [], includeInactive = false } = options;
  const { rows, problems } = readEpraccur(csv);
  throwIfProblems(problems);
  return rows
    .filter((row) => row.setting === GP_PRACTICE_SETTING)
    .filter((row) => includeInactive || row.status === 'active')
    .filter((row) => commissioners.length === 0 || commissioners.includes(row.commissioner))
    .map((row) => ({
      ...structuredClone(DEFAULT_DIRECTORY_FIELDS),
      ...practiceFields(row),
      ...structuredClone(DEFAULT_PRACTICE_SETTINGS),
    }));
}
