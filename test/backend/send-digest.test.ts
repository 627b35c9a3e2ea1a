import assert from 'node:assert/strict';
import { InProcessJobQueue } from '../../backend/src/adapters/in-process/job-queue.in-process.js';
import { NedbStore } from '../../backend/src/adapters/nedb/store.nedb.js';
import { SmtpMailer } from '../../backend/src/adapters/smtp/mailer.smtp.js';
import { UnrecoverableJobError } from '../../backend/src/domain/errors.js';
import type { FeedbackRecord } from '../../backend/src/domain/feedback.js';
import type { Practice } from '../../backend/src/domain/practice.js';
import { sendDigestJob, type SendDigestDeps } from '../../backend/src/jobs/send-digest.job.js';
import { silentLogger, tempDir } from '../support/harness.js';
import { flaggedTags, makeFeedback, makePractice, makeTags } from '../support/fixtures.js';
import { TestSmtpServer } from '../support/smtp.js';
import { waitFor } from '../support/wait.js';

const FROM = 'You and Your GP <no-reply@yyg.example>';
const PUBLIC_URL = 'https://feedback.example.nhs.uk';
const KEY = 'C82001:2026-01-06';
/** 08:00 on 6 January, UK time (GMT). */
const MORNING = new Date('2026-01-06T08:00:00Z');
const hoursBefore = (hours: number) => new Date(MORNING.getTime() - hours * 3600_000);
const job = (id = KEY) => ({ name: 'send-digest' as const, id, attempt: 1 });
const comment = (text: string) => [{ question: 'comment' as const, text }];

const FLAGGED_WORDS = 'I have been thinking about ending my life';
const RUDE = 'Dr Patel was rude, ring me on 07700 900123';
const RUDE_REDACTED = 'Dr [name] was rude, ring me on [phone]';

/** A morning's worth of feedback for C82001, and some that the digest must leave out. */
function yesterdaysFeedback(): { ours: FeedbackRecord[]; others: FeedbackRecord[] } {
  const negative = {
    label: 'negative' as const,
    score: -0.8,
    raw: { score: -3, comparative: -0.3, label: 'negative' as const },
  };
  const ours = [
    makeFeedback({ rating: 'very-good', receivedAt: hoursBefore(20), comments: comment('Lovely nurse, thank you') }),
    makeFeedback({ rating: 'poor', receivedAt: hoursBefore(10), comments: comment(FLAGGED_WORDS) }),
    makeFeedback({ rating: 'dont-know', receivedAt: hoursBefore(9), comments: [] }),
    makeFeedback({ rating: 'good', receivedAt: hoursBefore(8), language: 'pl', comments: comment('Bardzo dobrze') }),
    makeFeedback({ rating: 'very-poor', receivedAt: hoursBefore(1), comments: comment(RUDE) }),
  ];
  const tags = [
    makeTags({ redactedComments: comment('Lovely nurse, thank you') }),
    flaggedTags({ redactedComments: comment(FLAGGED_WORDS) }),
    makeTags({ sentiment: null, themes: [], redactedComments: [] }),
    makeTags({ language: { code: 'pl', source: 'widget' }, needsHumanReading: true, sentiment: null, themes: [] }),
    makeTags({ sentiment: negative, redactedComments: comment(RUDE_REDACTED), pii: ['name', 'phone'] }),
  ];
  ours.forEach((record, i) =>
    Object.assign(record, { state: 'processed', processedAt: record.receivedAt, tags: tags[i] }),
  );
  const others = [
    makeFeedback({ receivedAt: hoursBefore(30), comments: comment('Too old for this digest') }),
    makeFeedback({ practiceCode: 'C82002', receivedAt: hoursBefore(2), comments: comment('Another practice') }),
  ];
  return { ours, others };
}

