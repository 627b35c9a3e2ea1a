/**
 * The browser tests' way into the staff API: a signed-in session held here, in the test runner's
 * Node process, never in the page. It signs in as the demo ICB administrator (the backend was
 * started with a known DEMO_STAFF_PASSWORD), widens the demo practice manager's practices to the
 * ones the tests use (so the list answers carry the patient's own words, as the practice sees
 * them), and signs in as that manager for reads.
 */
export const TEST_PRACTICES = ['C82001', 'C82002', 'C82003', 'C82010', 'C82011', 'C82012', 'C82013'];

async function signIn(origin, email, password) {
  const response = await fetch(`${origin}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200)
    throw new Error(`staff sign-in as ${email}: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .find((pair) => /^(__Host-)?yyg_session=/.test(pair));
  const { csrfToken } = await response.json();
  return { cookie, csrfToken };
}

async function send(origin, session, method, path, body) {
  const response = await fetch(`${origin}${path}`, {
    method,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** @param {{ origin: string, demoPassword: string }} backend */
export function staffClient(backend) {
  let ready;
  const sessions = () =>
    (ready ??= (async () => {
      const admin = await signIn(backend.origin, 'admin@demo.invalid', backend.demoPassword);
      const users = await send(backend.origin, admin, 'GET', '/api/v1/staff/users');
      const manager = users.body.items.find((user) => user.email === 'pm@demo.invalid');
      const widened = await send(backend.origin, admin, 'PATCH', `/api/v1/staff/users/${manager.id}`, {
        practiceCodes: TEST_PRACTICES,
      });
      if (widened.status !== 200) throw new Error(`widening the demo manager: ${widened.status}`);
      return { admin, manager: await signIn(backend.origin, 'pm@demo.invalid', backend.demoPassword) };
    })());
  return {
    /** `as`: 'manager' (default) or 'admin'. */
    async request({ method = 'GET', path, body, as = 'manager' }) {
      const all = await sessions();
      return send(backend.origin, all[as], method, path, body);
    },
  };
}
