import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { issueAccessCode } from '../domain/access-code.js';
import type { Store } from '../ports/store.js';

/**
 * Demo links for the assisted-entry page and the waiting-room kiosk of one practice, so a
 * newcomer can try both straight after `npm start`. Issued once, on the first start of a data
 * directory, and kept (owner-readable only) in `DATA_DIR/demo-access.txt`; staff issue real
 * ones with `POST /api/v1/staff/practices/CODE/access-codes`.
 */
export async function demoAccessLinks(
  store: Store,
  dataDir: string,
  base: string,
  practiceCode: string,
): Promise<string[]> {
  const file = path.join(dataDir, 'demo-access.txt');
  try {
    return (await readFile(file, 'utf8')).trim().split('\n');
  } catch {
    const now = new Date();
    const helper = issueAccessCode(
      { kind: 'helper', practiceCode, role: 'receptionist', label: 'Demo helper' },
      7 * 24,
      now,
    );
    const kiosk = issueAccessCode({ kind: 'kiosk', practiceCode, role: null, label: 'Demo kiosk' }, 366 * 24, now);
    await store.insertAccessCode(helper.record);
    await store.insertAccessCode(kiosk.record);
    const lines = [
      `Assisted entry:     ${base}/assist/${practiceCode}#code=${helper.token}   (demo helper code, 7 days)`,
      `Waiting-room kiosk: ${base}/kiosk/${practiceCode}#code=${kiosk.token}`,
    ];
    await writeFile(file, `${lines.join('\n')}\n`, { mode: 0o600 });
    return lines;
  }
}
