import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { ProofOfWork } from '../../backend/src/abuse/proof-of-work.js';
import { solvedAltcha } from '../support/altcha.js';
import { guardKinds, guardsOf, testGuards } from '../support/guards.js';
import { postJson, startHarness, type Harness } from '../support/harness.js';

const COMMENT = 'The receptionist was patient with my mother.';

function submission(altcha: unknown, fields: Record<string, unknown> = {}) {
  return {
    submissionId: randomUUID(),
    practiceCode: 'C82001',
    rating: 'very-good',
    comments: [{ question: 'good', text: COMMENT }],
    channel: 'web',
    language: 'en',
    website: '',
    altcha,
    ...fields,
  };
}

async function storedCount(h: Harness): Promise<number> {
  return (await h.store.listFeedback({ practiceCode: 'C82001', limit: 500 })).length;
}

function assertAltchaRefused(
  res: { status: number; body: { error: { fields: { field: string; problem: string }[] } } },
  problem: RegExp,
) {
  assert.equal(res.status, 422, JSON.stringify(res.body));
  const entry = res.body.error.fields.find((f) => f.field === 'altcha');
  assert.ok(entry, `fields should name altcha: ${JSON.stringify(res.body)}`);
  assert.match(entry.problem, problem);
  assert.match(entry.problem, /get a new challenge from GET \/api\/v1\/challenge/);
}

