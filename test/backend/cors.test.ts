import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { solvedAltcha } from '../support/altcha.js';
import { makePractice } from '../support/fixtures.js';
import { postJson, startHarness, type Harness } from '../support/harness.js';
import { signInAs } from '../support/staff.js';

const OURS = 'https://www.southleicsmedical.example'; // registered by C82001
const THEIRS = 'https://c82002.example'; // registered by C82002 only
const NOBODYS = 'https://evil.example';
const PUBLIC_URL = 'https://feedback.example.nhs.uk';

function corsHeaders(headers: Headers): Record<string, string> {
  return Object.fromEntries([...headers].filter(([name]) => name.startsWith('access-control-')));
}

async function preflight(url: string, origin: string, method = 'POST') {
  return fetch(url, {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': method,
      'Access-Control-Request-Headers': 'content-type',
    },
  });
}

describe('CORS: only for websites a practice registered', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ practices: [makePractice('C82002')], publicUrl: PUBLIC_URL });
  });
  afterEach(() => h.close());

  async function submit(origin: string | null, practiceCode = 'C82001') {
    const body = {
      submissionId: randomUUID(),
      practiceCode,
      rating: 'good',
      channel: 'web',
      language: 'en',
      website: '',
      altcha: await solvedAltcha(h.url),
    };
    return postJson(`${h.url}/api/v1/feedback`, body, origin ? { Origin: origin } : {});
  }

  for (const path of ['/api/v1/feedback', '/api/v1/challenge']) {
    it(`answers a registered website's preflight for ${path}, and gives others no CORS headers`, async () => {
      const ok = await preflight(`${h.url}${path}`, THEIRS);
      assert.equal(ok.status, 204);
      assert.equal(ok.headers.get('access-control-allow-origin'), THEIRS);
      assert.match(ok.headers.get('access-control-allow-methods') ?? '', /POST/);
      assert.match(ok.headers.get('access-control-allow-headers') ?? '', /content-type/i);
      assert.match(ok.headers.get('vary') ?? '', /origin/i);
      assert.equal(ok.headers.get('access-control-allow-credentials'), null, 'no cookies, ever');

      const refused = await preflight(`${h.url}${path}`, NOBODYS);
      assert.deepEqual(corsHeaders(refused.headers), {});
    });
  }

  it("lets a practice's website post its feedback, and read the answer and Retry-After", async () => {
    const res = await submit(OURS);
    assert.equal(res.status, 202);
    assert.equal(res.headers.get('access-control-allow-origin'), OURS);
    assert.match(res.headers.get('access-control-expose-headers') ?? '', /Retry-After/);
    assert.match(res.headers.get('vary') ?? '', /origin/i);
  });

  it('refuses (403) a website registered by another practice, storing nothing', async () => {
    const res = await submit(THEIRS, 'C82001');
    assert.equal(res.status, 403);
    assert.match(res.body.error.message, /https:\/\/c82002\.example is not registered for practice C82001/);
    assert.equal(res.headers.get('access-control-allow-origin'), THEIRS, 'so the widget can show why');
    assert.equal((await h.store.listFeedback({ practiceCode: 'C82001', limit: 10 })).length, 0);
    assert.equal((await submit(THEIRS, 'C82002')).status, 202, 'its own practice is fine');
  });

  it('gives a website no practice registered no CORS headers', async () => {
    const res = await submit(NOBODYS);
    assert.deepEqual(corsHeaders(res.headers), {});
  });

  it('takes requests from its own pages (no Origin, its own origin, or PUBLIC_URL) without CORS', async () => {
    for (const origin of [null, h.url, PUBLIC_URL]) {
      const res = await submit(origin);
      assert.equal(res.status, 202, `Origin ${origin}`);
      assert.deepEqual(corsHeaders(res.headers), {});
    }
  });

  it("shares a practice's settings only with that practice's websites", async () => {
    const own = await fetch(`${h.url}/api/v1/practices/C82001`, { headers: { Origin: OURS } });
    assert.equal(own.headers.get('access-control-allow-origin'), OURS);
    assert.match(own.headers.get('vary') ?? '', /origin/i);
    const other = await fetch(`${h.url}/api/v1/practices/C82001`, { headers: { Origin: THEIRS } });
    assert.equal(other.status, 200);
    assert.deepEqual(corsHeaders(other.headers), {});
    const challenge = await fetch(`${h.url}/api/v1/challenge`, { headers: { Origin: THEIRS } });
    assert.equal(challenge.headers.get('access-control-allow-origin'), THEIRS);
  });

  it('never sends CORS headers from the staff API, even to a registered website', async () => {
    const url = `${h.url}/api/v1/staff/practices/C82001/settings`;
    assert.deepEqual(corsHeaders((await preflight(url, OURS, 'GET')).headers), {});
    const manager = await signInAs(h, { role: 'practice-manager', practiceCodes: ['C82001'] });
    assert.equal((await manager.get('/api/v1/staff/practices/C82001/settings')).status, 200);
    // The same session from the practice's website: refused, and nothing lets the page read it.
    const res = await manager.get('/api/v1/staff/practices/C82001/settings', { Origin: OURS });
    assert.equal(res.status, 403);
    assert.deepEqual(corsHeaders(res.headers), {});
  });
});
