import path from 'node:path';
import { isEmailAddress } from './domain/email-address.js';

/** Configuration, read once from the environment at start-up. Nothing else reads `process.env`. */
export interface Config {
  port: number;
  /** Where the embedded store, the outbox and generated secrets live. */
  dataDir: string;
  /** Set to use MongoDB instead of the embedded store. */
  mongodbUri: string | null;
  /** Set to use BullMQ on Redis instead of the in-process queue. */
  redisUrl: string | null;
  /** Redis key prefix for the BullMQ queue, so deployments sharing one Redis stay apart. */
  queuePrefix: string;
  /** Set to send mail by SMTP instead of writing `.eml` files. */
  smtpUrl: string | null;
  /** The address patients and staff reach this service on, for links. Null: http://localhost:PORT. */
  publicUrl: string | null;
  /** Bearer token for the interim staff read API. Null: generated and kept under `dataDir`. */
  staffToken: string | null;
  mailFrom: string;
  /** How many jobs one worker process runs at once. */
  workerConcurrency: number;
  /** How often the sweeper looks for submissions left unprocessed, and how old they must be. */
  sweepIntervalMs: number;
  sweepAfterMs: number;
  logLevel: LogLevel;
  /** HMAC secret signing proof-of-work challenges. Null: generated and kept under `dataDir`. */
  challengeSecret: string | null;
  /** PBKDF2 iterations per attempt of the widget's proof of work (altcha-lib's `cost`). */
  challengeCost: number;
  /** How many requests each client IP or practice may make per window. */
  rateLimits: { ip: RateLimit; practice: RateLimit; challenge: RateLimit };
  /**
   * How many reverse proxies in front of us append to X-Forwarded-For; 0 ignores the header.
   * Trusting it without a proxy would let anyone pick their own IP and dodge the rate limits.
   */
  trustProxy: number;
  /**
   * The ICB's safeguarding mailbox, copied on every alert about flagged feedback from any
   * practice. Null: alerts go to the practices' own contacts only.
   */
  safeguardingEmail: string | null;
  /** From this hour (0–23, UK time) each practice's daily digest email goes out. */
  digestHour: number;
  /** Staff are signed out after this many minutes without a request. */
  sessionIdleMinutes: number;
  /** Staff are signed out this many hours after signing in, whatever the activity. */
  sessionAbsoluteHours: number;
  /**
   * Force the session cookie's `Secure` flag on or off. Null: on when the request came over
   * HTTPS or `PUBLIC_URL` is https (off only for plain-http local development).
   */
  cookieSecure: boolean | null;
  /** Password of the demo staff accounts `npm start` makes on a fresh data directory. Null: random. */
  demoStaffPassword: string | null;
  /** How many demo submissions `npm start` puts into C82001 on a fresh data directory (0: none). */
  demoFeedback: number;
}

/** At most `points` requests per `durationSeconds`, counted from the first one. */
export interface RateLimit {
  points: number;
  durationSeconds: number;
}

/** About 50 ms in Node on a server core and a few hundred on a mid-range phone: see abuse/proof-of-work.ts. */
export const DEFAULT_CHALLENGE_COST = 1000;

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** A bad configuration value. Start-up stops with this message, which names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

function text(env: Env, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name} must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(`${name} must be between ${min} and ${max}, got ${value}`);
  return value;
}

function url(env: Env, name: string, protocols: string[]): string | null {
  const raw = text(env, name);
  if (raw === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL (${protocols.join(', ')}), got something that does not parse`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.join(' or ')}, got "${parsed.protocol}"`);
  }
  return raw;
}

function queuePrefix(env: Env): string {
  const raw = text(env, 'QUEUE_PREFIX') ?? 'yyg';
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(raw))
    throw new ConfigError(`QUEUE_PREFIX must be 1-64 letters, digits, - or _, got "${raw}"`);
  return raw;
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600 };

/** "30/10m": 30 requests per 10 minutes (units s, m, h). */
function rateLimit(env: Env, name: string, fallback: string): RateLimit {
  const raw = text(env, name) ?? fallback;
  const match = /^(\d+)\s*\/\s*(\d+)\s*([smh])$/.exec(raw);
  if (!match) throw new ConfigError(`${name} must look like 30/10m (requests per window of s, m or h), got "${raw}"`);
  const points = Number(match[1]);
  const durationSeconds = Number(match[2]) * UNIT_SECONDS[match[3]];
  if (points < 1 || points > 1_000_000_000)
    throw new ConfigError(`${name} must allow 1 or more requests, got ${points}`);
  if (durationSeconds < 1 || durationSeconds > 86_400)
    throw new ConfigError(`${name} must have a window from 1s to 24h, got "${match[2]}${match[3]}"`);
  return { points, durationSeconds };
}

