import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The interim staff token: `STAFF_TOKEN` when set, otherwise one generated on first start and
 * kept (owner-readable only) in `DATA_DIR/staff-token`, so it survives restarts.
 */
export async function resolveStaffToken(configured: string | null, dataDir: string): Promise<string> {
  if (configured) return configured;
  const file = path.join(dataDir, 'staff-token');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    const token = randomBytes(24).toString('base64url');
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
    return token;
  }
}
