import { parse } from 'csv-parse/sync';
import { DEFAULT_PRACTICE_SETTINGS, type Practice } from '../domain/practice.js';

/** Column positions (0-based) in the NHS ODS epraccur report, which has no header row. */
const COLUMN = { code: 0, name: 1, postcode: 9, status: 12, commissioner: 14, setting: 25 } as const;

const INITIALISMS = new Set(['NHS', 'GP', 'GPS', 'PCN', 'UK', 'HC', 'MC']);

function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/[a-z][a-z']*/g, (word) =>
      INITIALISMS.has(word.toUpperCase()) ? word.toUpperCase() : word[0].toUpperCase() + word.slice(1),
    );
}

export interface EpraccurOptions {
  /** Keep only these commissioner codes (empty: all). */
  commissioners?: string[];
  /** Keep closed, dormant and proposed practices too. Default: active only. */
  includeInactive?: boolean;
}

/**
 * Parse an ODS epraccur CSV into practices: GP practices only (prescribing setting 4), active
 * ones unless asked otherwise. Names arrive in capitals and are shown to patients, so they are
 * put in title case ("SOUTH LEICESTERSHIRE MEDICAL PARTNERSHIP" → "South Leicestershire Medical
 * Partnership"), keeping the initialisms people read as letters.
 */
export function parseEpraccur(csv: string, options: EpraccurOptions = {}): Practice[] {
  const { commissioners = [], includeInactive = false } = options;
  const rows: string[][] = parse(csv, { relax_column_count: true, skip_empty_lines: true });
  return rows
    .filter((row) => row[COLUMN.setting] === '4')
    .filter((row) => includeInactive || row[COLUMN.status] === 'A')
    .filter((row) => commissioners.length === 0 || commissioners.includes(row[COLUMN.commissioner]))
    .map((row) => ({
      code: row[COLUMN.code],
      name: titleCase(row[COLUMN.name]),
      postcode: row[COLUMN.postcode],
      commissioner: row[COLUMN.commissioner],
      ...structuredClone(DEFAULT_PRACTICE_SETTINGS),
    }));
}