function trustProxy(env: Env): number {
  const raw = text(env, 'TRUST_PROXY')?.toLowerCase() ?? 'false';
  if (raw === 'false' || raw === 'no' || raw === 'off') return 0;
  if (raw === 'true' || raw === 'yes' || raw === 'on') return 1;
  if (!/^\d+$/.test(raw) || Number(raw) > 10) {
    throw new ConfigError(`TRUST_PROXY must be false, true or a number of proxies from 0 to 10, got "${raw}"`);
  }
  return Number(raw);
}

function optionalBoolean(env: Env, name: string): boolean | null {
  const raw = text(env, name)?.toLowerCase();
  if (raw === undefined) return null;
  if (raw === 'true' || raw === 'yes' || raw === 'on' || raw === '1') return true;
  if (raw === 'false' || raw === 'no' || raw === 'off' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false (or unset to decide from HTTPS), got "${raw}"`);
}

function emailAddress(env: Env, name: string): string | null {
  const raw = text(env, name);
  if (raw !== null && !isEmailAddress(raw)) {
    throw new ConfigError(`${name} must be one email address like safeguarding@icb.nhs.uk, got "${raw}"`);
  }
  return raw;
}

function logLevel(env: Env): LogLevel {
  const raw = text(env, 'LOG_LEVEL') ?? 'info';
  const level = LOG_LEVELS.find((l) => l === raw);
  if (!level) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return level;
}

/** Read and check the configuration. Throws `ConfigError` naming the first bad variable. */
export function loadConfig(env: Env = process.env): Config {
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const publicUrl = url(env, 'PUBLIC_URL', ['http:', 'https:']);
  const staffToken = text(env, 'STAFF_TOKEN');
  if (staffToken !== null && staffToken.length < 16) {
    throw new ConfigError('STAFF_TOKEN must be at least 16 characters long');
  }
  const demoStaffPassword = text(env, 'DEMO_STAFF_PASSWORD');
  if (demoStaffPassword !== null && demoStaffPassword.length < 12) {
    throw new ConfigError('DEMO_STAFF_PASSWORD must be at least 12 characters long');
  }
  const challengeSecret = text(env, 'CHALLENGE_SECRET');
  if (challengeSecret !== null && challengeSecret.length < 32) {
    throw new ConfigError('CHALLENGE_SECRET must be at least 32 characters long (e.g. openssl rand -base64 32)');
  }
  return {
    port,
    dataDir: path.resolve(text(env, 'DATA_DIR') ?? './data'),
    mongodbUri: url(env, 'MONGODB_URI', ['mongodb:', 'mongodb+srv:']),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    queuePrefix: queuePrefix(env),
    publicUrl: publicUrl?.replace(/\/$/, '') ?? null,
    staffToken,
    mailFrom: text(env, 'MAIL_FROM') ?? 'You and Your GP <no-reply@localhost>',
    workerConcurrency: integer(env, 'WORKER_CONCURRENCY', 4, 1, 64),
    sweepIntervalMs: integer(env, 'SWEEP_INTERVAL_MS', 60_000, 100, 86_400_000),
    sweepAfterMs: integer(env, 'SWEEP_AFTER_MS', 120_000, 0, 86_400_000),
    logLevel: logLevel(env),
    challengeSecret,
    challengeCost: integer(env, 'CHALLENGE_COST', DEFAULT_CHALLENGE_COST, 1, 1_000_000),
    rateLimits: {
      ip: rateLimit(env, 'RATE_LIMIT_IP', '30/10m'),
      practice: rateLimit(env, 'RATE_LIMIT_PRACTICE', '600/1h'),
      challenge: rateLimit(env, 'RATE_LIMIT_CHALLENGE', '150/10m'),
    },
    trustProxy: trustProxy(env),
    safeguardingEmail: emailAddress(env, 'SAFEGUARDING_EMAIL'),
    digestHour: integer(env, 'DIGEST_HOUR', 7, 0, 23),
    // A working day at most: a session that outlives its shift is one left open on a shared PC.
    sessionIdleMinutes: integer(env, 'SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
    sessionAbsoluteHours: integer(env, 'SESSION_ABSOLUTE_HOURS', 12, 1, 24 * 7),
    cookieSecure: optionalBoolean(env, 'COOKIE_SECURE'),
    demoStaffPassword,
    demoFeedback: integer(env, 'DEMO_FEEDBACK', 3000, 0, 100_000),
  };
}
