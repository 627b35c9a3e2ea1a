import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { tempDir } from '../support/harness.js';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';
import { signIn, type SignedIn } from '../support/staff.js';

/**
 * The "done when", on the real `npm start` program with its demo data: the demo practice
 * manager signs in, finds "rude receptionist" among the 3,000 demo items, publishes one with a
 * removal, replies, and sees both in the audit log; the public stories show it redacted.
 */
describe('npm start demo: a practice manager finds, publishes with a removal, replies, and sees it audited', function () {
  this.timeout(180_000);
  let server: ServerProcess | undefined;
  let data: Awaited<ReturnType<typeof tempDir>>;
  let manager: SignedIn;

  before(async function () {
    data = await tempDir('yyg-demo-');
    const password = `Demo-${randomBytes(9).toString('base64url')}`;
    server = await startServerProcess(
      {
        DATA_DIR: data.dir,
        DEMO_STAFF_PASSWORD: password,
        DEMO_FEEDBACK: '3000',
        REDIS_URL: '',
        MONGODB_URI: '',
        SMTP_URL: '',
      },
      150_000,
    );
    manager = await signIn(server.url, 'pm@demo.invalid', password);
  });

  after(async function () {
    await server?.stop();
    await data?.remove();
  });

  it('finds "rude receptionist" among thousands of items well under a second', async function () {
    const everything = await manager.get('/api/v1/staff/feedback?limit=1');
    assert.ok(everything.body.total >= 3000, `demo items: ${everything.body.total}`);
    const started = performance.now();
    const found = await manager.get('/api/v1/staff/feedback?q=rude%20receptionist');
    const elapsed = performance.now() - started;
    assert.equal(found.status, 200);
    assert.ok(found.body.total >= 1, 'at least one rude receptionist');
    for (const item of found.body.items) {
      const marked = item.comments.flatMap((c: { text: string; highlights: { start: number; end: number }[] }) =>
        c.highlights.map((h) => c.text.slice(h.start, h.end).toLowerCase()),
      );
      assert.ok(
        marked.some((m: string) => m.startsWith('rude')) && marked.some((m: string) => m.startsWith('receptionist')),
      );
    }
    // Printed, not asserted: speed is measured by bench/search.bench.ts, not by a timed test.
    process.stdout.write(`      search over ${everything.body.total} items: ${elapsed.toFixed(0)} ms over HTTP\n`);
  });

  it('publishes with a removal, replies, and both are in the audit log and the public stories', async function () {
    const found = await manager.get('/api/v1/staff/feedback?q=rude%20receptionist');
    const item = found.body.items[0];
    const text: string = item.comments.find((c: { text: string | null }) => c.text)!.text;
    const index = item.comments.findIndex((c: { text: string | null }) => c.text === text);
    const start = text.toLowerCase().indexOf('rude');
    const published = await manager.patch(`/api/v1/staff/feedback/${item.id}/moderation`, {
      version: item.version,
      status: 'published',
      redactions: [{ comment: index, start, end: start + 4 }],
      flagsReviewed: true,
    });
    assert.equal(published.status, 200, JSON.stringify(published.body));
    const reply = await manager.post(`/api/v1/staff/feedback/${item.id}/responses`, {
      kind: 'public-reply',
      text: 'Thank you for telling us. We are sorry, and have spoken with the reception team.',
    });
    assert.equal(reply.status, 201);

    const log = await manager.get(`/api/v1/staff/audit?practice=C82001`);
    const actions = log.body.items
      .filter((e: { targetId: string }) => e.targetId === item.id)
      .map((e: { action: string }) => e.action);
    assert.deepEqual(actions.sort(), ['feedback.moderate', 'feedback.reply']);

    const stories = await fetch(`${server!.url}/api/v1/practices/C82001/stories`).then((r) => r.json());
    const story = stories.items.find((s: { id: string }) => s.id === item.id);
    assert.ok(story, 'the published item is in the public stories');
    assert.equal(story.comments[index].text, `${text.slice(0, start)}[removed]${text.slice(start + 4)}`);
    assert.equal(
      story.replies[0].text,
      'Thank you for telling us. We are sorry, and have spoken with the reception team.',
    );
  });
});
