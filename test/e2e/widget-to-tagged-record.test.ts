import assert from 'node:assert/strict';
import { type Browser } from 'puppeteer-core';
import { launchChromiumOrSkip } from '../support/puppeteer.js';
import { randomUUID } from 'node:crypto';
import { BullMqJobQueue } from '../../backend/src/adapters/bullmq/job-queue.bullmq.js';
import type { FeedbackTags } from '../../backend/src/domain/tags.js';
import { queueKinds, silentLogger, tempDir } from '../support/harness.js';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';
import { waitFor } from '../support/wait.js';

const TOKEN = 'e2e-staff-token-0123456789';

interface StaffItem {
  id: string;
  receipt: string;
  rating: string;
  comments: { question: string; text: string }[];
  state: string;
  tags: FeedbackTags | null;
}

async function staffList(server: ServerProcess): Promise<StaffItem[]> {
  const res = await fetch(`${server.url}/api/v1/staff/practices/C82001/feedback`, {
    headers: { Authorization: `Bearer ${TOKEN}` },
  });
  assert.equal(res.status, 200);
  return (await res.json()).items;
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
      const env: Record<string, string> = { DATA_DIR: data.dir, STAFF_TOKEN: TOKEN, REDIS_URL: '' };
      if (kind === 'bullmq') Object.assign(env, { REDIS_URL: process.env.REDIS_URL!, QUEUE_PREFIX: queuePrefix });
      server = await startServerProcess(env);
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
        async () => (await staffList(server!)).some((i) => i.state === 'processed'),
        10_000,
        'the worker to tag it',
      );
      const [item] = await staffList(server);
      assert.equal(item.receipt, receiptCode);
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
      assert.deepEqual(item.tags?.redactedComments, item.comments, 'nothing to redact');
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
      // The job marks the record processed, then recounts the day: wait for the second step too.
      const readDay = async () => {
        const res = await fetch(`${server!.url}/api/v1/staff/practices/C82001/rollups?from=${today}&to=${today}`, {
          headers: { Authorization: `Bearer ${TOKEN}` },
        });
        return (await res.json()).days[0];
      };
      await waitFor(async () => (await readDay())?.total === 1, 10_000, 'the day to be counted');
      const day = await readDay();
      assert.deepEqual([day.total, day.ratings['very-good'], day.sentiment.positive], [1, 1, 1], 'counted for the day');

      assert.equal(await server.stop(), 0, 'the server stops cleanly on SIGTERM');
      server = await startServerProcess(env);
      assert.deepEqual(await staffList(server), [item], 'the record survives a restart unchanged');
    });
  });
}
