/**
 * Urdu (اردو), right to left. Source: machine-assisted draft by the project team, needs
 * native-speaker review. The FFT question and answers are a draft too: replace them with NHS
 * England's published Urdu FFT wording once the project has it.
 */
import type { Strings, TranslationSource } from './en.js';

export const about: TranslationSource = {
  reviewed: false,
  source: 'machine-assisted draft by the project team, needs native-speaker review',
};

const ur: Strings = {
  lang: 'ur',
  dir: 'rtl',
  language: 'زبان',
  feedbackFor: '{name} کے بارے میں رائے',
  noticeTitle: 'یہ فارم طبی مدد کے لیے نہیں ہے',
  noticeBefore: 'اگر آپ کو ابھی طبی مدد کی ضرورت ہے تو ',
  noticeLink: 'NHS 111 online',
  noticeAfter: ' استعمال کریں یا 111 پر کال کریں۔ ہنگامی صورت میں 999 پر کال کریں۔',
  notComplaints: 'یہ ان شکایات کے لیے بھی نہیں ہے جن کا جواب درکار ہو۔',
  complaintsLink: 'شکایت کیسے کریں',
  complaintsAsk: 'پریکٹس سے پوچھیں کہ شکایت کیسے کی جائے۔',
  personalHint: 'ذاتی معلومات، جیسے اپنا نام، تاریخ پیدائش یا NHS نمبر، شامل نہ کریں۔',
  question: 'مجموعی طور پر، ہماری سروس کے ساتھ آپ کا تجربہ کیسا رہا؟',
  ratings: {
    'very-good': 'بہت اچھا',
    good: 'اچھا',
    neither: 'نہ اچھا نہ برا',
    poor: 'برا',
    'very-poor': 'بہت برا',
    'dont-know': 'معلوم نہیں',
  },
  good: 'کیا اچھا تھا؟',
  better: 'ہم کیا بہتر کر سکتے ہیں؟',
  optional: '(اختیاری)',
  charactersRemaining: { one: 'آپ کے پاس {count} حرف باقی ہے', other: 'آپ کے پاس {count} حروف باقی ہیں' },
  urgentTitle: 'کیا آپ کو ابھی مدد کی ضرورت ہے؟',
  urgentNotRead: 'رائے فوراً نہیں پڑھی جاتی، اس لیے اس سے آپ کو جلد مدد نہیں مل سکتی۔',
  urgent999: 'اگر آپ یا کوئی اور خطرے میں ہے یا شدید بیمار ہے تو ابھی 999 پر کال کریں۔',
  urgentMentalHealth:
    'ذہنی صحت کے لیے فوری مدد کے لیے 111 پر کال کریں اور ذہنی صحت کا آپشن منتخب کریں۔ آپ Samaritans کو 116 123 پر دن یا رات کسی بھی وقت مفت کال بھی کر سکتے ہیں۔',
  urgentStillSend: 'آپ پھر بھی اپنی رائے بھیج سکتے ہیں۔',
  aboutTitle: 'آپ کے بارے میں (اختیاری)',
  aboutHint: 'اس سے پریکٹس کو یہ دیکھنے میں مدد ملتی ہے کہ وہ سب کی بات سن رہی ہے۔ جواب دینا ضروری نہیں۔',
  ageBand: 'آپ کی عمر',
  ageBands: {
    'under-18': '18 سال سے کم',
    '18-24': '18 سے 24',
    '25-34': '25 سے 34',
    '35-44': '35 سے 44',
    '45-54': '45 سے 54',
    '55-64': '55 سے 64',
    '65-74': '65 سے 74',
    '75-plus': '75 یا اس سے زیادہ',
    'prefer-not-to-say': 'بتانا نہیں چاہتے',
  },
  role: 'یہ رائے کون دے رہا ہے؟',
  roles: { patient: 'مریض', carer: 'نگہداشت کرنے والا، رشتہ دار یا دوست', 'prefer-not-to-say': 'بتانا نہیں چاہتے' },
  contactTitle: 'جواب کی درخواست (اختیاری)',
  contactHint: 'آپ کی رائے گمنام رہتی ہے، جب تک آپ خود اپنی تفصیلات نہ دیں۔',
  contactConsent: 'میں چاہتا/چاہتی ہوں کہ پریکٹس میری رائے کے بارے میں مجھ سے رابطہ کرے',
  contactConsentHint:
    'پریکٹس یہ تفصیلات صرف اس رائے کے بارے میں آپ سے رابطہ کرنے کے لیے استعمال کرے گی۔ ای میل، فون نمبر یا دونوں دیں۔',
  name: 'آپ کا نام',
  email: 'ای میل ایڈریس',
  phone: 'فون نمبر',
  send: 'رائے بھیجیں',
  sending: 'آپ کی رائے بھیجی جا رہی ہے',
  errorSummaryTitle: 'ایک مسئلہ ہے',
  errorPrefix: 'خرابی:',
  errorChooseRating: 'منتخب کریں کہ ہماری سروس کے ساتھ آپ کا تجربہ کیسا رہا',
  errorContactMissing: 'ای میل یا فون نمبر درج کریں، یا رابطے کی درخواست والے خانے سے نشان ہٹا دیں',
  errorEmail: 'درست شکل میں ای میل درج کریں، جیسے name@example.com',
  errorPhone: 'فون نمبر درج کریں، جیسے 01632 960 001 یا 07700 900 982',
  sentTitle: 'شکریہ، آپ کی رائے بھیج دی گئی ہے',
  sentReceiptLabel: 'آپ کا رسید کوڈ ہے',
  sentNextSteps:
    'پریکٹس کی ٹیم تمام آراء پڑھتی ہے، عام طور پر چند کاروباری دنوں کے اندر۔ یہ شام، ہفتے کے آخر یا سرکاری چھٹیوں پر نہیں پڑھی جاتیں۔',
  sentKeepReceipt: 'اپنا رسید کوڈ سنبھال کر رکھیں اگر آپ بعد میں چاہیں کہ ہم آپ کی رائے تلاش کریں یا حذف کریں۔',
  queuedTitle: 'آپ کی رائے ابھی نہیں بھیجی گئی',
  queuedOffline: 'آپ کی رائے اس آلے پر محفوظ ہے اور جب آپ دوبارہ آن لائن ہوں گے تو بھیج دی جائے گی۔',
  queuedBusy: 'سروس اس وقت مصروف ہے۔ آپ کی رائے اس آلے پر محفوظ ہے اور چند منٹ میں خود بخود بھیج دی جائے گی۔',
  queuedRetry: 'ابھی بھیجنے کی کوشش کریں',
  failedTitle: 'معذرت، آپ کی رائے نہیں بھیجی گئی',
  failedBody: 'اپنا انٹرنیٹ کنکشن چیک کریں اور دوبارہ کوشش کریں۔ آپ کے جوابات محفوظ ہیں۔',
  rejectedBody: 'اس فارم میں ایک مسئلہ ہے۔ براہ کرم پریکٹس کو بتائیں۔',
  retry: 'دوبارہ کوشش کریں',
};

export default ur;
