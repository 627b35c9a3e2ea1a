/**
 * Word lists and letters `language.ts` uses beside `franc-min`. Data only.
 *
 * franc-min guesses from letter trigrams, which is weak on the short answers patients write
 * ("Reception staff rude" comes out German), and it has no Lithuanian model at all (it covers
 * languages with 8 million speakers or more). These lists fill both gaps.
 */

/**
 * Common English words of patient feedback. Words that are also common in the widget's other
 * Latin-script languages are left out on purpose: "a", "i", "o", "e", "to", "on", "no", "do", "in",
 * "me", "so", "la", "as", "nu", "care" (Polish "i", "to", "on", "do"; Spanish and Portuguese "a",
 * "no", "me"; Romanian "care", "nu"), and so is "ok", which every language borrows.
 */
// prettier-ignore
export const ENGLISH_WORDS: ReadonlySet<string> = new Set([
  'the', 'and', 'was', 'were', 'is', 'are', 'am', 'be', 'been', 'being', 'very', 'not', 'my', 'for', 'with', 'of',
  'it', "it's", 'they', 'she', 'he', 'we', 'you', 'your', "you're", 'that', 'this', 'have', 'had', 'has', 'at',
  'from', 'but', 'all', 'get', 'got', 'can', 'could', 'would', 'should', 'will', "can't", "couldn't", "don't",
  "didn't", "wasn't", "i'm", "i've", 'an', 'or', 'if', 'than', 'then', 'out', 'up', 'by', 'did', 'what', 'when',
  'there', 'their', 'about', 'just', 'really', 'too', 'much', 'more', 'better', 'some', 'any', 'only', 'after',
  'again', 'because', 'which', 'who', 'them', 'him', 'her', 'our', 'us', 'doctor', 'doctors', 'nurse', 'nurses',
  'staff', 'appointment', 'appointments', 'reception', 'receptionist', 'receptionists', 'phone', 'good', 'great',
  'excellent', 'nothing', 'thank', 'thanks', 'helpful', 'friendly', 'kind', 'rude', 'waiting', 'waited', 'wait',
  'time', 'always', 'never', 'service', 'practice', 'surgery', 'everything', 'lovely', 'brilliant', 'okay',
  'fine', 'none', 'happy', 'quick', 'easy', 'help', 'helped', 'seen', 'see', 'told', 'asked', 'felt', 'feel',
  'made', 'make', 'given', 'need', 'needed', 'well', 'day', 'days', 'week', 'weeks', 'hours', 'minutes',
  'everyone', 'everybody', 'people', 'amazing', 'fantastic', 'poor', 'bad', 'awful', 'terrible', 'listened',
  'caring', 'professional', 'efficient', 'prescription', 'results', 'online', 'app', 'book', 'booking', 'through',
  'hold', 'long', 'still', 'keep', 'work', 'job', 'done', 'like', 'improve', 'improved', 'please', 'yes',
  'gp', 'dr', 'team', 'nice', 'lady', 'man', 'call', 'called', 'back', 'first', 'same', 'other', 'way', 'how',
]);

/**
 * Frequent Lithuanian words, with and without their diacritics, that are not words of English or
 * of the widget's other languages ("ir", "su", "ne", "man", "tai", "mano", "del" are left out).
 */
// prettier-ignore
export const LITHUANIAN_WORDS: ReadonlySet<string> = new Set([
  'labai', 'buvo', 'bet', 'kad', 'nėra', 'nera', 'yra', 'ačiū', 'aciu', 'gydytojas', 'gydytoja', 'gydytojai',
  'gydytojo', 'gydytoją', 'registratūra', 'registratura', 'registratūroje', 'registraturoje', 'laukti', 'laukiau',
  'vizito', 'vizitą', 'vizita', 'aš', 'nes', 'jau', 'kaip', 'geriau', 'blogai', 'gerai', 'puikiai',
  'puiki', 'puikus', 'vaistų', 'vaistus', 'receptą', 'niekas', 'nieko', 'viskas', 'visi', 'darbuotojai',
  'slaugytoja', 'kartą', 'dienų', 'savaites', 'savaitės', 'savaičių', 'telefonu', 'paskambinti', 'nepavyko',
  'prisiskambinti', 'malonus', 'maloni', 'mandagūs', 'nemandagi', 'teko', 'beveik', 'tris', 'dėl',
]);

/** Letters Lithuanian has and neither Polish nor the widget's other languages have. */
export const LITHUANIAN_LETTERS = /[ėįųū]/;

/** Letters of Urdu's alphabet that Arabic does not use (ٹ ڈ ڑ ں ھ ہ ے ۓ). */
export const URDU_LETTERS = /[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2\u06d3]/;

/** Letter forms Arabic writes and Urdu does not (Arabic yeh ي and kaf ك, teh marbuta ة). */
export const ARABIC_LETTERS = /[\u064a\u0643\u0629]/;