describe('proof of work: GET /api/v1/challenge and the altcha field', () => {
  let h: Harness;
  afterEach(() => h?.close());

  describe('with the in-memory guards', () => {
    beforeEach(async () => {
      h = await startHarness();
    });

    it('issues a signed, expiring, uncacheable altcha-lib v2 challenge', async () => {
      const res = await fetch(`${h.url}/api/v1/challenge`);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('cache-control'), 'no-store');
      const challenge = await res.json();
      assert.equal(challenge.parameters.algorithm, 'PBKDF2/SHA-256');
      assert.match(challenge.signature, /^[0-9a-f]{64}$/);
      assert.match(challenge.parameters.keySignature, /^[0-9a-f]{64}$/);
      const minutesLeft = (challenge.parameters.expiresAt * 1000 - Date.now()) / 60_000;
      assert.ok(minutesLeft > 9 && minutesLeft <= 10, `expires in ${minutesLeft} minutes`);
    });

    it('accepts a solved challenge (202) and stores the submission', async () => {
      const res = await postJson(`${h.url}/api/v1/feedback`, submission(await solvedAltcha(h.url)));
      assert.equal(res.status, 202);
      assert.ok(await h.store.getFeedback(res.body.id));
    });

    it('refuses a submission without altcha with a 422 saying where to get one, storing nothing', async () => {
      const res = await postJson(`${h.url}/api/v1/feedback`, submission(undefined));
      assertAltchaRefused(res, /is required/);
      assert.equal(await storedCount(h), 0);
    });

    it('names altcha beside the other bad fields, so a client fixes them all at once', async () => {
      const res = await postJson(`${h.url}/api/v1/feedback`, submission(undefined, { rating: 'excellent' }));
      assert.deepEqual(
        res.body.error.fields.map((f: { field: string }) => f.field),
        ['rating', 'altcha'],
      );
    });

    const malformed: [string, unknown][] = [
      ['a string', 'solved!'],
      ['an empty object', {}],
      ['a challenge without a solution', { challenge: { parameters: {}, signature: 'x' } }],
      [
        'parameters that are not hex',
        { challenge: { parameters: { nonce: 'zz' }, signature: 'x' }, solution: { counter: 1, derivedKey: 'zz' } },
      ],
    ];
    for (const [what, altcha] of malformed) {
      it(`refuses ${what} as altcha with a 422, never a 500`, async () => {
        const res = await postJson(`${h.url}/api/v1/feedback`, submission(altcha));
        assertAltchaRefused(res, /./);
        assert.equal(await storedCount(h), 0);
      });
    }

    it('refuses a tampered challenge or a wrong solution with a 422, storing nothing', async () => {
      const cheaper = await solvedAltcha(h.url);
      cheaper.challenge.parameters.cost = 0;
      const later = await solvedAltcha(h.url);
      later.challenge.parameters.expiresAt! += 3600;
      const wrong = await solvedAltcha(h.url);
      wrong.solution.derivedKey = wrong.solution.derivedKey.replace(/^./, (c) => (c === '0' ? '1' : '0'));
      for (const altcha of [cheaper, later, wrong]) {
        assertAltchaRefused(await postJson(`${h.url}/api/v1/feedback`, submission(altcha)), /does not solve/);
      }
      const unsigned = await solvedAltcha(h.url);
      delete unsigned.challenge.signature;
      assertAltchaRefused(await postJson(`${h.url}/api/v1/feedback`, submission(unsigned)), /as issued/);
      assert.equal(await storedCount(h), 0);
    });

    it('refuses a challenge issued with another secret', async () => {
      const other = await startHarness({ guards: { ...testGuards(), proofOfWork: otherSecretPow() } });
      try {
        const foreign = await solvedAltcha(other.url);
        assertAltchaRefused(await postJson(`${h.url}/api/v1/feedback`, submission(foreign)), /does not solve/);
      } finally {
        await other.close();
      }
    });

    it('answers a retry of the same submission with the original 202, with the challenge already spent', async () => {
      const body = submission(await solvedAltcha(h.url));
      const first = await postJson(`${h.url}/api/v1/feedback`, body);
      const again = await postJson(`${h.url}/api/v1/feedback`, body);
      assert.equal(again.status, 202);
      assert.deepEqual(again.body, first.body);
      assert.equal(await storedCount(h), 1);
    });

    it('refuses a spent challenge for a different submission (422), storing nothing more', async () => {
      const altcha = await solvedAltcha(h.url);
      assert.equal((await postJson(`${h.url}/api/v1/feedback`, submission(altcha))).status, 202);
      assertAltchaRefused(await postJson(`${h.url}/api/v1/feedback`, submission(altcha)), /already used/);
      assert.equal(await storedCount(h), 1);
    });
  });

  it('refuses an expired challenge (422), and accepts the same submission with a new one', async () => {
    let offsetMs = -11 * 60_000;
    h = await startHarness({ guards: testGuards({ now: () => new Date(Date.now() + offsetMs) }) });
    const body = submission(await solvedAltcha(h.url));
    assertAltchaRefused(await postJson(`${h.url}/api/v1/feedback`, body), /expired/);
    assert.equal(await storedCount(h), 0);
    offsetMs = 0;
    const res = await postJson(`${h.url}/api/v1/feedback`, { ...body, altcha: await solvedAltcha(h.url) });
    assert.equal(res.status, 202);
  });

  it('answers a stored submission retried with an expired challenge with the original 202', async () => {
    let offsetMs = 0;
    h = await startHarness({ guards: testGuards({ now: () => new Date(Date.now() + offsetMs) }) });
    const body = submission(await solvedAltcha(h.url));
    const first = await postJson(`${h.url}/api/v1/feedback`, body);
    assert.equal(first.status, 202);
    offsetMs = -11 * 60_000; // the outbox retried long after: its proof has expired since
    const expired = await solvedAltcha(h.url);
    assertAltchaRefused(await postJson(`${h.url}/api/v1/feedback`, submission(expired)), /expired/);
    const again = await postJson(`${h.url}/api/v1/feedback`, { ...body, altcha: expired });
    assert.deepEqual([again.status, again.body], [202, first.body]);
    assert.equal(await storedCount(h), 1);
  });

  for (const kind of guardKinds()) {
    it(`refuses at one API process a challenge another spent (${kind} store of spent challenges)`, async () => {
      const guards = await guardsOf(kind);
      h = await startHarness({ guards: guards.make() });
      const other = await startHarness({ guards: guards.make() });
      try {
        const altcha = await solvedAltcha(h.url);
        assert.equal((await postJson(`${h.url}/api/v1/feedback`, submission(altcha))).status, 202);
        const res = await postJson(`${other.url}/api/v1/feedback`, submission(altcha));
        if (kind === 'redis') assertAltchaRefused(res, /already used/);
        else assert.equal(res.status, 202, 'in memory, each process keeps its own list');
      } finally {
        await other.close();
        await guards.cleanup();
      }
    });
  }

  describe('the honeypot', () => {
    it('answers a filled-in website field with a well-formed 202, stores nothing, and logs no content', async () => {
      const lines: string[] = [];
      const sink = new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      });
      h = await startHarness({ logger: pino({ level: 'info' }, sink) });
      const body = submission(undefined, {
        website: 'http://cheap-pills.example',
        contact: { consent: true, email: 'bot@example.org' },
      });
      const res = await postJson(`${h.url}/api/v1/feedback`, body);
      assert.equal(res.status, 202);
      assert.match(res.body.id, /^[0-9a-f-]{36}$/);
      assert.match(res.body.receipt, /^YYG-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      assert.equal(await storedCount(h), 0);
      assert.equal(await h.store.getFeedback(res.body.id), null);
      const log = lines.join('');
      assert.match(log, /"event":"honeypot-filled"/);
      for (const secret of [COMMENT, 'bot@example.org', 'cheap-pills'])
        assert.ok(!log.includes(secret), `log holds ${secret}`);
    });

    it('takes an empty or blank website field as a person', async () => {
      h = await startHarness();
      for (const website of ['', '  ', null]) {
        const res = await postJson(`${h.url}/api/v1/feedback`, submission(await solvedAltcha(h.url), { website }));
        assert.equal(res.status, 202);
      }
      assert.equal(await storedCount(h), 3);
    });
  });
});

/** A proof of work signed with a secret the harness does not know. */
function otherSecretPow(): ProofOfWork {
  return new ProofOfWork({ secret: 'another-secret-another-secret-another-secret', cost: 1, counterRange: [5, 20] });
}
