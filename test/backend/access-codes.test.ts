import assert from 'node:assert/strict';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import Router from '@koa/router';
import { hashAccessToken, issueAccessCode } from '../../backend/src/domain/access-code.js';
import { errorMiddleware } from '../../backend/src/http/error.middleware.js';
import { requireAccessCode, type AccessState } from '../../backend/src/http/access-code.middleware.js';
import { postJson, silentLogger, startHarness, type Harness } from '../support/harness.js';
import { signInAs, type SignedIn } from '../support/staff.js';

describe('access codes for helpers and kiosks', () => {
  let h: Harness;
  /** The practice manager of C82001, signed in. */
  let manager: SignedIn;
  beforeEach(async () => {
    h = await startHarness();
    manager = await signInAs(h, { role: 'practice-manager', practiceCodes: ['C82001'] });
  });
  afterEach(() => h.close());

  it('issues a helper code once, keeping only its hash, with a link that carries it after #', async () => {
    const res = await manager.post('/api/v1/staff/practices/c82001/access-codes', {
      kind: 'helper',
      role: 'hub-helper',
      label: 'Library hub, Tuesdays',
      hours: 8,
    });
    assert.equal(res.status, 201);
    assert.match(res.body.token, /^H-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    assert.equal(res.body.link, `${h.url}/assist/C82001#code=${encodeURIComponent(res.body.token)}`);
    const stored = await h.store.findAccessCode(hashAccessToken(res.body.token));
    assert.equal(stored?.role, 'hub-helper');
    assert.ok(!JSON.stringify(stored).includes(res.body.token), 'the code itself is not stored');
    const hoursLeft = (new Date(res.body.expiresAt).getTime() - Date.now()) / 3_600_000;
    assert.ok(hoursLeft > 7.9 && hoursLeft <= 8);
  });

  it('issues a long kiosk code with a kiosk link', async () => {
    const res = await manager.post('/api/v1/staff/practices/C82001/access-codes', {
      kind: 'kiosk',
      label: 'Waiting room tablet',
    });
    assert.equal(res.status, 201);
    assert.match(res.body.token, /^K-[0-9A-HJKMNP-TV-Z]{20}$/);
    assert.match(res.body.link, /\/kiosk\/C82001#code=K-/);
    assert.equal(res.body.role, null);
  });

  const bad: [Record<string, unknown>, string, RegExp][] = [
    [{ kind: 'helper', label: 'Hub' }, 'role', /required for a helper/],
    [{ kind: 'robot', label: 'x' }, 'kind', /helper, kiosk/],
    [{ kind: 'kiosk', label: '' }, 'label', /must say where/],
    [{ kind: 'helper', role: 'volunteer', label: 'Hub', hours: 1000 }, 'hours', /at most 168/],
  ];
  for (const [body, field, problem] of bad) {
    it(`refuses ${JSON.stringify(body)} with a 422 naming ${field}`, async () => {
      const res = await manager.post('/api/v1/staff/practices/C82001/access-codes', body);
      assert.equal(res.status, 422);
      const entry = res.body.error.fields.find((f: { field: string }) => f.field === field);
      assert.ok(entry, JSON.stringify(res.body));
      assert.match(entry.problem, problem);
    });
  }

  it('is for signed-in staff who may issue codes for that practice, and is audited without the code', async () => {
    const res = await postJson(`${h.url}/api/v1/staff/practices/C82001/access-codes`, { kind: 'kiosk', label: 'x' });
    assert.equal(res.status, 401);
    const body = { kind: 'kiosk', label: 'Tablet' };
    assert.equal((await manager.post('/api/v1/staff/practices/C82002/access-codes', body)).status, 403);
    const analyst = await signInAs(h, { role: 'analyst' });
    assert.equal((await analyst.post('/api/v1/staff/practices/C82001/access-codes', body)).status, 403);
    const issued = await manager.post('/api/v1/staff/practices/C82001/access-codes', body);
    assert.equal(issued.status, 201);
    const entries = await h.staff.audit.list({ practiceCodes: '*', targetId: issued.body.id, limit: 10 });
    assert.deepEqual(
      entries.map((entry) => [entry.action, entry.actorId, entry.practiceCode]),
      [['access-code.issue', manager.user.id, 'C82001']],
    );
    assert.ok(!JSON.stringify(entries).includes(issued.body.token), 'the code is not in the audit log');
  });

  describe('requireAccessCode', () => {
    let url: string;
    let close: () => void;
    const now = new Date();
    beforeEach(async () => {
      const app = new Koa();
      app.use(errorMiddleware(silentLogger));
      const router = new Router();
      router.get(
        '/kiosk/:code/ping',
        requireAccessCode(h.store, 'kiosk', () => now),
        (ctx) => {
          ctx.body = { label: (ctx.state as AccessState).access.label };
        },
      );
      app.use(router.routes());
      const server = app.listen(0, '127.0.0.1');
      await once(server, 'listening');
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      close = () => server.close();
    });
    afterEach(() => close());

    async function issue(kind: 'kiosk' | 'helper', hours: number, practiceCode = 'C82001') {
      const { record, token } = issueAccessCode(
        { kind, practiceCode, role: kind === 'helper' ? 'receptionist' : null, label: 'Tablet' },
        hours,
        new Date(now.getTime() - 3_600_000),
      );
      await h.store.insertAccessCode(record);
      return token;
    }
    const get = (path: string, auth?: string) =>
      fetch(`${url}${path}`, { headers: auth ? { Authorization: auth } : {} }).then(async (r) => ({
        status: r.status,
        body: await r.json(),
      }));

    it('lets a live code of the right kind and practice in', async () => {
      const token = await issue('kiosk', 24);
      assert.deepEqual(await get('/kiosk/C82001/ping', `Kiosk ${token}`), { status: 200, body: { label: 'Tablet' } });
    });

    it('refuses no code, a wrong code, a helper code, an expired code and another practice', async () => {
      assert.equal((await get('/kiosk/C82001/ping')).status, 401);
      assert.equal((await get('/kiosk/C82001/ping', 'Kiosk K-NOTACODE')).status, 401);
      assert.equal((await get('/kiosk/C82001/ping', `Kiosk ${await issue('helper', 24)}`)).status, 401);
      const expired = await get('/kiosk/C82001/ping', `Kiosk ${await issue('kiosk', 1)}`);
      assert.equal(expired.status, 401);
      assert.match(expired.body.error.message, /expired/);
      const other = await get('/kiosk/C82001/ping', `Kiosk ${await issue('kiosk', 24, 'C82002')}`);
      assert.equal(other.status, 403);
      assert.match(other.body.error.message, /for practice C82002, not C82001/);
    });
  });
});
