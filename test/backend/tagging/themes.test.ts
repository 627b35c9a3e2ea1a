import assert from 'node:assert/strict';
import type { FeedbackComment, QuestionId } from '../../../backend/src/domain/feedback.js';
import { tagThemes } from '../../../backend/src/domain/tagging/themes.js';
import { THEMES, type Polarity, type ThemeId } from '../../../backend/src/domain/tags.js';

/** The themes of one answer, as "theme:polarity" strings, for short assertions. */
function tags(text: string, question: QuestionId = 'comment'): string[] {
  return tagThemes([{ question, text }]).map((t) => `${t.theme}:${t.polarity}`);
}

function includes(text: string, theme: ThemeId, polarity: Polarity, question: QuestionId = 'comment'): void {
  assert.ok(tags(text, question).includes(`${theme}:${polarity}`), `${text} → ${tags(text, question).join(' ')}`);
}

function lacks(text: string, theme: ThemeId, question: QuestionId = 'comment'): void {
  const found = tagThemes([{ question, text }]).map((t) => t.theme);
  assert.ok(!found.includes(theme), `${text} → ${found.join(' ')}`);
}

describe('tagThemes', () => {
  describe('each theme, praised and criticised', () => {
    const cases: [ThemeId, string, string][] = [
      [
        'access-appointments',
        'Got a same-day appointment for my son, really pleased.',
        'It is impossible to get an appointment, three weeks for a routine one.',
      ],
      [
        'telephone',
        'They answered the phone quickly and called me back within the hour.',
        "I couldn't get through at 8am, on hold for 40 minutes and then the line was engaged.",
      ],
      ['online-services', 'The NHS App makes ordering easy.', 'The online form kept crashing and I gave up.'],
      [
        'reception-admin',
        'The ladies on reception are always friendly and helpful.',
        'The receptionist was rude and dismissive.',
      ],
      ['clinician-manner', 'Dr Shah was thorough and very kind.', 'The GP was dismissive and patronising.'],
      [
        'communication',
        'The nurse explained everything clearly and listened to my concerns.',
        'Nobody told me my referral had been rejected.',
      ],
      [
        'test-results',
        'My blood test results came back quickly and the GP rang to explain them.',
        'Still waiting for my blood test results after two weeks.',
      ],
      [
        'prescriptions',
        'My repeat prescription is always ready on time at the pharmacy.',
        'My prescription was wrong twice this month.',
      ],
      [
        'referrals-continuity',
        "It's lovely to see the same GP every time.",
        'My referral to the hospital was lost and I had to chase it.',
      ],
      ['waiting-times', 'I was seen promptly, no waiting at all.', 'I waited 50 minutes past my appointment time.'],
      ['environment', 'The waiting room was clean and bright.', 'The toilets were filthy and parking is a nightmare.'],
    ];
    for (const [theme, praise, criticism] of cases) {
      it(`${theme}`, () => {
        includes(praise, theme, 'positive');
        includes(criticism, theme, 'negative');
      });
    }

    it('positive-experience: thanks and praise for the whole service', () => {
      assert.deepEqual(tags('Thank you so much, brilliant service.'), ['positive-experience:positive']);
      assert.deepEqual(tags('Keep up the good work!'), ['positive-experience:positive']);
    });
  });

  describe('several themes in one comment, each with its own polarity', () => {
    it('rude receptionist, brilliant doctor', () => {
      assert.deepEqual(tags('The receptionist was rude but the doctor was brilliant'), [
        'reception-admin:negative',
        'clinician-manner:positive',
      ]);
      assert.deepEqual(tags('The receptionist was rude and the doctor was brilliant.'), [
        'reception-admin:negative',
        'clinician-manner:positive',
      ]);
    });

    it('lovely nurse, however the phones are a nightmare', () => {
      assert.deepEqual(tags('Lovely nurse, however the phone system is a nightmare.'), [
        'telephone:negative',
        'clinician-manner:positive',
      ]);
    });

    it('one sentence each: long wait on the phone, kind GP, clean building', () => {
      const found = tags(
        'Waited 45 minutes on hold at 8am. When I finally saw the GP she was kind and thorough. The surgery is always clean.',
      );
      assert.ok(found.includes('telephone:negative'), found.join(' '));
      assert.ok(found.includes('clinician-manner:positive'), found.join(' '));
      assert.ok(found.includes('environment:positive'), found.join(' '));
    });

    it('a theme praised in one answer and criticised in another sums the two', () => {
      const found = tagThemes([
        { question: 'good', text: 'The doctor was lovely.' },
        { question: 'better', text: 'Answer the phone! Always engaged at 8am.' },
      ]);
      assert.deepEqual(found, [
        { theme: 'telephone', polarity: 'negative' },
        { theme: 'clinician-manner', polarity: 'positive' },
      ]);
    });
  });

  describe('negation', () => {
    it('turns the words after it round', () => {
      includes('The receptionist was not very helpful.', 'reception-admin', 'negative');
      includes('The doctor was never rude to me.', 'clinician-manner', 'positive');
      includes("Couldn't fault the nurse, so kind.", 'clinician-manner', 'positive');
    });
  });

  describe('near misses', () => {
    it('phoning a friend is not the practice phone', () => {
      lacks('I phoned a friend to drive me to the surgery.', 'telephone');
    });

    it('"dr" inside "drive", "app" inside "appointment" and "get through a bad time" name nothing', () => {
      lacks('I drive past the surgery every day.', 'clinician-manner');
      lacks('Booked my appointment at the desk.', 'online-services');
      lacks('Their support got me through a very bad time.', 'telephone');
    });

    it('a clinician named without a word for their manner is not clinician-manner', () => {
      assert.deepEqual(tags('I saw the doctor about my knee.'), []);
    });

    it('a kind word about reception staff is reception, not clinician', () => {
      assert.deepEqual(tags('The reception staff were polite and kind.'), ['reception-admin:positive']);
    });

    it('"Dr." does not end the sentence', () => {
      includes('Dr. Patel was thorough and kind.', 'clinician-manner', 'positive');
    });
  });

  describe('the question answered', () => {
    it('"nothing" to "what could we do better?" is a positive experience', () => {
      for (const answer of ['Nothing', 'nothing.', 'Nothing really', 'No', 'None', "Can't think of anything"]) {
        assert.deepEqual(tags(answer, 'better'), ['positive-experience:positive'], answer);
      }
    });

    it('"nothing" followed by praise, or by a suggestion, keeps the praise', () => {
      assert.deepEqual(tags('Nothing, keep up the good work', 'better'), ['positive-experience:positive']);
      assert.deepEqual(tags('Nothing everything was perfect', 'better'), ['positive-experience:positive']);
      const found = tags('Nothing really. Maybe more evening appointments.', 'better');
      assert.deepEqual(found, ['access-appointments:negative', 'positive-experience:positive']);
    });

    it('"nothing was done" and "no appointments" are not praise', () => {
      lacks('Nothing was done about my complaint.', 'positive-experience', 'better');
      assert.deepEqual(tags('No appointments for three weeks.', 'better'), ['access-appointments:negative']);
    });

    it('"nothing" to "what was good?" is not a positive experience', () => {
      assert.deepEqual(tags('Nothing', 'good'), []);
    });

    it('a theme named without feeling leans with the question', () => {
      assert.deepEqual(tags('More appointments in the evening', 'better'), ['access-appointments:negative']);
      assert.deepEqual(tags('The nurses', 'good'), ['clinician-manner:positive']);
      assert.deepEqual(tags('Everything', 'good'), ['positive-experience:positive']);
    });
  });

  describe('positive-experience', () => {
    it('is left out when the praise is tied to another theme', () => {
      assert.deepEqual(tags('The doctor was lovely, thank you'), ['clinician-manner:positive']);
    });

    it('is given for praise that names nothing in particular', () => {
      assert.deepEqual(tags('Very good, thank you'), ['positive-experience:positive']);
    });

    it('is never negative: "would not recommend" says nothing of a positive experience', () => {
      lacks('I would not recommend this practice.', 'positive-experience');
    });
  });

  describe('shape', () => {
    it('gives one tag per theme, in the order of THEMES', () => {
      const found = tagThemes([
        {
          question: 'comment',
          text: 'The waiting room was dirty. The receptionist was rude. I waited an hour. The receptionist shouted.',
        },
      ]).map((t) => t.theme);
      assert.equal(new Set(found).size, found.length);
      assert.deepEqual(
        found,
        [...found].sort((a, b) => THEMES.indexOf(a) - THEMES.indexOf(b)),
      );
    });

    it('is empty for no comments and for empty text', () => {
      assert.deepEqual(tagThemes([]), []);
      assert.deepEqual(tagThemes([{ question: 'comment', text: '   ' }]), []);
    });

    it('is deterministic and leaves its input alone', () => {
      const comments: FeedbackComment[] = [
        { question: 'good', text: 'Lovely nurse.' },
        { question: 'better', text: 'The phones are always engaged.' },
      ];
      const copy = structuredClone(comments);
      assert.deepEqual(tagThemes(comments), tagThemes(comments));
      assert.deepEqual(comments, copy);
    });

    it('reads curly apostrophes and capitals like straight ones and lower case', () => {
      assert.deepEqual(tags('COULDN’T GET THROUGH ON THE PHONE'), tags("couldn't get through on the phone"));
    });
  });
});
