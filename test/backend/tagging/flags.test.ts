import assert from 'node:assert/strict';
import { detectFlags } from '../../../backend/src/domain/tagging/flags.js';
import { FLAG_RULES } from '../../../backend/src/domain/tagging/flag-rules/index.js';
import { TERM_COUNTS } from '../../../backend/src/domain/tagging/flag-rules/other-languages.rules.js';
import { FLAG_KINDS, type FlagKind } from '../../../backend/src/domain/tags.js';
import { URGENT_TERMS } from '../../../widget/src/urgent/urgent-terms.js';
import { scoreFlags } from '../../../scripts/eval/flag-scores.js';
import { FLAG_CHECK_EXAMPLES } from '../../fixtures/flag-examples-check.js';
import { FLAG_FRESH_EXAMPLES } from '../../fixtures/flag-examples-fresh.js';
import { FLAG_GENERALISE_EXAMPLES } from '../../fixtures/flag-examples-generalise.js';
import { FLAG_EXAMPLES } from '../../fixtures/flag-examples.js';

const kinds = (text: string): FlagKind[] => detectFlags(text).map((f) => f.kind);

describe('detectFlags', () => {
  describe('on the labelled examples', () => {
    it('has at least 200 examples, with positives for every kind', () => {
      assert.ok(FLAG_EXAMPLES.length >= 200);
      for (const kind of FLAG_KINDS) assert.ok(FLAG_EXAMPLES.filter((e) => e.kinds.includes(kind)).length >= 20, kind);
    });

    // Reached: precision 100%, recall 100% (written before the rules, but the rules were written
    // right after with them in mind: see scripts/eval-flags.ts for the sets written later).
    it('finds at least 95% of the comments that need a flag, with at least 85% precision', () => {
      const { overall } = scoreFlags(FLAG_EXAMPLES, detectFlags);
      assert.ok(overall.recall >= 0.95, `recall ${overall.recall}`);
      assert.ok(overall.precision >= 0.85, `precision ${overall.precision}`);
    });

    it('keeps the check set, tuned on after its first run, above the same bar', () => {
      const { overall } = scoreFlags(FLAG_CHECK_EXAMPLES, detectFlags);
      assert.ok(overall.recall >= 0.95, `recall ${overall.recall}`);
      assert.ok(overall.precision >= 0.85, `precision ${overall.precision}`);
    });

    // First runs, before the concept rules: fresh recall 33%, generalise recall 44% (precision
    // 88%). Both were then in view while the rules were broadened, so these hold the line only;
    // the blind set (scripts/eval-flags.ts) is the estimate on unseen wording.
    for (const [name, examples] of [
      ['fresh', FLAG_FRESH_EXAMPLES],
      ['generalise', FLAG_GENERALISE_EXAMPLES],
    ] as const) {
      it(`keeps the ${name} set above the same bar`, () => {
        const { overall } = scoreFlags(examples, detectFlags);
        assert.ok(overall.recall >= 0.95, `recall ${overall.recall}`);
        assert.ok(overall.precision >= 0.85, `precision ${overall.precision}`);
      });
    }

    it('has a generalise set of at least 120, about half flagged, with every kind', () => {
      const flagged = FLAG_GENERALISE_EXAMPLES.filter((e) => e.kinds.length > 0).length;
      assert.ok(FLAG_GENERALISE_EXAMPLES.length >= 120);
      assert.ok(flagged / FLAG_GENERALISE_EXAMPLES.length > 0.4 && flagged / FLAG_GENERALISE_EXAMPLES.length < 0.6);
      for (const kind of FLAG_KINDS) {
        assert.ok(FLAG_GENERALISE_EXAMPLES.filter((e) => e.kinds.includes(kind)).length >= 12, kind);
      }
    });
  });

  describe('concepts, not phrases: wordings no rule spells out', () => {
    const cases: [string, FlagKind][] = [
      // self-harm: a harming verb on oneself, a wish or plan near dying, a method, others relieved
      ['my son slashed his arms again on saturday', 'self-harm'],
      ['i keep picturing stepping in front of the train', 'self-harm'],
      ['nobody would even notice if i disappeared for good', 'self-harm'],
      ['cant face another day like this, honestly want it over', 'self-harm'],
      ['been looking up how many co-codamol it would take', 'self-harm'],
      ['everyone would be relieved if i just wasnt here', 'self-harm'],
      ["I'm basically drinking myself to death and nobody cares", 'self-harm'],
      // abuse-neglect: someone at home or in charge, a violent verb, the person harmed
      ['my stepdad grabs me round the neck when hes had a drink', 'abuse-neglect'],
      ["my son's dad threw a plate at me in front of the kids", 'abuse-neglect'],
      ['the marks on my arms are from him, not from falling', 'abuse-neglect'],
      ["my partner checks my phone and won't let me go to appointments on my own", 'abuse-neglect'],
      ['the care home had dad sitting in soiled pads all day', 'abuse-neglect'],
      ['my brother in law grabbed my daughter and left bruises on her arm', 'abuse-neglect'],
      // threat: intent, a violent verb and someone aimed at; menace without a verb
      ["I swear I will knock that smug receptionist's teeth out", 'threat'],
      ['I know where Dr Patel parks his car. Think about that', 'threat'],
      ["keep this up and I'll put a brick through your window", 'threat'],
      ['that nurse wants a good kicking', 'threat'],
      ['ill be down there tomorrow and someone will pay', 'threat'],
      // urgent-clinical: a body part and how it feels, a symptom and how bad or sudden
      ['crushing feeling in the middle of my chest when I go upstairs', 'urgent-clinical'],
      ["dad's speech went funny this morning and his right hand won't grip", 'urgent-clinical'],
      ['can hardly get my breath, even talking is hard work', 'urgent-clinical'],
      ['my baby is grunting with every breath and her ribs are sucking in', 'urgent-clinical'],
      ['the cut on his hand is spurting blood', 'urgent-clinical'],
      ['my leg has gone cold and white and really painful', 'urgent-clinical'],
      ['sudden loss of hearing in my left ear and the room is spinning', 'urgent-clinical'],
      // complaint-needs-reply: a request word and a way of getting in touch or a reply
      ["I'd appreciate it if the practice manager contacted me about Tuesday's appointment", 'complaint-needs-reply'],
      ['I expect a written explanation within 14 days', 'complaint-needs-reply'],
      ['This is a formal grievance against the locum', 'complaint-needs-reply'],
      ['can the practice manager give me a bell', 'complaint-needs-reply'],
      ['who do I write to about this?', 'complaint-needs-reply'],
    ];
    for (const [text, kind] of cases) it(`flags "${text}" as ${kind}`, () => assert.ok(kinds(text).includes(kind)));
  });

  describe('idioms and figures of speech', () => {
    for (const text of [
      'the nurse was killing it',
      "I'd kill for an earlier appointment",
      'killing time in the waiting room',
      'this app is killing me',
      'died laughing',
      'the receptionist was a lifesaver',
      'You nearly gave me a heart attack with that bill',
      'Had my flu shot, took two minutes',
      'Parking costs a bomb',
      'the bleeding phone line is always engaged',
      "couldn't breathe for laughing",
      'Beats me why they never answer',
      'this new booking system will be the death of me lol',
      'I could murder a coffee after that wait',
      'I hurt myself at the gym and the physio referral came through really quickly',
      "I can't breathe a word of this to my family but the counsellor was great",
      "the receptionist kills me, she's hilarious",
      'shot myself in the foot by not booking earlier',
      'my heart goes out to the receptionists, they are so busy',
      'the new pharmacist is a legend, smashed through my list of questions in 5 mins',
      'I was beaten to the last appointment by seconds again',
      'there is no point ringing at 8 because all the slots are gone',
      "i don't want to be here all morning again just to pick up a prescription",
      'I almost fainted when I saw the price of parking',
    ]) {
      it(`does not flag "${text}"`, () => assert.deepEqual(detectFlags(text), []));
    }

    it('reads "X is killing me" as pain only when X is the chest', () => {
      assert.deepEqual(kinds('my chest is killing me'), ['urgent-clinical']);
      assert.deepEqual(kinds('my back is killing me'), []);
    });

    it('flags violent words aimed at a person even as probable hyperbole', () => {
      assert.deepEqual(kinds('i could strangle the receptionist'), ['threat']);
      assert.deepEqual(kinds('I swear i will kill that doctor'), ['threat']);
    });
  });

  describe('negation, the past and what was already handled', () => {
    it('honours negation for symptoms, and carries it across "or"', () => {
      assert.deepEqual(kinds('no chest pain this time, thanks'), []);
      assert.deepEqual(kinds('Asked if I had any chest pain or shortness of breath, very thorough'), []);
      assert.deepEqual(kinds('no appointments till next week and chest pain all day'), ['urgent-clinical']);
    });

    it('treats a past, handled event as not urgent, unless it is still going on', () => {
      assert.deepEqual(kinds("my mum's heart attack last year was handled well"), []);
      assert.deepEqual(kinds('the GP spotted my sepsis early and saved my life'), []);
      assert.deepEqual(kinds('had chest pain last year and it is back again today'), ['urgent-clinical']);
      assert.deepEqual(kinds('i was sent home with chest pain yesterday'), ['urgent-clinical']);
    });

    it('keeps self-harm flagged when denied or in the past: a person should read it', () => {
      assert.deepEqual(kinds("I'm not suicidal but I'm struggling"), ['self-harm']);
      assert.deepEqual(kinds('tried to hang myself in march, gp has been amazing since'), ['self-harm']);
      assert.deepEqual(kinds('Suicide prevention leaflets in the waiting room are a good idea'), []);
    });

    it('does not read "please don\'t contact me" as a request for contact', () => {
      assert.deepEqual(kinds('please dont contact me by phone'), []);
      assert.deepEqual(kinds('please call me back'), ['complaint-needs-reply']);
    });
  });

  describe('each kind', () => {
    const cases: [string, FlagKind][] = [
      ['i want to end my life', 'self-harm'],
      ['my partner hits me', 'abuse-neglect'],
      ['a violent man at home scares the kids', 'abuse-neglect'],
      ['I will be waiting outside for the receptionist', 'threat'],
      ['my baby is floppy and wont wake up', 'urgent-clinical'],
      ['I want to make a formal complaint', 'complaint-needs-reply'],
    ];
    for (const [text, kind] of cases) it(`flags "${text}" as ${kind}`, () => assert.deepEqual(kinds(text), [kind]));
  });

  describe('the widget urgent-help terms', () => {
    it('flags every term of every language the widget warns about', () => {
      for (const [language, terms] of Object.entries(URGENT_TERMS)) {
        for (const term of terms) assert.notDeepEqual(detectFlags(term), [], `${language}: ${term}`);
      }
    });

    it('knows how many terms of each kind each other language has (review on any change)', () => {
      const languages = Object.keys(URGENT_TERMS).filter((l) => l !== 'en');
      assert.deepEqual(Object.keys(TERM_COUNTS).sort(), languages.sort());
      for (const language of languages) {
        const total = TERM_COUNTS[language].reduce((a, b) => a + b, 0);
        assert.equal(total, URGENT_TERMS[language].length, language);
      }
    });

    it('names the language in the rule, and leaves English look-alikes to the English rules', () => {
      assert.deepEqual(detectFlags('Lekarz był miły, ale mam ból w klatce od rana'), [
        { kind: 'urgent-clinical', rule: 'urgent-clinical.widget-term-pl' },
      ]);
      assert.deepEqual(detectFlags('the building is dilapidated and my privacy was violated'), []);
    });
  });

  describe('the result', () => {
    it('gives each kind once, in FLAG_KINDS order, named by the first rule that fired', () => {
      const flags = detectFlags(
        "my husband hit me again last night, I've got chest pain where he kicked me, please call me. I'm suicidal",
      );
      assert.deepEqual(
        flags.map((f) => f.kind),
        ['self-harm', 'abuse-neglect', 'urgent-clinical', 'complaint-needs-reply'],
      );
    });

    it('names rules, never the patient’s words', () => {
      for (const rule of FLAG_RULES) assert.match(rule.id, /^[a-z-]+\.[a-z0-9-]+$/);
      assert.equal(new Set(FLAG_RULES.map((r) => r.id)).size, FLAG_RULES.length);
      const flags = detectFlags('Dr Patel at Oakwood said Bethany is suicidal');
      assert.deepEqual(flags, [{ kind: 'self-harm', rule: 'self-harm.suicide' }]);
    });

    it('is empty for empty or harmless text', () => {
      assert.deepEqual(detectFlags(''), []);
      assert.deepEqual(detectFlags('   \n '), []);
      assert.deepEqual(detectFlags('Lovely staff, thank you'), []);
    });

    it('is deterministic: the shared global regexes keep no state between calls', () => {
      const text = 'chest pain. chest pain again. please call me';
      assert.deepEqual(detectFlags(text), detectFlags(text));
      assert.deepEqual(detectFlags(text), detectFlags(text));
    });

    it('is fast: under half a millisecond a comment on average, once its regexes are compiled', () => {
      const texts = [...FLAG_EXAMPLES, ...FLAG_CHECK_EXAMPLES, ...FLAG_GENERALISE_EXAMPLES].map((e) => e.text);
      for (const text of texts) detectFlags(text);
      const started = performance.now();
      for (let round = 0; round < 5; round++) for (const text of texts) detectFlags(text);
      const perComment = (performance.now() - started) / (5 * texts.length);
      assert.ok(perComment < 0.5, `${perComment.toFixed(3)} ms a comment`);
    });
  });
});
