import assert from 'node:assert/strict';
import { type Browser } from 'puppeteer-core';
import { launchChromiumOrSkip } from '../support/puppeteer.js';
import { randomUUID } from 'node:crypto';
import { BullMqJobQueue } from '../../backend/src/adapters/bullmq/job-queue.bullmq.js';
import { NedbStore } from '../../backend/src/adapters/nedb/store.nedb.js';
import type { FeedbackTags } from '../../backend/src/domain/tags.js';
import { createAdminIn } from '../support/admin-process.js';
import { queueKinds, silentLogger, tempDir } from '../support/harness.js';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';
import { signIn, type SignedIn } from '../support/staff.js';
import { waitFor } from '../support/wait.js';

/** An item of the staff inbox, as far as this test looks at it. */
interface StaffItem {
  id: string;
  rating: string;
  comments: { question: string; text: string }[];
  state: string;
  tags: Pick<FeedbackTags, 'themes' | 'flags' | 'language' | 'needsHumanReading'> & {
    sentiment: { label: string } | null;
  };
}

/** The comment this test sends: the server may have seeded C82001 with demo feedback besides. */
const COMMENT = 'The receptionist was helpful and the doctor was wonderful.';

/** Our own submission(s) in C82001's inbox. */
async function staffList(staff: SignedIn): Promise<StaffItem[]> {
  const res = await staff.get('/api/v1/staff/feedback?practice=C82001&limit=100');
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return (res.body.items as StaffItem[]).filter((item) => item.comments.some((c) => c.text === COMMENT));
}

/** A fresh data directory's first start seeds demo practices, staff and feedback: give it time. */
const FIRST_START_MS = 120_000;

for (const kind of queueKinds()) {
  describe(`end to end (${kind} queue): widget in Chromium → API → worker → staff API, across a restart`, function () {
    this.timeout(FIRST_START_MS + 90_000);
    let browser: Browser | undefined;
    let server: ServerProcess | undefined;
    let data: Awaited<ReturnType<typeof tempDir>>;
    const queuePrefix = `yyg-e2e-${randomUUID()}`;

    before(async function () {
      data = await tempDir('yyg-e2e-');
      browser = await launchChromiumOrSkip(this, 'end-to-end test');
    });
    after(async () => {
      await browser?.close();
      await server?.stop();
      await data?.remove();
      if (kind === 'bullmq') {
        const queue = new BullMqJobQueue({ url: process.env.REDIS_URL!, prefix: queuePrefix, logger: silentLogger });
        await queue.obliterate();
        await queue.close();
      }
    });

    it('submits through the widget, is tagged by the worker, and is still there after a restart', async () => {
      // No demo feedback: this test is about its own submission, and seeding 3,000 items takes a while.
      const env: Record<string, string> = { DATA_DIR: data.dir, REDIS_URL: '', MONGODB_URI: '', DEMO_FEEDBACK: '0' };
      if (kind === 'bullmq') Object.assign(env, { REDIS_URL: process.env.REDIS_URL!, QUEUE_PREFIX: queuePrefix });
      const admin = await createAdminIn(env);
      server = await startServerProcess(env, FIRST_START_MS);
      let staff = await signIn(server.url, admin.email, admin.password);
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
      const readDay = async () => {
        const res = await staff.get(`/api/v1/staff/practices/C82001/rollups?from=${today}&to=${today}`);
        const [day] = res.body.days;
        return {
          total: day?.total ?? 0,
          veryGood: day?.ratings['very-good'] ?? 0,
          positive: day?.sentiment.positive ?? 0,
        };
      };
      // Demo feedback may count on today already: ours is measured from here.
      const before = await readDay();
      const page = await browser!.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(String(error)));
      page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));

      await page.goto(`${server.url}/examples/plain-html/`, { waitUntil: 'networkidle0' });
      await page.locator('yyg-feedback >>> input[type="radio"][value="very-good"]').click();
      const comment = COMMENT;
      await page.locator('yyg-feedback >>> textarea').fill(comment);
      await page.locator('yyg-feedback >>> button[type="submit"]').click();
      const receipt = await page.waitForFunction(
        () =>
          /YYG-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(
            document.querySelector('yyg-feedback')?.shadowRoot?.textContent ?? '',
          )?.[0],
        { timeout: 10_000 },
      );
      const receiptCode = (await receipt.jsonValue()) as string;
      assert.deepEqual(problems, [], 'the page logged no errors');

      await waitFor(
        async () => (await staffList(staff)).some((i) => i.state === 'processed'),
        10_000,
        'the worker to tag it',
      );
      const [item] = await staffList(staff);
      assert.equal(item.rating, 'very-good');
      assert.deepEqual(
        item.comments.map((c) => c.text),
        [comment],
      );
      assert.equal(item.tags?.sentiment?.label, 'positive');
      assert.equal(item.tags?.language.code, 'en');
      assert.equal(item.tags?.needsHumanReading, false);
      assert.deepEqual(item.tags?.flags, []);
      assert.ok(
        item.tags?.themes.some((t) => t.theme === 'reception-admin' && t.polarity === 'positive'),
        `themes include reception, positive: ${JSON.stringify(item.tags?.themes)}`,
      );
      // (The inbox shows an administrator the redacted words: here nothing was redacted.)
      // The job marks the record processed, then recounts the day: wait for the second step too.
      await waitFor(async () => (await readDay()).total === before.total + 1, 10_000, 'the day to be counted');
      assert.deepEqual(
        await readDay(),
        { total: before.total + 1, veryGood: before.veryGood + 1, positive: before.positive + 1 },
        'counted for the day',
      );

      assert.equal(await server.stop(), 0, 'the server stops cleanly on SIGTERM');
      // While it is stopped, the embedded store is free to open: the receipt shown is the one kept.
      const store = await NedbStore.open({ dataDir: data.dir });
      try {
        assert.equal((await store.getFeedback(item.id))?.receipt, receiptCode);
      } finally {
        await store.close();
      }
      server = await startServerProcess(env);
      staff = await signIn(server.url, admin.email, admin.password);
      assert.deepEqual(await staffList(staff), [item], 'the record survives a restart unchanged');
    });
  });
}
