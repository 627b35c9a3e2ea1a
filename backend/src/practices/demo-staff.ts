import { randomInt } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hashPassword } from '../domain/staff/password.js';
import { publicUser, type StaffRole } from '../domain/staff/roles.js';
import { newStaffUser, type NewStaffUser } from '../domain/staff/staff-users.js';
import type { AuditLog } from '../ports/audit-log.js';
import type { StaffAccounts } from '../ports/staff-accounts.js';

/**
 * One demo account per role, so a newcomer can try the staff app straight after `npm start`.
 * `.invalid` addresses (RFC 2606) can never receive mail, so nothing is ever sent to a real person.
 */
export const DEMO_STAFF: readonly NewStaffUser[] = [
  { email: 'admin@demo.invalid', name: 'Demo ICB administrator', role: 'icb-admin', practiceCodes: [] },
  { email: 'pm@demo.invalid', name: 'Demo practice manager', role: 'practice-manager', practiceCodes: ['C82001'] },
  { email: 'mod@demo.invalid', name: 'Demo moderator', role: 'moderator', practiceCodes: ['*'] },
  { email: 'analyst@demo.invalid', name: 'Demo analyst', role: 'analyst', practiceCodes: [] },
  { email: 'councillor@demo.invalid', name: 'Demo councillor', role: 'councillor', practiceCodes: [] },
];

export const DEMO_STAFF_FILE = 'demo-staff.txt';

/** Short, common, unrelated words: easy to read off a terminal and type. */
const WORDS = [
  'apple',
  'badger',
  'basket',
  'beacon',
  'birch',
  'bramble',
  'bridge',
  'bucket',
  'candle',
  'canyon',
  'carrot',
  'castle',
  'cedar',
  'cherry',
  'cobalt',
  'comet',
  'copper',
  'cotton',
  'daisy',
  'dolphin',
  'dragon',
  'ember',
  'falcon',
  'fern',
  'fiddle',
  'forest',
  'fossil',
  'garden',
  'ginger',
  'glacier',
  'granite',
  'harbour',
  'hazel',
  'heron',
  'island',
  'jasmine',
  'kettle',
  'kipper',
  'ladder',
  'lantern',
  'lemon',
  'lichen',
  'maple',
  'marble',
  'meadow',
  'mitten',
  'nutmeg',
  'oyster',
  'paddle',
  'pebble',
  'pepper',
  'pillow',
  'plum',
  'puffin',
  'quartz',
  'rabbit',
  'raven',
  'ribbon',
  'river',
  'saffron',
  'salmon',
  'satchel',
  'shadow',
  'spruce',
  'teapot',
  'thistle',
  'timber',
  'tulip',
  'velvet',
  'walnut',
  'willow',
  'wizard',
];

/** Three random words and four digits, e.g. `heron-maple-kettle-4821`. */
export function randomDemoPassword(): string {
  const words = Array.from({ length: 3 }, () => WORDS[randomInt(WORDS.length)]);
  return `${words.join('-')}-${String(randomInt(10_000)).padStart(4, '0')}`;
}

export interface DemoStaff {
  /** The one password of every demo account. */
  password: string;
  /** `DATA_DIR/demo-staff.txt`, owner-readable only, with the accounts and the password. */
  file: string;
  users: { email: string; role: StaffRole }[];
  /** False when the accounts were made on an earlier start (the password is read back from the file). */
  created: boolean;
}

/**
 * Create the demo staff accounts, active, when there are no staff users at all yet, with
 * `password` (e.g. `DEMO_STAFF_PASSWORD`) or a random one, and write it to
 * `DATA_DIR/demo-staff.txt` (mode 0600). On later starts returns what that file says, or null
 * when there is no file (real accounts exist): then there is nothing to print.
 *
 * For the single-process demo on the embedded store only: never call it against a production
 * MongoDB, where a fresh database would otherwise get known accounts.
 */
export async function seedDemoStaff(
  accounts: StaffAccounts,
  audit: AuditLog,
  dataDir: string,
  options: { password?: string } = {},
): Promise<DemoStaff | null> {
  const file = path.join(dataDir, DEMO_STAFF_FILE);
  const users = DEMO_STAFF.map(({ email, role }) => ({ email, role }));
  if ((await accounts.countUsers()) > 0) {
    const password = await readDemoPassword(file);
    return password ? { password, file, users, created: false } : null;
  }
  const password = options.password?.trim() || randomDemoPassword();
  const now = new Date();
  for (const fields of DEMO_STAFF) {
    const user = newStaffUser(fields, now, await hashPassword(password));
    await accounts.createUser(user);
    await audit.append({
      at: now,
      actorId: 'system',
      actorRole: 'system',
      action: 'user.create-demo',
      targetType: 'staff-user',
      targetId: user.id,
      practiceCode: null,
      ip: null,
      before: null,
      after: publicUser(user),
    });
  }
  const lines = [
    'Demo staff accounts for the staff app (/staff/), all with one password.',
    `Password: ${password}`,
    ...DEMO_STAFF.map(({ email, role }) => `  ${email.padEnd(26)} ${role}`),
  ];
  await writeFile(file, `${lines.join('\n')}\n`, { mode: 0o600 });
  return { password, file, users, created: true };
}

async function readDemoPassword(file: string): Promise<string | null> {
  try {
    const match = /^Password: (.+)$/m.exec(await readFile(file, 'utf8'));
    return match ? match[1].trim() : null;
  } catch {
    return null;
  }
}

/** Lines for the start-up banner: where to sign in, as whom, with which password. */
export function demoStaffLines(demo: DemoStaff, base: string): string[] {
  return [
    `Staff app:          ${base}/staff/   sign in as admin@demo.invalid (or pm@, mod@, analyst@, councillor@demo.invalid)`,
    `                    password: ${demo.password}   (also in ${demo.file})`,
  ];
}
