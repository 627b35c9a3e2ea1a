import assert from 'node:assert/strict';
import { detectLanguage, isEnglish } from '../../../backend/src/domain/tagging/language.js';

/** One real GP-feedback sentence in each of the widget's languages. */
const SENTENCES: Record<string, string> = {
  en: 'The doctor was very kind but I waited nearly three weeks for an appointment.',
  pl: 'Lekarz był bardzo miły, ale na wizytę czekałam prawie trzy tygodnie.',
  ro: 'Doctorița a fost foarte amabilă, dar am așteptat trei săptămâni pentru o programare.',
  pa: 'ਡਾਕਟਰ ਬਹੁਤ ਚੰਗੇ ਸਨ, ਪਰ ਮੈਨੂੰ ਮੁਲਾਕਾਤ ਲਈ ਤਿੰਨ ਹਫ਼ਤੇ ਉਡੀਕ ਕਰਨੀ ਪਈ।',
  ur: 'ڈاکٹر بہت اچھے تھے لیکن مجھے ملاقات کے لیے تین ہفتے انتظار کرنا پڑا۔',
  pt: 'O médico foi muito simpático, mas esperei quase três semanas por uma consulta.',
  es: 'El médico fue muy amable, pero esperé casi tres semanas para conseguir una cita.',
  bn: 'ডাক্তার খুব ভালো ছিলেন, কিন্তু অ্যাপয়েন্টমেন্টের জন্য আমাকে তিন সপ্তাহ অপেক্ষা করতে হয়েছে।',
  gu: 'ડૉક્ટર ખૂબ સારા હતા, પણ મને એપોઇન્ટમેન્ટ માટે ત્રણ અઠવાડિયા રાહ જોવી પડી.',
  ar: 'كان الطبيب لطيفًا جدًا، لكنني انتظرت ثلاثة أسابيع للحصول على موعد.',
  lt: 'Gydytojas buvo labai malonus, bet vizito teko laukti beveik tris savaites.',
  so: 'Dhakhtarku aad buu u fiicnaa, laakiin waxaan sugayay saddex toddobaad si aan u helo ballan.',
};

