import { randomBytes, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import PostalMime from 'postal-mime';
import { hashPassword } from '../../backend/src/domain/staff/password.js';
import type { StaffRole, StaffUser } from '../../backend/src/domain/staff/roles.js';
import type { Harness } from './harness.js';

/**
 * Staff users and signed-in sessions for HTTP tests: make a user straight in the accounts store
 * (no invitation round trip), then sign in over real HTTP and get helpers that send the session
 * cookie and the CSRF header the staff API asks for.
 */

export interface StaffUserOptions {
  role: StaffRole;
  /** Default: `['C82001']` for a practice manager, `['*']` for a moderator, `[]` otherwise. */
  practiceCodes?: string[];
  /** Default: a fresh `<role>-<random>@staff.test.invalid`. */
  email?: string;
  /** Default: a fresh random one that passes the password rules. */
  password?: string;
  name?: string;
}

/** A strong random password: passes the rules (length, not well known, not the email). */
export function randomPassword(): string {
  return `Test-${randomBytes(12).toString('base64url')}`;
}

function defaultPracticeCodes(role: StaffRole): string[] {
  if (role === 'practice-manager') return ['C82001'];
  if (role === 'moderator') return ['*'];
  return [];
}

/** Create an active user with a hashed password directly in `harness.staff.accounts`. */
export async function createStaffUser(
  harness: Pick<Harness, 'staff'>,
  options: StaffUserOptions,
): Promise<{ user: StaffUser; password: string }> {
  const password = options.password ?? randomPassword();
  const now = new Date();
  const user: StaffUser = {
    id: randomUUID(),
    email: (options.email ?? `${options.role}-${randomBytes(4).toString('hex')}@staff.test.invalid`).toLowerCase(),
    name: options.name ?? `Test ${options.role}`,
    role: options.role,
    practiceCodes: options.practiceCodes ?? defaultPracticeCodes(options.role),
    status: 'active',
    passwordHash: await hashPassword(password),
    failedSignIns: 0,
    lockedUntil: null,
    createdAt: now,
    updatedAt: now,
    lastSignInAt: null,
  };
  await harness.staff.accounts.createUser(user);
  return { user, password };
}

/** An answer from the staff API: status, headers and the parsed JSON body (null when empty). */
export interface StaffResponse {
  status: number;
  headers: Headers;
  body: any;
}

export interface SignedIn {
  /** `name=value`, ready for a `Cookie` header. */
  cookie: string;
  csrfToken: string;
  /** The `user` from the sign-in answer (with `permissions`). */
  user: Record<string, unknown> & { id: string; email: string; role: StaffRole; permissions: string[] };
  /** The whole sign-in answer, e.g. `expiresAt`, `idleMinutes`. */
  signInBody: Record<string, unknown>;
  get(path: string, headers?: Record<string, string>): Promise<StaffResponse>;
  post(path: string, body?: unknown, headers?: Record<string, string>): Promise<StaffResponse>;
  put(path: string, body?: unknown, headers?: Record<string, string>): Promise<StaffResponse>;
  patch(path: string, body?: unknown, headers?: Record<string, string>): Promise<StaffResponse>;
  del(path: string, headers?: Record<string, string>): Promise<StaffResponse>;
}

/** Parse a fetch answer: JSON when there is a body, else null (e.g. 204). */
export async function readStaffResponse(response: Response): Promise<StaffResponse> {
  const text = await response.text();
  let body: unknown = null;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  return { status: response.status, headers: response.headers, body };
}

/** The `name=value` of the session cookie in a response's Set-Cookie headers, or null. */
export function sessionCookieOf(response: Response): string | null {
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(';');
    if (/^(__Host-)?yyg_session=./.test(pair.trim())) return pair.trim();
  }
  return null;
}

/**
 * Sign in over HTTP (`POST /api/v1/auth/sign-in`) and return the cookie, CSRF token and request
 * helpers that send both. Paths are relative to `baseUrl`, e.g. `/api/v1/staff/users`. Throws
 * with the status and answer when sign-in fails.
 */
export async function signIn(baseUrl: string, email: string, password: string): Promise<SignedIn> {
  const response = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = sessionCookieOf(response);
  const answer = await readStaffResponse(response);
  if (answer.status !== 200 || !cookie) {
    throw new Error(`sign-in failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return sessionHelpers(baseUrl, cookie, answer.body);
}

/** Request helpers for a session already held (e.g. after accepting an invitation). */
export function sessionHelpers(
  baseUrl: string,
  cookie: string,
  signInBody: { csrfToken: string; user: SignedIn['user'] },
): SignedIn {
  const { csrfToken, user } = signInBody;
  const send = async (method: string, path: string, body: unknown, headers: Record<string, string> = {}) => {
    const withBody = body !== undefined;
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        Cookie: cookie,
        ...(method === 'GET' ? {} : { 'X-CSRF-Token': csrfToken }),
        ...(withBody && typeof body !== 'string' ? { 'Content-Type': 'application/json' } : {}),
        ...headers,
      },
      body: withBody ? (typeof body === 'string' ? body : JSON.stringify(body)) : undefined,
    });
    return readStaffResponse(response);
  };
  return {
    cookie,
    csrfToken,
    user,
    signInBody,
    get: (path, headers) => send('GET', path, undefined, headers),
    post: (path, body, headers) => send('POST', path, body, headers),
    put: (path, body, headers) => send('PUT', path, body, headers),
    patch: (path, body, headers) => send('PATCH', path, body, headers),
    del: (path, headers) => send('DELETE', path, undefined, headers),
  };
}

/** Create a user of this role and sign them in: the one-liner most staff API tests need. */
export async function signInAs(
  harness: Pick<Harness, 'staff' | 'url'>,
  options: StaffUserOptions,
): Promise<SignedIn & { account: StaffUser; password: string }> {
  const { user, password } = await createStaffUser(harness, options);
  return { ...(await signIn(harness.url, user.email, password)), account: user, password };
}

/**
 * The invitation link in the newest email to `email` in the file mailer's outbox, and its token
 * (read with postal-mime, as a mail client would). Null when no invitation was sent to them.
 */
export async function latestInvitation(
  outboxDir: string,
  email: string,
): Promise<{ link: string; token: string; subject: string; text: string } | null> {
  let names: string[];
  try {
    names = (await readdir(outboxDir))
      .filter((name) => name.endsWith('.eml'))
      .sort()
      .reverse();
  } catch {
    return null;
  }
  for (const name of names) {
    const parsed = await PostalMime.parse(await readFile(path.join(outboxDir, name)));
    const to = (parsed.to ?? []).map((entry) => entry.address?.toLowerCase());
    const match = /(\S*\/staff\/#\/invite\/([A-Za-z0-9_-]{43}))/.exec(parsed.text ?? '');
    if (to.includes(email.toLowerCase()) && match) {
      return { link: match[1], token: match[2], subject: parsed.subject ?? '', text: parsed.text ?? '' };
    }
  }
  return null;
}
