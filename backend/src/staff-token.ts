import { resolveKeptSecret } from './kept-secret.js';

/**
 * The interim staff token: `STAFF_TOKEN` when set, otherwise one generated on first start and
 * kept (owner-readable only) in `DATA_DIR/staff-token`, so it survives restarts.
 */
export function resolveStaffToken(configured: string | null, dataDir: string): Promise<string> {
  return resolveKeptSecret(configured, dataDir, 'staff-token');
}