describe('detectLanguage', () => {
  describe("each of the widget's languages, with no language declared", () => {
    for (const [code, sentence] of Object.entries(SENTENCES)) {
      it(`${code}`, () => {
        assert.deepEqual(detectLanguage(sentence, null), { code, source: 'detected' });
      });
    }
  });

  describe('declared by the widget', () => {
    it('is trusted for every language the patient chose', () => {
      for (const [code, sentence] of Object.entries(SENTENCES)) {
        assert.deepEqual(detectLanguage(sentence, code), { code, source: 'widget' }, code);
      }
    });

    it('is trusted when a patient who chose Polish writes in English', () => {
      assert.deepEqual(detectLanguage(SENTENCES.en, 'pl'), { code: 'pl', source: 'widget' });
    });

    it('takes the primary subtag of a regional tag', () => {
      assert.deepEqual(detectLanguage(SENTENCES.pl, 'pl-PL'), { code: 'pl', source: 'widget' });
      assert.deepEqual(detectLanguage(SENTENCES.pt, 'PT_br'), { code: 'pt', source: 'widget' });
    });

    it('as English is overruled by text clearly in another language', () => {
      for (const [code, sentence] of Object.entries(SENTENCES)) {
        if (code === 'en') continue;
        assert.deepEqual(detectLanguage(sentence, 'en'), { code, source: 'detected' }, code);
      }
      const more = {
        pl: 'Recepcjonistka była bardzo niemiła i nie pomogła mi.',
        ro: 'Nu am putut vorbi cu medicul la telefon.',
        es: 'La recepcionista fue muy grosera conmigo.',
        lt: 'Registratūroje niekas neatsiliepė telefonu.',
      };
      for (const [code, sentence] of Object.entries(more)) {
        assert.deepEqual(detectLanguage(sentence, 'en'), { code, source: 'detected' }, code);
      }
    });

    it('as English stands for English text, short or long', () => {
      assert.deepEqual(detectLanguage(SENTENCES.en, 'en'), { code: 'en', source: 'widget' });
      assert.deepEqual(detectLanguage('Reception staff rude', 'en'), { code: 'en', source: 'widget' });
      assert.deepEqual(detectLanguage('Staff were lovely and the surgery was clean.', 'en-GB'), {
        code: 'en',
        source: 'widget',
      });
    });

    it('as English stands for short Latin-script text, which is too short to judge', () => {
      assert.deepEqual(detectLanguage('Bardzo dobrze', 'en'), { code: 'en', source: 'widget' });
    });

    it('as English is overruled at any length by a script English never uses', () => {
      assert.deepEqual(detectLanguage('ਬਹੁਤ ਵਧੀਆ', 'en'), { code: 'pa', source: 'detected' });
      assert.deepEqual(detectLanguage('بہت اچھا', 'en'), { code: 'ur', source: 'detected' });
      assert.deepEqual(detectLanguage('شكرا جزيلا', 'en'), { code: 'ar', source: 'detected' });
    });
  });

  describe('short text with no language declared', () => {
    it('is undetermined, since franc-min is guesswork under 20 characters', () => {
      assert.deepEqual(detectLanguage('Muy bien', null), { code: 'und', source: 'undetermined' });
      assert.deepEqual(detectLanguage('Bardzo dobrze', null), { code: 'und', source: 'undetermined' });
      assert.deepEqual(detectLanguage('Ok', null), { code: 'und', source: 'undetermined' });
    });

    it('is English when made of common English words', () => {
      assert.deepEqual(detectLanguage('Very good', null), { code: 'en', source: 'detected' });
      assert.deepEqual(detectLanguage('Nothing', null), { code: 'en', source: 'detected' });
      assert.deepEqual(detectLanguage('Reception staff rude', null), { code: 'en', source: 'detected' });
    });

    it('is decided by a script of its own, or by Lithuanian words', () => {
      assert.deepEqual(detectLanguage('ਬਹੁਤ ਵਧੀਆ', null), { code: 'pa', source: 'detected' });
      assert.deepEqual(detectLanguage('খুব ভালো', null), { code: 'bn', source: 'detected' });
      assert.deepEqual(detectLanguage('ખૂબ સારું', null), { code: 'gu', source: 'detected' });
      assert.deepEqual(detectLanguage('Labai gerai', null), { code: 'lt', source: 'detected' });
    });
  });

  describe('empty text', () => {
    it('is undetermined with no language declared', () => {
      assert.deepEqual(detectLanguage('', null), { code: 'und', source: 'undetermined' });
      assert.deepEqual(detectLanguage('   \n', null), { code: 'und', source: 'undetermined' });
      assert.deepEqual(detectLanguage('12345 !!!', null), { code: 'und', source: 'undetermined' });
      assert.deepEqual(detectLanguage('', ''), { code: 'und', source: 'undetermined' });
    });

    it("keeps the widget's declared language", () => {
      assert.deepEqual(detectLanguage('', 'so'), { code: 'so', source: 'widget' });
      assert.deepEqual(detectLanguage('', 'en'), { code: 'en', source: 'widget' });
    });
  });
});

describe('isEnglish', () => {
  it('is true for English however it was found, false otherwise', () => {
    assert.equal(isEnglish({ code: 'en', source: 'widget' }), true);
    assert.equal(isEnglish({ code: 'en', source: 'detected' }), true);
    assert.equal(isEnglish({ code: 'pl', source: 'widget' }), false);
    assert.equal(isEnglish({ code: 'und', source: 'undetermined' }), false);
  });
});

describe('language detection keeps to languages written in England', () => {
  it('reads Polish declared as English as Polish, not a language franc-min confuses it with', () => {
    const tag = detectLanguage('Lekarz był bardzo miły i wszystko mi dokładnie wytłumaczył, dziękuję bardzo.', 'en');
    assert.deepEqual(tag, { code: 'pl', source: 'detected' });
  });
});
