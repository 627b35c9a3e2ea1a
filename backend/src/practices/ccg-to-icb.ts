import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { isCalendarDate } from '../domain/london-time.js';
import { PATHS } from '../paths.js';

/** The ICB that took over from one CCG, and the first day it did. */
export interface IcbSuccessor {
  icbCode: string;
  icbName: string;
  /** `YYYY-MM-DD`; 2022-07-01 for the CCGs ICBs replaced. */
  from: string;
}

/** CCG (2019 commissioner) code → its ICB. CCGs not listed get no ICB on import. */
export type CcgToIcb = ReadonlyMap<string, IcbSuccessor>;

/**
 * Read a mapping file (header `ccg_code,icb_code,icb_name,from`). Throws naming the line of any
 * row that is not right, since a wrong mapping would put practices in the wrong ICB quietly.
 */
export function parseCcgToIcb(csv: string): CcgToIcb {
  const rows: Record<string, string>[] = parse(csv, { columns: true, skip_empty_lines: true, trim: true, bom: true });
  const mapping = new Map<string, IcbSuccessor>();
  rows.forEach((row, index) => {
    const line = index + 2;
    const ccg = row.ccg_code?.toUpperCase();
    const icbCode = row.icb_code?.toUpperCase();
    if (!ccg || !icbCode || !row.icb_name || !isCalendarDate(row.from ?? '')) {
      throw new Error(`CCG to ICB mapping, line ${line}: needs ccg_code, icb_code, icb_name and from (YYYY-MM-DD)`);
    }
    if (mapping.has(ccg)) throw new Error(`CCG to ICB mapping, line ${line}: ${ccg} is listed twice`);
    mapping.set(ccg, { icbCode, icbName: row.icb_name, from: row.from });
  });
  return mapping;
}

/** The mapping shipped in `backend/data/ccg-to-icb.csv`. */
export async function loadCcgToIcb(file = PATHS.ccgToIcb): Promise<CcgToIcb> {
  return parseCcgToIcb(await readFile(file, 'utf8'));
}
