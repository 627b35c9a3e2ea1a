import assert from 'node:assert/strict';
import Sentiment from 'sentiment';
import type { FeedbackComment, QuestionId } from '../../../backend/src/domain/feedback.js';
import type { FftRating } from '../../../backend/src/domain/fft.js';
import { scoreSentiment } from '../../../backend/src/domain/tagging/sentiment.js';

/** One answer to one question, with or without the patient's FFT rating. */
const score = (text: string, question: QuestionId = 'comment', rating: FftRating | null = null) =>
  scoreSentiment({ comments: [{ question, text }], rating });
const label = (text: string, question: QuestionId = 'comment', rating: FftRating | null = null) =>
  score(text, question, rating).label;

describe('scoreSentiment (tuned for GP patient feedback)', () => {
  it('reads praise of GP care as positive', () => {
    assert.equal(label('The doctor was lovely and really listened to me.'), 'positive');
    assert.equal(label('Friendly receptionists and a caring GP who explained everything.', 'good'), 'positive');
    assert.equal(label('Keep up the good work!'), 'positive');
  });

  it('reads access and manner complaints as negative, which the raw package misses', () => {
    const phone = score("Couldn't get through on the phone, on hold for ages and then no appointments left.");
    assert.equal(phone.label, 'negative');
    assert.equal(label('Waited three weeks for an appointment.'), 'negative');
    assert.equal(label('The receptionist was rude and dismissive.'), 'negative');
    assert.equal(label('The service could be better.'), 'negative');
  });

  it('calls praise and criticism side by side mixed', () => {
    assert.equal(label('The doctor was lovely but I waited 40 minutes'), 'mixed');
    assert.equal(label('Although the nurse was kind, I waited over an hour past my appointment time.'), 'mixed');
  });

  it('turns a sentiment word after a negation a few words back', () => {
    assert.equal(label('The receptionist was not helpful.'), 'negative');
    assert.equal(label('The doctor was not very helpful at all.'), 'negative');
    assert.equal(label("Can't fault the nurses."), 'positive');
    assert.equal(label('No problems at all, thank you.'), 'positive');
    assert.equal(label("No, I'm very happy with the practice.", 'better'), 'positive');
  });

  it('hears "nothing", "no" and "n/a" to "what could we do better?" as praise', () => {
    for (const text of ['Nothing', 'No.', 'n/a', 'Nothing at all', "Can't think of anything", 'Nothing to improve']) {
      assert.equal(label(text, 'better'), 'positive', text);
    }
    assert.equal(label('Nothing, everyone was lovely.', 'better'), 'positive');
  });

  it('hears "nothing" to "what was good?" as criticism, and a bare "no" there as nothing either way', () => {
    assert.equal(label('Nothing', 'good'), 'negative');
    assert.equal(label('Nothing.', 'good'), 'negative');
    assert.ok(['negative', 'neutral'].includes(label('No', 'good')));
    assert.equal(label('Nothing', 'comment'), 'neutral');
  });

  it('hears a request under "what could we do better?" as criticism, even in praise words', () => {
    assert.equal(label('More appointments in the evening would be good.', 'better'), 'negative');
    assert.equal(label('Answer the phone quicker', 'better'), 'negative');
    assert.equal(label('Better parking', 'better'), 'negative');
    assert.equal(label('I would like to thank Dr Shah for her care.', 'comment'), 'positive');
  });

  it('does not count the illness against the practice', () => {
    assert.equal(label('The nurse calmed me down when I was anxious and in pain.'), 'positive');
  });

  it('lets the FFT rating decide short or ambiguous text, and not outweigh clear words', () => {
    const plain = 'Saw the nurse for my injection.';
    assert.equal(label(plain), 'neutral');
    assert.equal(label(plain, 'comment', 'very-good'), 'positive');
    assert.equal(label(plain, 'comment', 'very-poor'), 'negative');
    assert.equal(label(plain, 'comment', 'dont-know'), 'neutral');
    assert.equal(label('Terrible and rude, never again.', 'comment', 'very-good'), 'negative');
  });

  it('reads a submission whole: one answer per question', () => {
    const comments: FeedbackComment[] = [
      { question: 'good', text: 'Friendly reception staff' },
      { question: 'better', text: 'Nothing' },
    ];
    assert.equal(scoreSentiment({ comments, rating: null }).label, 'positive');
    const unhappy: FeedbackComment[] = [
      { question: 'good', text: 'Nothing' },
      { question: 'better', text: 'Everything. The receptionist was rude and I waited 50 minutes.' },
    ];
    assert.equal(scoreSentiment({ comments: unhappy, rating: null }).label, 'negative');
  });

  it('gives empty text a neutral verdict unless the rating says more', () => {
    assert.deepEqual(scoreSentiment({ comments: [], rating: null }), {
      label: 'neutral',
      score: 0,
      raw: { score: 0, comparative: 0, label: 'neutral' },
    });
    assert.equal(label('   '), 'neutral');
    assert.equal(scoreSentiment({ comments: [], rating: 'good' }).label, 'positive');
  });

  it('keeps the score between -1 and +1, its sign agreeing with the label', () => {
    for (const text of ['Excellent excellent excellent superb amazing', 'Awful awful terrible disgusting rude']) {
      const { label: verdict, score: value } = score(text);
      assert.ok(value >= -1 && value <= 1, text);
      assert.equal(Math.sign(value), verdict === 'positive' ? 1 : -1, text);
    }
  });

  it("keeps the package's own verdict on the same text as raw", () => {
    const comments: FeedbackComment[] = [
      { question: 'good', text: 'The doctor was lovely' },
      { question: 'better', text: "Couldn't get through for an hour" },
    ];
    const { score: packageScore, comparative } = new Sentiment().analyze(
      "The doctor was lovely\n\nCouldn't get through for an hour",
    );
    const packageLabel = comparative > 0.05 ? 'positive' : comparative < -0.05 ? 'negative' : 'neutral';
    assert.deepEqual(scoreSentiment({ comments, rating: 'poor' }).raw, {
      score: packageScore,
      comparative,
      label: packageLabel,
    });
  });

  it("leaves the package's English word list as it was, and is deterministic", () => {
    const comments: FeedbackComment[] = [{ question: 'comment', text: 'Waited ages, on hold, but the GP listened' }];
    const first = scoreSentiment({ comments, rating: null });
    assert.deepEqual(scoreSentiment({ comments, rating: null }), first);
    assert.deepEqual(comments, [{ question: 'comment', text: 'Waited ages, on hold, but the GP listened' }]);
    assert.equal(new Sentiment().analyze('waited listened').score, 0);
  });

  it('takes well under a millisecond per comment', () => {
    const comments: FeedbackComment[] = [
      { question: 'good', text: 'The nurse was lovely and the GP really listened, thank you.' },
      { question: 'better', text: "Couldn't get through on the phone at 8am and there were no appointments left." },
    ];
    const runs = 500;
    const start = performance.now();
    for (let i = 0; i < runs; i++) scoreSentiment({ comments, rating: 'good' });
    assert.ok((performance.now() - start) / runs < 1);
  });
});
