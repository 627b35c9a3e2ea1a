import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A secret from configuration when set; otherwise one generated on first start and kept
 * (owner-readable only) in `DATA_DIR/<fileName>`, so it survives restarts. Two processes starting
 * together on one DATA_DIR agree: the second finds the first one's file instead of overwriting it.
 */
export async function resolveKeptSecret(configured: string | null, dataDir: string, fileName: string): Promise<string> {
  if (configured) return configured;
  const file = path.join(dataDir, fileName);
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    const secret = randomBytes(24).toString('base64url');
    await mkdir(dataDir, { recursive: true });
    try {
      await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      return (await readFile(file, 'utf8')).trim();
    }
    return secret;
  }
}