describe('send-digest job, against a real SMTP peer', () => {
  let store: NedbStore;
  let remove: () => Promise<void>;
  let smtp: TestSmtpServer;
  let smtpUrl: string;
  let mailer: SmtpMailer;
  let feedback: ReturnType<typeof yesterdaysFeedback>;

  const practice = (fields: Partial<Practice> = {}) =>
    makePractice('C82001', {
      name: 'Wigston Central Surgery',
      contacts: [
        { name: 'Practice manager', email: 'pm@c82001.example' },
        { name: 'Deputy', email: 'deputy@c82001.example' },
      ],
      ...fields,
    });
  const deps = (fields: Partial<SendDigestDeps> = {}): SendDigestDeps => ({
    store,
    mailer,
    logger: silentLogger,
    publicUrl: PUBLIC_URL,
    now: () => MORNING,
    ...fields,
  });

  beforeEach(async () => {
    const temp = await tempDir();
    remove = temp.remove;
    store = await NedbStore.open({ dataDir: temp.dir });
    smtp = new TestSmtpServer();
    smtpUrl = await smtp.start();
    mailer = new SmtpMailer({ smtpUrl, from: FROM });
    feedback = yesterdaysFeedback();
    for (const record of [...feedback.ours, ...feedback.others]) await store.insertFeedback(record);
  });
  afterEach(async () => {
    await mailer.close();
    await smtp.stop();
    await store.close();
    await remove();
  });

  it('sends counts, the FFT score, sentiment, flags and receipts with links, but no comment text', async () => {
    await store.upsertPractices([practice()]);
    await sendDigestJob(deps())(job());
    assert.equal(smtp.received.length, 1);
    const [mail] = smtp.received;
    assert.deepEqual(mail!.recipients, ['pm@c82001.example', 'deputy@c82001.example']);
    assert.equal(mail!.email.messageId, '<digest-C82001-2026-01-06@you-and-your-gp>');
    assert.equal(mail!.email.subject, 'Feedback digest for Wigston Central Surgery: 5 new, 1 flagged');
    const text = mail!.email.text ?? '';
    assert.match(text, /New feedback: 5\n/);
    assert.match(text, /Friends and Family Test score: 50% "Very good" or "Good" \(of 4 answers/);
    assert.match(text, /Positive: 1\n {2}Neutral: 0\n {2}Negative: 2\n {2}Mixed: 0\n {2}Not scored: 2\n/);
    assert.match(text, /Flagged for a person to read: 1\nNot in English, for a person to read: 1\n/);
    const [good, flagged, , polish, rude] = feedback.ours;
    const order = [flagged, polish, rude, good].map((record) => text.indexOf(record!.receipt));
    assert.ok(
      order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!)),
      'flagged first, then to read',
    );
    assert.ok(text.includes(`${PUBLIC_URL}/staff/#/feedback/${flagged!.id}`));
    for (const words of [
      'Lovely nurse',
      'ending my life',
      'Patel',
      '[name]',
      'Bardzo',
      'Too old',
      'Another practice',
    ]) {
      assert.ok(!mail!.raw.includes(words), `no "${words}" in the digest`);
    }
    const digest = await store.getDigest('C82001', '2026-01-06');
    assert.deepEqual([digest?.state, digest?.since, digest?.until], ['sent', hoursBefore(24), MORNING]);
  });

  it('quotes redacted text when the practice asked for it, never a flagged comment', async () => {
    await store.upsertPractices([practice({ emailIncludesText: true })]);
    await sendDigestJob(deps())(job());
    const raw = smtp.received[0]!.email.text ?? '';
    assert.ok(raw.includes(`> ${RUDE_REDACTED}`) && raw.includes('> Lovely nurse, thank you'));
    for (const words of ['Patel', '07700', 'ending my life']) assert.ok(!raw.includes(words), `no "${words}"`);
  });

  it('is sent once however often it runs, and the next one starts where it ended', async () => {
    await store.upsertPractices([practice()]);
    await sendDigestJob(deps())(job());
    await sendDigestJob(deps({ now: () => hoursBefore(-2) }))(job());
    assert.equal(smtp.received.length, 1);

    const later = makeFeedback({ receivedAt: hoursBefore(-3), comments: comment('Quick repeat prescription') });
    await store.insertFeedback(later);
    const nextMorning = hoursBefore(-24);
    await sendDigestJob(deps({ now: () => nextMorning }))(job('C82001:2026-01-07'));
    assert.equal(smtp.received.length, 2);
    assert.match(smtp.received[1]!.email.text ?? '', /New feedback: 1\n[\s\S]*Not analysed yet/);
    assert.deepEqual((await store.getDigest('C82001', '2026-01-07'))?.since, MORNING);
  });

  it('sends one digest when two workers race for it', async () => {
    await store.upsertPractices([practice()]);
    smtp.delayMs = 200;
    const otherMailer = new SmtpMailer({ smtpUrl, from: FROM });
    try {
      await Promise.all([
        sendDigestJob(deps())(job()),
        sendDigestJob(deps({ mailer: otherMailer }))(job()),
        sendDigestJob(deps({ mailer: otherMailer }))(job()),
      ]);
    } finally {
      await otherMailer.close();
    }
    assert.equal(smtp.received.length, 1);
    assert.equal((await store.getDigest('C82001', '2026-01-06'))?.state, 'sent');
  });

  it('takes over a claim left by a worker that died, keeping its window', async () => {
    await store.upsertPractices([practice()]);
    const dead = { practiceCode: 'C82001', date: '2026-01-06', owner: 'dead', since: hoursBefore(24), until: MORNING };
    await store.claimDigest({ ...dead, at: MORNING }, hoursBefore(1));
    await sendDigestJob(deps({ now: () => hoursBefore(-0.1) }))(job());
    assert.equal(smtp.received.length, 0, 'a live claim is left alone');
    await sendDigestJob(deps({ now: () => hoursBefore(-0.5) }))(job());
    assert.equal(smtp.received.length, 1, 'a stale claim is taken over');
    assert.match(smtp.received[0]!.email.text ?? '', /New feedback: 5\n/);
  });

  it('arrives exactly once when the relay refuses twice and then recovers, retried by the queue', async () => {
    await store.upsertPractices([practice()]);
    smtp.refuseNext(451, 421);
    const queue = new InProcessJobQueue({ logger: silentLogger, retry: { attempts: 5, backoffMs: 20 } });
    queue.work({ 'send-digest': sendDigestJob(deps()) }, { concurrency: 2 });
    try {
      await queue.enqueue('send-digest', KEY);
      await waitFor(async () => (await store.getDigest('C82001', '2026-01-06'))?.state === 'sent', 5000, 'the digest');
    } finally {
      await queue.close();
    }
    assert.equal(smtp.refused, 2);
    assert.equal(smtp.received.length, 1);
  });

  it('sends nothing, and claims nothing, when nothing arrived or nobody receives it', async () => {
    await store.upsertPractices([
      practice({ contacts: [] }),
      makePractice('C82003', { contacts: practice().contacts }),
    ]);
    await sendDigestJob(deps())(job());
    await sendDigestJob(deps())(job('C82003:2026-01-06'));
    assert.equal(smtp.received.length, 0);
    assert.equal(await store.getDigest('C82003', '2026-01-06'), null);
    await assert.rejects(sendDigestJob(deps())(job('C82001:2026-02-30')), UnrecoverableJobError);
    await assert.rejects(sendDigestJob(deps())(job('Y99999:2026-01-06')), UnrecoverableJobError);
  });
});
