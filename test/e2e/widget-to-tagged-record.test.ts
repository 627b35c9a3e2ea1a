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

async function staffList(staff: SignedIn): Promise<StaffItem[]> {
  const res = await staff.get('/api/v1/staff/feedback?practice=C82001');
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body.items;
}

for (const kind of queueKinds()) {
  describe(`end to end (${kind} queue): widget in Chromium → API → worker → staff API, across a restart`, function () {
    this.timeout(90_000);
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
      const env: Record<string, string> = { DATA_DIR: data.dir, REDIS_URL: '', MONGODB_URI: '' };
      if (kind === 'bullmq') Object.assign(env, { REDIS_URL: process.env.REDIS_URL!, QUEUE_PREFIX: queuePrefix });
      const admin = await createAdminIn(env);
      server = await startServerProcess(env);
      let staff = await signIn(server.url, admin.email, admin.password);
      const page = await browser!.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(String(error)));
      page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));

      await page.goto(`${server.url}/examples/plain-html/`, { waitUntil: 'networkidle0' });
      await page.locator('yyg-feedback >>> input[type="radio"][value="very-good"]').click();
      const comment = 'The receptionist was helpful and the doctor was wonderful.';
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
      // The inbox shows the redacted words to an administrator: here, nothing was redacted.
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
      // The job marks the record processed, then recounts the day: wait for the second step too.
      const readDay = async () => {
        const res = await staff.get(`/api/v1/staff/practices/C82001/rollups?from=${today}&to=${today}`);
        return res.body.days[0];
      };
      await waitFor(async () => (await readDay())?.total === 1, 10_000, 'the day to be counted');
      const day = await readDay();
      assert.deepEqual([day.total, day.ratings['very-good'], day.sentiment.positive], [1, 1, 1], 'counted for the day');

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
