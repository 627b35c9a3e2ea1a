import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { InProcessJobQueue } from '../../backend/src/adapters/in-process/job-queue.in-process.js';
import { NedbStore } from '../../backend/src/adapters/nedb/store.nedb.js';
import { SmtpMailer } from '../../backend/src/adapters/smtp/mailer.smtp.js';
import { UnrecoverableJobError } from '../../backend/src/domain/errors.js';
import type { Practice } from '../../backend/src/domain/practice.js';
import { sendAlertJob, type SendAlertDeps } from '../../backend/src/jobs/send-alert.job.js';
import { silentLogger, tempDir } from '../support/harness.js';
import { flaggedTags, makeFeedback, makePractice } from '../support/fixtures.js';
import { capturingLogger } from '../support/logs.js';
import { TestSmtpServer } from '../support/smtp.js';
import { waitFor } from '../support/wait.js';

const FROM = 'You and Your GP <no-reply@yyg.example>';
const PUBLIC_URL = 'https://feedback.example.nhs.uk';
const SAFEGUARDING = 'safeguarding@icb.example';
const WORDS = 'I cannot cope any more and I have been thinking about ending my life, call Jane Smith on 07700 900123';
const REDACTED = 'I cannot cope any more and I have been thinking about ending my life, call [name] on [phone]';
const job = (id: string) => ({ name: 'send-alert' as const, id, attempt: 1 });

describe('send-alert job, against a real SMTP peer', () => {
  let store: NedbStore;
  let remove: () => Promise<void>;
  let smtp: TestSmtpServer;
  let mailer: SmtpMailer;

  const practice = (fields: Partial<Practice> = {}) =>
    makePractice('C82001', {
      name: 'Wigston Central Surgery',
      contacts: [
        { name: 'Practice manager', email: 'pm@c82001.example' },
        { name: 'Safeguarding lead', email: 'SAFEGUARDING@icb.example' },
      ],
      ...fields,
    });

  async function storedFlagged() {
    const record = makeFeedback({ comments: [{ question: 'comment', text: WORDS }] });
    await store.insertFeedback(record);
    await store.markProcessed(
      record.id,
      flaggedTags({
        flags: [
          { kind: 'self-harm', rule: 'ending-life' },
          { kind: 'self-harm', rule: 'cannot-cope' },
          { kind: 'urgent-clinical', rule: 'crisis' },
        ],
        redactedComments: [{ question: 'comment', text: REDACTED }],
      }),
      new Date(),
    );
    return record;
  }

  const deps = (fields: Partial<SendAlertDeps> = {}): SendAlertDeps => ({
    store,
    mailer,
    logger: silentLogger,
    safeguardingEmail: SAFEGUARDING,
    publicUrl: PUBLIC_URL,
    ...fields,
  });

  beforeEach(async () => {
    const temp = await tempDir();
    remove = temp.remove;
    store = await NedbStore.open({ dataDir: temp.dir });
    smtp = new TestSmtpServer();
    mailer = new SmtpMailer({ smtpUrl: await smtp.start(), from: FROM });
  });
  afterEach(async () => {
    await mailer.close();
    await smtp.stop();
    await store.close();
    await remove();
  });

  it('emails the practice and the ICB once: practice, flag kinds, receipt and link, never the words', async () => {
    await store.upsertPractices([practice({ emailIncludesText: true })]);
    const record = await storedFlagged();
    const run = sendAlertJob(deps());
    await run(job(record.id));
    await run(job(record.id));

    assert.equal(smtp.received.length, 1, 'one message, however often the job runs');
    const [mail] = smtp.received;
    assert.deepEqual(mail!.recipients, ['pm@c82001.example', 'SAFEGUARDING@icb.example'], 'each address once');
    assert.equal(mail!.email.messageId, `<alert-${record.id}@you-and-your-gp>`);
    const body = mail!.email.text ?? '';
    assert.match(mail!.email.subject ?? '', /Wigston Central Surgery \(C82001\)/);
    assert.match(body, /Possible risk of self-harm; Possibly urgent clinical need/);
    assert.match(body, new RegExp(record.receipt));
    assert.ok(body.includes(`${PUBLIC_URL}/staff/#/feedback/${record.id}`), 'links to the staff page');
    for (const fragment of ['ending my life', 'cannot cope', 'Jane', '07700', '[name]', 'ending-life']) {
      assert.ok(!mail!.raw.includes(fragment), `the message does not contain "${fragment}"`);
    }
    assert.ok((await store.getFeedback(record.id))?.alertSentAt instanceof Date);
  });

  it('arrives exactly once when the relay refuses (421, then 451) and then recovers, retried by the queue', async () => {
    await store.upsertPractices([practice()]);
    const record = await storedFlagged();
    smtp.refuseNext(421, 451);
    const queue = new InProcessJobQueue({ logger: silentLogger, retry: { attempts: 5, backoffMs: 20 } });
    queue.work({ 'send-alert': sendAlertJob(deps()) }, { concurrency: 2 });
    try {
      await queue.enqueue('send-alert', record.id);
      await waitFor(async () => (await store.getFeedback(record.id))?.alertSentAt != null, 5000, 'the alert');
      await queue.enqueue('send-alert', record.id);
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await queue.close();
    }
    assert.equal(smtp.refused, 2);
    assert.equal(smtp.received.length, 1);
  });

  it('with nobody to tell: logs it without the words, fails without retrying, and leaves the alert unsent', async () => {
    await store.upsertPractices([practice({ contacts: [] })]);
    const record = await storedFlagged();
    const logger = capturingLogger();
    await assert.rejects(
      sendAlertJob(deps({ safeguardingEmail: null, logger }))(job(record.id)),
      UnrecoverableJobError,
    );
    assert.equal(smtp.received.length, 0);
    assert.equal((await store.getFeedback(record.id))?.alertSentAt, null);
    assert.equal(logger.lines.length, 1);
    assert.match(logger.lines[0]!, /"error".*alert-no-recipients/);
    assert.ok(!logger.lines[0]!.includes('cannot cope') && !logger.lines[0]!.includes('@'), 'no words or addresses');
  });

  it('does nothing for a submission without flags, and gives up on an unknown one', async () => {
    await store.upsertPractices([practice()]);
    const calm = makeFeedback();
    await store.insertFeedback(calm);
    await store.markProcessed(calm.id, flaggedTags({ flags: [] }), new Date());
    await sendAlertJob(deps())(job(calm.id));
    assert.equal(smtp.received.length, 0);
    await assert.rejects(sendAlertJob(deps())(job(randomUUID())), UnrecoverableJobError);
  });
});
