import assert from 'node:assert/strict';
import { tokenHash } from '../../backend/src/domain/staff/secret-token.js';
import { STAFF_ACTIONS } from '../../backend/src/domain/staff/permissions.js';
import type { StaffUser } from '../../backend/src/domain/staff/roles.js';
import { startHarness, type Harness } from '../support/harness.js';
import {
  createStaffUser,
  latestInvitation,
  readStaffResponse,
  sessionCookieOf,
  sessionHelpers,
  signIn,
  signInAs,
  type SignedIn,
} from '../support/staff.js';

const MINUTE = 60_000;
const WRONG = /email address or password is not right/;

/** POST JSON to an auth route, without a session; returns the answer and the session cookie set, if any. */
async function authPost(h: Harness, path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${h.url}/api/v1/auth${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const cookie = sessionCookieOf(response);
  return { ...(await readStaffResponse(response)), cookie, setCookie: response.headers.getSetCookie() };
}

async function getWith(h: Harness, path: string, cookie: string | null, headers: Record<string, string> = {}) {
  const response = await fetch(`${h.url}${path}`, { headers: { ...(cookie ? { Cookie: cookie } : {}), ...headers } });
  return readStaffResponse(response);
}

/** The stored session behind a `name=value` cookie. */
function storedSession(h: Harness, cookie: string) {
  return h.staff.accounts.getSession(tokenHash(cookie.slice(cookie.indexOf('=') + 1)));
}

describe('staff sign-in and sessions', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.close());

  it('signs in: the user with permissions, a CSRF token, expiry, and an HttpOnly SameSite=Strict cookie', async () => {
    const { user, password } = await createStaffUser(h, { role: 'practice-manager', email: 'Manager@Surgery.example' });
    const res = await authPost(h, '/sign-in', { email: ' manager@SURGERY.example ', password });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(Object.keys(res.body).sort(), ['csrfToken', 'expiresAt', 'idleMinutes', 'user']);
    assert.equal(res.body.user.id, user.id);
    assert.equal(res.body.user.email, 'manager@surgery.example');
    assert.equal(res.body.user.passwordHash, undefined);
    assert.equal(res.body.user.failedSignIns, undefined);
    assert.deepEqual(res.body.user.practiceCodes, ['C82001']);
    assert.ok(res.body.user.permissions.includes('feedback:read-original'));
    assert.ok(!res.body.user.permissions.includes('users:manage'));
    assert.ok(
      res.body.user.permissions.every((action: string) => (STAFF_ACTIONS as readonly string[]).includes(action)),
    );
    assert.match(res.body.csrfToken, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(res.body.idleMinutes, 30);
    const hours = (Date.parse(res.body.expiresAt) - Date.now()) / 3_600_000;
    assert.ok(hours > 11.9 && hours <= 12, `expires in ${hours} h`);
    assert.equal(res.headers.get('cache-control'), 'no-store');

    assert.equal(res.setCookie.length, 1);
    const attributes = res.setCookie[0].split(';').map((part) => part.trim());
    assert.match(attributes[0], /^yyg_session=[A-Za-z0-9_-]{43}$/, 'plain http: no __Host- prefix');
    assert.ok(
      attributes.includes('HttpOnly') && attributes.includes('SameSite=Strict') && attributes.includes('Path=/'),
    );
    assert.ok(!attributes.includes('Secure'), 'plain-http local development cannot carry a Secure cookie');
    assert.ok(!attributes.some((part) => /^domain=/i.test(part)));
    const maxAge = Number(attributes.find((part) => part.startsWith('Max-Age='))!.slice('Max-Age='.length));
    assert.ok(maxAge > 0 && maxAge <= 12 * 3600, `Max-Age ${maxAge} within the absolute expiry`);

    const stored = await storedSession(h, res.cookie!);
    assert.ok(stored, 'the session is stored under the hash of the cookie token');
    assert.equal(stored.userId, user.id);
    assert.ok(stored.expiresAt instanceof Date);
    assert.equal(await h.staff.accounts.getSession(res.cookie!.split('=')[1]), null, 'the token itself is not a key');
    assert.ok((await h.staff.accounts.getUser(user.id))!.lastSignInAt instanceof Date);
  });

  it('gives the same 401 for a wrong password and an unknown email, and sets no cookie', async () => {
    const { user } = await createStaffUser(h, { role: 'analyst' });
    const wrong = await authPost(h, '/sign-in', { email: user.email, password: 'not-the-password-at-all' });
    const unknown = await authPost(h, '/sign-in', { email: 'nobody@surgery.example', password: 'whatever-password' });
    assert.equal(wrong.status, 401);
    assert.equal(unknown.status, 401);
    assert.deepEqual(wrong.body, unknown.body);
    assert.match(wrong.body.error.message, WRONG);
    assert.equal(wrong.cookie, null);
    assert.equal(unknown.cookie, null);
  });

  it('refuses a user who has not accepted their invitation, with the same 401', async () => {
    const { user } = await createStaffUser(h, { role: 'analyst' });
    await h.staff.accounts.updateUser({ ...user, status: 'invited', passwordHash: null });
    const res = await authPost(h, '/sign-in', { email: user.email, password: 'anything-at-all-here' });
    assert.equal(res.status, 401);
    assert.match(res.body.error.message, WRONG);
  });

  it('names the Secure __Host- cookie over HTTPS (PUBLIC_URL https) and reads it back', async () => {
    const secure = await startHarness({ publicUrl: 'https://feedback.example.nhs.uk' });
    try {
      const { user, password } = await createStaffUser(secure, { role: 'icb-admin' });
      const res = await authPost(secure, '/sign-in', { email: user.email, password });
      assert.equal(res.status, 200);
      const attributes = res.setCookie[0].split(';').map((part) => part.trim());
      assert.match(attributes[0], /^__Host-yyg_session=/);
      assert.ok(attributes.includes('Secure') && attributes.includes('Path=/') && attributes.includes('HttpOnly'));
      assert.equal((await getWith(secure, '/api/v1/auth/session', res.cookie)).status, 200);
      const plainName = res.cookie!.replace('__Host-', '');
      assert.equal((await getWith(secure, '/api/v1/auth/session', plainName)).status, 401, 'the plain name is ignored');
    } finally {
      await secure.close();
    }
  });

  it('answers GET /session with the user, CSRF token and expiry while signed in, 401 otherwise', async () => {
    const staff = await signInAs(h, { role: 'moderator' });
    const res = await staff.get('/api/v1/auth/session');
    assert.equal(res.status, 200);
    assert.equal(res.body.user.id, staff.account.id);
    assert.equal(res.body.csrfToken, staff.csrfToken);
    assert.equal(res.body.expiresAt, staff.signInBody.expiresAt);
    assert.equal(res.body.idleMinutes, 30);
    assert.deepEqual(res.body.user.practiceCodes, ['*']);
    const none = await getWith(h, '/api/v1/auth/session', null);
    assert.equal(none.status, 401);
    assert.match(none.body.error.message, /Sign in/);
    assert.equal((await getWith(h, '/api/v1/auth/session', 'yyg_session=not-a-token')).status, 401);
  });

  it('signs out with the CSRF token: the session is deleted server-side, so the old cookie no longer works', async () => {
    const staff = await signInAs(h, { role: 'icb-admin' });
    const noToken = await fetch(`${h.url}/api/v1/auth/sign-out`, { method: 'POST', headers: { Cookie: staff.cookie } });
    assert.equal(noToken.status, 403);
    assert.ok(await storedSession(h, staff.cookie), 'a sign-out without the token changes nothing');

    const response = await fetch(`${h.url}/api/v1/auth/sign-out`, {
      method: 'POST',
      headers: { Cookie: staff.cookie, 'X-CSRF-Token': staff.csrfToken },
    });
    assert.equal(response.status, 204);
    assert.match(response.headers.getSetCookie()[0], /^yyg_session=; .*Max-Age=0/);
    assert.equal(await storedSession(h, staff.cookie), null);
    assert.equal((await staff.get('/api/v1/auth/session')).status, 401);
    assert.equal((await staff.get('/api/v1/staff/users')).status, 401);
    assert.equal((await staff.post('/api/v1/auth/sign-out')).status, 401);
  });

  it('a new sign-in replaces the session the browser already had (no session fixation)', async () => {
    const { user, password } = await createStaffUser(h, { role: 'analyst' });
    const first = await signIn(h.url, user.email, password);
    const again = await authPost(h, '/sign-in', { email: user.email, password }, { Cookie: first.cookie });
    assert.equal(again.status, 200);
    assert.notEqual(again.cookie, first.cookie);
    assert.equal(await storedSession(h, first.cookie), null);
    assert.equal((await first.get('/api/v1/auth/session')).status, 401);
  });

  it('ends a session after 30 idle minutes, and keeps it while it is used', async () => {
    const busy = await signInAs(h, { role: 'icb-admin' });
    const idle = await signInAs(h, { role: 'analyst' });
    for (let i = 0; i < 3; i += 1) {
      h.advanceClock(20 * MINUTE);
      assert.equal((await busy.get('/api/v1/staff/users')).status, 200, `still signed in after ${20 * (i + 1)} min`);
    }
    const stored = await storedSession(h, busy.cookie);
    assert.ok(Date.now() + 59 * MINUTE - stored!.lastSeenAt.getTime() < 2 * MINUTE, 'activity was recorded');

    const ended = await idle.get('/api/v1/staff/anything');
    assert.equal(ended.status, 401);
    assert.match(ended.body.error.message, /30 minutes without activity/);
    assert.equal(await storedSession(h, idle.cookie), null, 'the idle session is deleted');
  });

  it('ends a session at its absolute expiry, however busy', async () => {
    const short = await startHarness({ session: { absoluteHours: 1 } });
    try {
      const staff = await signInAs(short, { role: 'icb-admin' });
      for (let i = 0; i < 2; i += 1) {
        short.advanceClock(25 * MINUTE);
        assert.equal((await staff.get('/api/v1/auth/session')).status, 200);
      }
      short.advanceClock(11 * MINUTE);
      const ended = await staff.get('/api/v1/staff/users');
      assert.equal(ended.status, 401);
      assert.match(ended.body.error.message, /1 hour after signing in/);
      assert.equal(await storedSession(short, staff.cookie), null);
    } finally {
      await short.close();
    }
  });

  it('locks an account after 5 failures in a row: 429 with Retry-After, even for the right password, until 15 minutes pass', async () => {
    const { user, password } = await createStaffUser(h, { role: 'practice-manager' });
    for (let i = 1; i <= 4; i += 1) {
      const res = await authPost(h, '/sign-in', { email: user.email, password: `wrong-password-${i}` });
      assert.equal(res.status, 401, `failure ${i}`);
    }
    const fifth = await authPost(h, '/sign-in', { email: user.email, password: 'wrong-password-5' });
    assert.equal(fifth.status, 429);
    assert.equal(fifth.headers.get('retry-after'), String(15 * 60));
    assert.match(fifth.body.error.message, /Try again in 15 minutes \(after \d\d:\d\d UK time\)/);

    const locked = await authPost(h, '/sign-in', { email: user.email, password });
    assert.equal(locked.status, 429, 'the right password does not open a locked account');
    assert.equal(locked.cookie, null);
    h.advanceClock(10 * MINUTE);
    const later = await authPost(h, '/sign-in', { email: user.email, password });
    assert.equal(later.status, 429);
    assert.ok(Number(later.headers.get('retry-after')) <= 5 * 60);

    h.advanceClock(5 * MINUTE + 1000);
    const open = await authPost(h, '/sign-in', { email: user.email, password });
    assert.equal(open.status, 200, JSON.stringify(open.body));
    const stored = (await h.staff.accounts.getUser(user.id))!;
    assert.equal(stored.failedSignIns, 0);
    assert.equal(stored.lockedUntil, null);
  });

  it('a success resets the count of failures', async () => {
    const { user, password } = await createStaffUser(h, { role: 'analyst' });
    for (let round = 0; round < 2; round += 1) {
      for (let i = 0; i < 4; i += 1) {
        assert.equal((await authPost(h, '/sign-in', { email: user.email, password: 'wrong-wrong-wrong' })).status, 401);
      }
      assert.equal((await authPost(h, '/sign-in', { email: user.email, password })).status, 200);
    }
  });

  it('locks an unknown email the same way, so lock-out does not reveal which emails have accounts', async () => {
    const answers = [];
    for (let i = 0; i < 6; i += 1) {
      answers.push(
        (await authPost(h, '/sign-in', { email: 'ghost@surgery.example', password: 'guess-guess-guess' })).status,
      );
    }
    assert.deepEqual(answers, [401, 401, 401, 401, 429, 429]);
  });

  it('slows down one address trying many accounts (per-address limit)', async () => {
    const limited = await startHarness({ session: { failedSignInsPerIp: 3 } });
    try {
      const { user, password } = await createStaffUser(limited, { role: 'analyst' });
      for (let i = 0; i < 3; i += 1) {
        const res = await authPost(limited, '/sign-in', {
          email: `person${i}@surgery.example`,
          password: 'guess-guess',
        });
        assert.equal(res.status, 401);
      }
      const refused = await authPost(limited, '/sign-in', { email: user.email, password });
      assert.equal(refused.status, 429);
      assert.ok(Number(refused.headers.get('retry-after')) > 0);
      assert.match(refused.body.error.message, /from this network/);
    } finally {
      await limited.close();
    }
  });

  it('sign-in takes JSON only, and refuses a request from another website (login CSRF)', async () => {
    const { user, password } = await createStaffUser(h, { role: 'analyst' });
    const form = await fetch(`${h.url}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: user.email, password }).toString(),
    });
    assert.equal(form.status, 415);
    assert.equal(sessionCookieOf(form), null);
    const crossSite = await authPost(
      h,
      '/sign-in',
      { email: user.email, password },
      { Origin: 'https://evil.example' },
    );
    assert.equal(crossSite.status, 403);
    assert.equal(crossSite.cookie, null);
    const sameSite = await authPost(h, '/sign-in', { email: user.email, password }, { Origin: h.url });
    assert.equal(sameSite.status, 200);
    const missing = await authPost(h, '/sign-in', { email: user.email });
    assert.equal(missing.status, 422);
    assert.equal(missing.body.error.fields[0].field, 'password');
  });
});

describe('the staff API gate: sessions, CSRF and origin', () => {
  let h: Harness;
  let admin: SignedIn;
  beforeEach(async () => {
    h = await startHarness();
    admin = await signInAs(h, { role: 'icb-admin' });
  });
  afterEach(() => h.close());

  it('answers 401 on every /api/v1/staff path without a session, known or not, and never caches', async () => {
    for (const path of ['/api/v1/staff', '/api/v1/staff/', '/api/v1/staff/users', '/api/v1/staff/anything/at/all']) {
      const res = await getWith(h, path, null);
      assert.equal(res.status, 401, path);
      assert.match(res.body.error.message, /Sign in/);
      assert.equal(res.headers.get('cache-control'), 'no-store', path);
    }
    const post = await fetch(`${h.url}/api/v1/staff/no-such-route`, { method: 'POST' });
    assert.equal(post.status, 401);
    const signedIn = await admin.get('/api/v1/staff/no-such-route');
    assert.equal(signedIn.status, 404, 'signed in, an unknown path is simply not found');
    assert.equal(signedIn.headers.get('cache-control'), 'no-store');
  });

  const newUser = { email: 'csrf.check@surgery.example', name: 'Csrf Check', role: 'analyst', practiceCodes: [] };

  it('refuses a state-changing request without the CSRF token or with a wrong one (403), and takes the right one', async () => {
    const missing = await fetch(`${h.url}/api/v1/staff/users`, {
      method: 'POST',
      headers: { Cookie: admin.cookie, 'Content-Type': 'application/json' },
      body: JSON.stringify(newUser),
    });
    assert.equal(missing.status, 403);
    assert.match((await missing.json()).error.message, /Missing or wrong CSRF token/);
    const wrong = await admin.post('/api/v1/staff/users', newUser, { 'X-CSRF-Token': 'x'.repeat(43) });
    assert.equal(wrong.status, 403);
    const other = await signInAs(h, { role: 'icb-admin' });
    const someoneElses = await admin.post('/api/v1/staff/users', newUser, { 'X-CSRF-Token': other.csrfToken });
    assert.equal(someoneElses.status, 403, "another session's token is not this one's");
    assert.equal(await h.staff.accounts.findUserByEmail(newUser.email), null, 'nothing was created');
    const right = await admin.post('/api/v1/staff/users', newUser);
    assert.equal(right.status, 201, JSON.stringify(right.body));
    assert.equal((await admin.get('/api/v1/staff/users')).status, 200, 'reads need no token');
  });

  it('refuses a request whose Origin is another website, even with the right token', async () => {
    const crossSite = await admin.post('/api/v1/staff/users', newUser, { Origin: 'https://evil.example' });
    assert.equal(crossSite.status, 403);
    assert.match(crossSite.body.error.message, /another website/);
    assert.equal((await admin.get('/api/v1/staff/users', { Origin: 'null' })).status, 403);
    const sameOrigin = await admin.post('/api/v1/staff/users', newUser, { Origin: h.url });
    assert.equal(sameOrigin.status, 201);
  });

  it('accepts the PUBLIC_URL origin when TLS ends at a proxy', async () => {
    const proxied = await startHarness({
      publicUrl: 'https://feedback.example.nhs.uk',
      session: { secureCookie: false },
    });
    try {
      const staff = await signInAs(proxied, { role: 'icb-admin' });
      const res = await staff.post('/api/v1/staff/users', newUser, { Origin: 'https://feedback.example.nhs.uk' });
      assert.equal(res.status, 201, JSON.stringify(res.body));
    } finally {
      await proxied.close();
    }
  });
});

describe('staff invitations and user management', () => {
  let h: Harness;
  let admin: SignedIn & { account: StaffUser; password: string };
  beforeEach(async () => {
    h = await startHarness();
    admin = await signInAs(h, { role: 'icb-admin' });
  });
  afterEach(() => h.close());

  const person = {
    email: 'Jo.Bloggs@Surgery.example',
    name: 'Jo Bloggs',
    role: 'practice-manager',
    practiceCodes: ['c82001'],
  };

  async function invite(body: Record<string, unknown> = person) {
    const res = await admin.post('/api/v1/staff/users', body);
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const invitation = await latestInvitation(h.outboxDir, String(body.email));
    assert.ok(invitation, 'an invitation email was written to the outbox');
    return { user: res.body.user, invitation };
  }

  it('invites by email, checks and accepts the link (weak password refused first), and signs the person in', async () => {
    const { user, invitation } = await invite();
    assert.equal(user.status, 'invited');
    assert.equal(user.email, 'jo.bloggs@surgery.example');
    assert.deepEqual(user.practiceCodes, ['C82001']);
    assert.equal(user.passwordHash, undefined);
    assert.equal(invitation.link, `${h.url}/staff/#/invite/${invitation.token}`);
    assert.match(invitation.subject, /invitation/i);
    assert.match(invitation.text, /Hello Jo Bloggs/);
    assert.match(invitation.text, /Practice manager/);
    assert.doesNotMatch(invitation.text, /receipt|comment|patient said/i);

    const check = await authPost(h, '/invitations/check', { token: invitation.token });
    assert.equal(check.status, 200);
    assert.deepEqual(check.body, { email: 'jo.bloggs@surgery.example', name: 'Jo Bloggs', role: 'practice-manager' });

    const weak: [string, RegExp][] = [
      ['short-pass', /at least 12 characters/],
      ['Password1234!', /well-known/],
      ['jo.bloggs-is-my-name', /email address/],
      ['x'.repeat(257), /at most 256/],
    ];
    for (const [password, problem] of weak) {
      const res = await authPost(h, '/invitations/accept', { token: invitation.token, password });
      assert.equal(res.status, 422, password);
      assert.equal(res.body.error.fields[0].field, 'password');
      assert.match(res.body.error.fields[0].problem, problem);
      assert.equal(res.cookie, null);
    }

    const password = 'heron lantern marmalade 42';
    const accepted = await authPost(h, '/invitations/accept', { token: invitation.token, password });
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    assert.ok(accepted.cookie);
    assert.equal(accepted.body.user.status, 'active');
    assert.ok(accepted.body.user.permissions.includes('feedback:read'));
    const signedIn = sessionHelpers(h.url, accepted.cookie!, accepted.body);
    assert.equal((await signedIn.get('/api/v1/auth/session')).body.user.id, user.id);
    await signIn(h.url, 'jo.bloggs@surgery.example', password);

    const checkAgain = await authPost(h, '/invitations/check', { token: invitation.token });
    const acceptAgain = await authPost(h, '/invitations/accept', {
      token: invitation.token,
      password: 'another good passphrase',
    });
    for (const again of [checkAgain, acceptAgain]) {
      assert.equal(again.status, 410);
      assert.match(again.body.error.message, /already been used/);
    }
    const stored = (await h.staff.accounts.getUser(user.id))!;
    assert.match(stored.passwordHash!, /^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]+\$[A-Za-z0-9_-]+$/);
  });

  it('lets only one of two racing accepts use a token', async () => {
    const { invitation } = await invite();
    const results = await Promise.all(
      ['first racer passphrase', 'second racer passphrase'].map((password) =>
        authPost(h, '/invitations/accept', { token: invitation.token, password }),
      ),
    );
    assert.deepEqual(results.map((r) => r.status).sort(), [200, 410]);
  });

  it('answers 404 for a token never sent, 410 once expired after 7 days, and 422 for a malformed one', async () => {
    const { invitation } = await invite();
    const unknown = await authPost(h, '/invitations/check', { token: 'A'.repeat(43) });
    assert.equal(unknown.status, 404);
    assert.equal((await authPost(h, '/invitations/check', { token: 'short' })).status, 422);
    h.advanceClock(7 * 24 * 60 * MINUTE - MINUTE);
    assert.equal((await authPost(h, '/invitations/check', { token: invitation.token })).status, 200);
    h.advanceClock(2 * MINUTE);
    const expired = await authPost(h, '/invitations/accept', {
      token: invitation.token,
      password: 'a fine long passphrase',
    });
    assert.equal(expired.status, 410);
    assert.match(expired.body.error.message, /expired/);
  });

  it('sends a fresh invitation on request; the new link works', async () => {
    const { user, invitation: first } = await invite();
    const again = await admin.post(`/api/v1/staff/users/${user.id}/invitation`);
    assert.equal(again.status, 201, JSON.stringify(again.body));
    const second = await latestInvitation(h.outboxDir, person.email);
    assert.notEqual(second!.token, first.token);
    const accepted = await authPost(h, '/invitations/accept', {
      token: second!.token,
      password: 'purple otter trampoline',
    });
    assert.equal(accepted.status, 200);
    assert.equal((await admin.post('/api/v1/staff/users/no-such-id/invitation')).status, 404);
  });

  it('lists users without password hashes', async () => {
    await invite();
    const res = await admin.get('/api/v1/staff/users');
    assert.equal(res.status, 200);
    assert.equal(res.body.items.length, 2);
    assert.ok(!JSON.stringify(res.body).includes('scrypt'));
    assert.ok(res.body.items.every((u: { permissions?: unknown }) => Array.isArray(u.permissions)));
  });

  it('lets only ICB administrators manage users (403 for every other role)', async () => {
    const { user } = await invite();
    for (const role of ['practice-manager', 'moderator', 'analyst', 'councillor'] as const) {
      const staff = await signInAs(h, { role });
      assert.equal((await staff.get('/api/v1/staff/users')).status, 403, `${role} GET`);
      const create = await staff.post('/api/v1/staff/users', { ...person, email: `${role}@x.example` });
      assert.equal(create.status, 403, `${role} POST`);
      assert.equal((await staff.patch(`/api/v1/staff/users/${user.id}`, { status: 'disabled' })).status, 403);
      assert.equal((await staff.post(`/api/v1/staff/users/${user.id}/invitation`)).status, 403);
      assert.equal((await staff.patch('/api/v1/staff/users/bad', 'not json')).status, 403, 'refused before the body');
    }
    assert.equal((await h.staff.accounts.getUser(user.id))!.status, 'invited', 'nothing changed');
  });

  const badBodies: [string, Record<string, unknown>, string, RegExp][] = [
    ['an unknown role', { ...person, role: 'superuser' }, 'role', /one of: icb-admin/],
    ['an email that is not one', { ...person, email: 'jo at surgery' }, 'email', /email address/],
    ['a practice manager with no practice', { ...person, practiceCodes: [] }, 'practiceCodes', /at least one/],
    [
      'a practice we do not know',
      { ...person, practiceCodes: ['Y99999'] },
      'practiceCodes.0',
      /not a practice we know/,
    ],
    ['a practice code that is not one', { ...person, practiceCodes: ['nope'] }, 'practiceCodes.0', /ODS practice code/],
    ['every practice for a manager', { ...person, practiceCodes: ['*'] }, 'practiceCodes', /moderators only/],
    ['practices for an analyst', { ...person, role: 'analyst' }, 'practiceCodes', /must be empty/],
    ['an unknown field', { ...person, password: 'x' }, 'password', /not a field/],
    ['no name', { ...person, name: ' ' }, 'name', /empty/],
  ];
  for (const [what, body, field, problem] of badBodies) {
    it(`refuses to invite with ${what} (422 naming ${field}), sending nothing`, async () => {
      const res = await admin.post('/api/v1/staff/users', body);
      assert.equal(res.status, 422, JSON.stringify(res.body));
      const entry = res.body.error.fields.find((f: { field: string }) => f.field === field);
      assert.ok(entry, JSON.stringify(res.body));
      assert.match(entry.problem, problem);
      assert.equal(await latestInvitation(h.outboxDir, String(body.email)), null);
    });
  }

  it('takes a moderator for every practice, and refuses an email already taken (409)', async () => {
    const moderator = await admin.post('/api/v1/staff/users', {
      email: 'mod@icb.example',
      name: 'Mo Derator',
      role: 'moderator',
      practiceCodes: ['*'],
    });
    assert.equal(moderator.status, 201);
    assert.deepEqual(moderator.body.user.practiceCodes, ['*']);
    const taken = await admin.post('/api/v1/staff/users', { ...person, email: 'MOD@icb.example' });
    assert.equal(taken.status, 409);
  });

  it('disabling a user ends their sessions at once, and they cannot sign in again', async () => {
    const manager = await signInAs(h, { role: 'practice-manager' });
    assert.equal((await manager.get('/api/v1/auth/session')).status, 200);
    const res = await admin.patch(`/api/v1/staff/users/${manager.account.id}`, { status: 'disabled' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.user.status, 'disabled');
    assert.equal((await manager.get('/api/v1/staff/anything')).status, 401);
    assert.equal(await storedSession(h, manager.cookie), null);
    const again = await authPost(h, '/sign-in', { email: manager.account.email, password: manager.password });
    assert.equal(again.status, 403);
    assert.match(again.body.error.message, /disabled/);
    assert.equal(again.cookie, null);
    const invitation = await admin.post(`/api/v1/staff/users/${manager.account.id}/invitation`);
    assert.equal(invitation.status, 409, 'no invitation to a disabled account');

    const enabled = await admin.patch(`/api/v1/staff/users/${manager.account.id}`, { status: 'active' });
    assert.equal(enabled.body.user.status, 'active');
    await signIn(h.url, manager.account.email, manager.password);
  });

  it("changing a user's practices or role ends their sessions; renaming does not", async () => {
    await h.store.upsertPractices([{ ...(await h.store.getPractice('C82001'))!, code: 'C82002', name: 'Second' }]);
    const manager = await signInAs(h, { role: 'practice-manager' });
    const renamed = await admin.patch(`/api/v1/staff/users/${manager.account.id}`, { name: 'New Name' });
    assert.equal(renamed.body.user.name, 'New Name');
    assert.equal((await manager.get('/api/v1/auth/session')).status, 200);

    const moved = await admin.patch(`/api/v1/staff/users/${manager.account.id}`, { practiceCodes: ['C82002'] });
    assert.deepEqual(moved.body.user.practiceCodes, ['C82002']);
    assert.equal((await manager.get('/api/v1/auth/session')).status, 401);

    const back = await signIn(h.url, manager.account.email, manager.password);
    const needsPractices = await admin.patch(`/api/v1/staff/users/${manager.account.id}`, { role: 'moderator' });
    assert.equal(needsPractices.status, 422, 'a new practice-scoped role must be given its practices');
    const analyst = await admin.patch(`/api/v1/staff/users/${manager.account.id}`, { role: 'analyst' });
    assert.equal(analyst.status, 200);
    assert.deepEqual(analyst.body.user.practiceCodes, []);
    assert.equal((await back.get('/api/v1/auth/session')).status, 401);
    assert.equal((await admin.patch(`/api/v1/staff/users/${manager.account.id}`, {})).status, 422);
    assert.equal((await admin.patch('/api/v1/staff/users/no-such-id', { name: 'X' })).status, 404);
  });

  it('an administrator cannot disable or demote themselves (so one always remains), but another may', async () => {
    const self = await admin.patch(`/api/v1/staff/users/${admin.account.id}`, { status: 'disabled' });
    assert.equal(self.status, 409);
    assert.equal((await admin.patch(`/api/v1/staff/users/${admin.account.id}`, { role: 'analyst' })).status, 409);
    const other = await signInAs(h, { role: 'icb-admin' });
    const demoted = await other.patch(`/api/v1/staff/users/${admin.account.id}`, { role: 'analyst' });
    assert.equal(demoted.status, 200, 'another administrator remains');
    assert.equal((await admin.get('/api/v1/auth/session')).status, 401);
  });

  it('audits sign-in, failures, lock-out, invitations, changes and sign-out, with no password or token in them', async () => {
    const { user, invitation } = await invite();
    const password = 'kettle meadow orbit 77';
    await authPost(h, '/invitations/accept', { token: invitation.token, password });
    const jo = await signIn(h.url, 'jo.bloggs@surgery.example', password);
    await admin.patch(`/api/v1/staff/users/${user.id}`, { name: 'Jo B' });
    for (let i = 0; i < 5; i += 1) await authPost(h, '/sign-in', { email: user.email, password: `wrong-guess-${i}` });
    assert.equal((await jo.post('/api/v1/auth/sign-out')).status, 204);
    await admin.patch(`/api/v1/staff/users/${user.id}`, { status: 'disabled' });

    const entries = (await h.staff.audit.list({ practiceCodes: '*', limit: 500 })).reverse();
    const actions = entries.map((entry) => entry.action);
    assert.deepEqual(actions, [
      'session.sign-in', // the admin, in beforeEach
      'user.invite',
      'user.invitation-accepted',
      'session.sign-in',
      'session.sign-in',
      'user.update',
      ...Array(5).fill('session.sign-in-failed'),
      'user.locked',
      'session.sign-out',
      'user.disable',
    ]);
    const byAction = (action: string) => entries.filter((entry) => entry.action === action);
    assert.equal(byAction('user.invite')[0].actorId, admin.account.id);
    assert.equal(byAction('user.invite')[0].targetId, user.id);
    assert.equal(byAction('user.invitation-accepted')[0].actorId, user.id);
    assert.equal(byAction('session.sign-in-failed')[0].actorId, 'anonymous');
    const update = byAction('user.update')[0] as { before: { name: string }; after: { name: string } };
    assert.equal(update.before.name, 'Jo Bloggs');
    assert.equal(update.after.name, 'Jo B');
    assert.equal((byAction('user.disable')[0].after as { status: string }).status, 'disabled');
    assert.ok(
      entries.every((entry) => entry.ip),
      'every entry says from where',
    );

    const everything = JSON.stringify(entries);
    for (const secret of [password, admin.password, invitation.token, tokenHash(invitation.token), jo.csrfToken]) {
      assert.ok(!everything.includes(secret), 'no password or token in the audit log');
    }
    assert.ok(!everything.includes(jo.cookie.split('=')[1]));
    assert.ok(!everything.includes('scrypt$'), 'no password hash in the audit log');
    assert.equal((await h.staff.audit.verify()).ok, true);
  });
});
