/**
 * Create an ICB administrator from the command line: the first one, before anyone can sign in
 * to invite others (or a new one when every administrator has left).
 *
 *   npm run create-admin -- --email admin@icb.nhs.uk --name "Alex Admin"
 *       prints a one-time invitation link (and emails it through the configured mail)
 *   echo 'a long passphrase' | npm run create-admin -- --email … --name … --password-stdin
 *       sets the password at once (for automated set-up)
 *
 * Uses the same configuration as the service (DATA_DIR, MONGODB_URI, SMTP_URL, PUBLIC_URL). On
 * the embedded store, run it while the service is stopped: the nedb files belong to one process.
 * Audited as actor `cli`.
 */
import { parseArgs } from 'node:util';
import { openAdapters } from '../adapters.js';
import { ConfigError, loadConfig } from '../config.js';
import { isEmailAddress } from '../domain/email-address.js';
import { ValidationError } from '../domain/errors.js';
import { sendInvitation } from '../domain/staff/invitation.js';
import { checkNewPassword, hashPassword } from '../domain/staff/password.js';
import { publicUser } from '../domain/staff/roles.js';
import { newStaffUser } from '../domain/staff/staff-users.js';
import { createLogger } from '../logger.js';
import { openStaffAdapters } from '../staff-adapters.js';

const USAGE = `Usage: npm run create-admin -- --email <address> --name "<full name>" [--password-stdin]

Creates an active ICB administrator account. Without --password-stdin, prints a one-time
invitation link (valid 7 days) where they choose their password; with it, reads the password
from standard input (at least 12 characters, not a well-known one).`;

/** Thrown for a problem the operator can fix; printed without a stack. */
class Refusal extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

interface Options {
  email: string;
  name: string;
  passwordStdin: boolean;
}

function readOptions(argv: string[]): Options {
  let values: { email?: string; name?: string; 'password-stdin'?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        'password-stdin': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    throw new Refusal(`${(error as Error).message}\n\n${USAGE}`, 2);
  }
  if (values.help) throw new Refusal(USAGE, 0);
  const email = values.email?.trim().toLowerCase() ?? '';
  const name = values.name?.trim() ?? '';
  if (!email || !name) throw new Refusal(`Both --email and --name are needed.\n\n${USAGE}`, 2);
  if (!isEmailAddress(email)) throw new Refusal('--email must be one email address, like admin@icb.nhs.uk', 2);
  if (name.length > 100 || /[\r\n<>]/.test(name)) {
    throw new Refusal('--name must be at most 100 characters, with no line breaks or < >', 2);
  }
  return { email, name, passwordStdin: values['password-stdin'] ?? false };
}

/** Everything on standard input, less one trailing line break (as `echo` and here-strings add). */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

async function main(argv: string[]): Promise<void> {
  const options = readOptions(argv);
  const password = options.passwordStdin ? await readStdin() : null;
  if (password !== null) {
    try {
      checkNewPassword(password, options.email);
    } catch (error) {
      if (error instanceof ValidationError) throw new Refusal(`The password ${error.fields[0]?.problem}.`);
      throw error;
    }
  }

  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'silent' ? 'silent' : 'warn');
  const adapters = await openAdapters(config, logger);
  const staff = await openStaffAdapters(adapters.store, config.dataDir);
  try {
    if (await staff.accounts.findUserByEmail(options.email)) {
      throw new Refusal('A staff account with this email address already exists: nothing was changed.');
    }
    const now = new Date();
    const fields = { email: options.email, name: options.name, role: 'icb-admin' as const, practiceCodes: [] };
    const user = newStaffUser(fields, now, password === null ? null : await hashPassword(password));
    await staff.accounts.createUser(user);
    const base = config.publicUrl ?? `http://localhost:${config.port}`;
    const audit = { at: now, actorId: 'cli', actorRole: 'cli', targetType: 'staff-user', targetId: user.id };
    if (password !== null) {
      await staff.audit.append({
        ...audit,
        action: 'user.create',
        practiceCode: null,
        ip: null,
        before: null,
        after: publicUser(user),
      });
      process.stdout.write(`Created the ICB administrator ${user.name}. They can sign in at ${base}/staff/\n`);
      return;
    }
    const { link, invitation } = await sendInvitation(
      { accounts: staff.accounts, mailer: adapters.mailer },
      user,
      'cli',
      base,
      now,
    );
    await staff.audit.append({
      ...audit,
      action: 'user.invite',
      practiceCode: null,
      ip: null,
      before: null,
      after: { ...publicUser(user), invitationExpiresAt: invitation.expiresAt },
    });
    process.stdout.write(
      [
        `Created the ICB administrator ${user.name}, invited by email (${adapters.names.mail}).`,
        'One-time invitation link, valid for 7 days (give it to them privately; do not keep a copy):',
        `  ${link}`,
        '',
      ].join('\n'),
    );
  } finally {
    await staff.close();
    await adapters.close();
  }
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof Refusal) {
      (error.exitCode === 0 ? process.stdout : process.stderr).write(`${error.message}\n`);
      process.exit(error.exitCode);
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${error.message}\n`);
      process.exit(78); // EX_CONFIG, as the service's start-up
    }
    process.stderr.write(`create-admin failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
