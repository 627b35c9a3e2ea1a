import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { solvedAltcha } from '../support/altcha.js';
import { makePractice } from '../support/fixtures.js';
import { guardKinds, guardsOf, type TestGuardOptions } from '../support/guards.js';
import { postJson, startHarness, type Harness } from '../support/harness.js';

const TEN_MINUTES = 600;

for (const kind of guardKinds()) {
  describe(`rate limits (${kind})`, () => {
    const open: Harness[] = [];
    let cleanup: () => Promise<void> = async () => {};
    afterEach(async () => {
      for (const h of open.splice(0)) await h.close();
      await cleanup();
    });

    /** `count` harnesses sharing one set of counters, as API processes sharing Redis do. */
    async function start(limits: TestGuardOptions['limits'], count = 1, trustProxy = 0): Promise<Harness[]> {
      const guards = await guardsOf(kind, { limits });
      cleanup = guards.cleanup;
      for (let i = 0; i < count; i++) {
        open.push(await startHarness({ guards: guards.make(), trustProxy, practices: [makePractice('C82002')] }));
      }
      return open;
    }

    async function submit(h: Harness, fields: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
      const body = {
        submissionId: randomUUID(),
        practiceCode: 'C82001',
        rating: 'good',
        channel: 'web',
        language: 'en',
        website: '',
        altcha: await solvedAltcha(h.url),
        ...fields,
      };
      return { body, res: await postJson(`${h.url}/api/v1/feedback`, body, headers) };
    }

    function assertTooMany(res: Awaited<ReturnType<typeof postJson>>, message: RegExp) {
      assert.equal(res.status, 429, JSON.stringify(res.body));
      const retryAfter = Number(res.headers.get('retry-after'));
      assert.ok(
        Number.isInteger(retryAfter) && retryAfter > 0 && retryAfter <= TEN_MINUTES,
        `Retry-After ${retryAfter}`,
      );
      assert.match(res.body.error.message, message);
    }

    it('refuses a network past its budget with 429 and Retry-After, storing nothing, but never a retry', async () => {
      const [h] = await start({ ip: { points: 3, durationSeconds: TEN_MINUTES } });
      const first = await submit(h);
      for (let i = 0; i < 2; i++) assert.equal((await submit(h)).res.status, 202);
      const refused = await submit(h);
      assertTooMany(refused.res, /^Too many submissions from this network: try again in 10 minutes\.$/);
      assert.equal((await h.store.listFeedback({ practiceCode: 'C82001', limit: 10 })).length, 3);

      const retry = await postJson(`${h.url}/api/v1/feedback`, first.body);
      assert.deepEqual([retry.status, retry.body], [202, first.res.body], 'a stored submission is answered as before');
    });

    it('does not count a repeated submission twice', async () => {
      const [h] = await start({ ip: { points: 2, durationSeconds: TEN_MINUTES } });
      const { body } = await submit(h);
      assert.equal((await postJson(`${h.url}/api/v1/feedback`, body)).status, 202);
      assert.equal((await submit(h)).res.status, 202, 'the retry left the second place free');
    });

    it('counts per network behind a trusted proxy, an IPv6 /64 as one network', async () => {
      const [h] = await start({ ip: { points: 1, durationSeconds: TEN_MINUTES } }, 1, 1);
      const from = (xff: string) => submit(h, {}, { 'X-Forwarded-For': xff }).then(({ res }) => res.status);
      assert.equal(await from('198.51.100.7'), 202);
      assert.equal(await from('198.51.100.8'), 202);
      assert.equal(await from('203.0.113.9, 198.51.100.8'), 429, 'only the entry our proxy added counts');
      assert.equal(await from('2001:db8:1:2::1'), 202);
      assert.equal(await from('2001:db8:1:2::abcd'), 429);
    });

    it('ignores X-Forwarded-For when no proxy is trusted', async () => {
      const [h] = await start({ ip: { points: 1, durationSeconds: TEN_MINUTES } });
      assert.equal((await submit(h, {}, { 'X-Forwarded-For': '198.51.100.7' })).res.status, 202);
      assert.equal((await submit(h, {}, { 'X-Forwarded-For': '198.51.100.8' })).res.status, 429);
    });

    it('refuses a practice past its budget, whatever the network, and leaves other practices alone', async () => {
      const [h] = await start({ practice: { points: 2, durationSeconds: TEN_MINUTES } }, 1, 1);
      for (const ip of ['192.0.2.1', '192.0.2.2']) {
        assert.equal((await submit(h, {}, { 'X-Forwarded-For': ip })).res.status, 202);
      }
      const refused = await submit(h, {}, { 'X-Forwarded-For': '192.0.2.3' });
      assertTooMany(refused.res, /^Too many submissions for this practice just now: try again in 10 minutes\.$/);
      assert.equal((await submit(h, { practiceCode: 'C82002' }, { 'X-Forwarded-For': '192.0.2.3' })).res.status, 202);
    });

    it('limits challenges per network, more loosely', async () => {
      const [h] = await start({ challenge: { points: 2, durationSeconds: 60 } });
      for (let i = 0; i < 2; i++) assert.equal((await fetch(`${h.url}/api/v1/challenge`)).status, 200);
      const res = await fetch(`${h.url}/api/v1/challenge`);
      assert.equal(res.status, 429);
      assert.ok(Number(res.headers.get('retry-after')) <= 60);
      assert.match((await res.json()).error.message, /^Too many requests from this network: try again in 1 minute\.$/);
    });

    it(`shares the count between API processes${kind === 'memory' ? ' only within one process' : ''}`, async () => {
      const [a, b] = await start({ ip: { points: 2, durationSeconds: TEN_MINUTES } }, 2);
      assert.equal((await submit(a)).res.status, 202);
      assert.equal((await submit(b)).res.status, 202);
      assert.equal((await submit(b)).res.status, kind === 'redis' ? 429 : 202);
    });
  });
}
