import { readFile } from 'node:fs/promises';
import type { Store } from '../ports/store.js';
import { PATHS } from '../paths.js';
import { parseEpraccur } from './epraccur.js';

/**
 * Load the shipped Leicester, Leicestershire and Rutland practices into an empty directory.
 * A directory that already has practices is left alone, so a restart never overwrites edits.
 */
export async function seedDemoPractices(store: Store): Promise<number> {
  if ((await store.countPractices()) > 0) return 0;
  const practices = parseEpraccur(await readFile(PATHS.demoPractices, 'utf8'));
  return store.upsertPractices(practices);
}
