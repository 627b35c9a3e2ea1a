import { readFile } from 'node:fs/promises';
import type { Store } from '../ports/store.js';
import { PATHS } from '../paths.js';
import { loadCcgToIcb } from './ccg-to-icb.js';
import { importDirectory } from './directory-import.js';

/**
 * Load the shipped Leicester, Leicestershire and Rutland practices into an empty directory, as
 * the staff import would, so they are in their ICB (QK1) from July 2022 out of the box. A
 * directory that already has practices is left alone, so a restart never overwrites edits.
 */
export async function seedDemoPractices(store: Store): Promise<number> {
  if ((await store.countPractices()) > 0) return 0;
  const counts = await importDirectory(store, await readFile(PATHS.demoPractices, 'utf8'), await loadCcgToIcb());
  return counts.created;
}
