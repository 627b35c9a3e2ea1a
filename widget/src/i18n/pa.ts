/**
 * Panjabi (ਪੰਜਾਬੀ, Gurmukhi script). Source: machine-assisted draft by the project team, needs
 * native-speaker review. The FFT question and answers are a draft too: replace them with NHS
 * England's published Panjabi FFT wording once the project has it.
 */
import type { Strings, TranslationSource } from './en.js';

export const about: TranslationSource = {
  reviewed: false,
  source: 'machine-assisted draft by the project team, needs native-speaker review',
};

const pa: Strings = {
  lang: 'pa',
  dir: 'ltr',
  language: 'ਭਾਸ਼ਾ',
  feedbackFor: '{name} ਬਾਰੇ ਰਾਇ',
  noticeTitle: 'ਇਹ ਫਾਰਮ ਡਾਕਟਰੀ ਮਦਦ ਲਈ ਨਹੀਂ ਹੈ',
  noticeBefore: 'ਜੇ ਤੁਹਾਨੂੰ ਹੁਣੇ ਡਾਕਟਰੀ ਮਦਦ ਦੀ ਲੋੜ ਹੈ, ਤਾਂ ',
  noticeLink: 'NHS 111 online',
  noticeAfter: ' ਵਰਤੋ ਜਾਂ 111 ’ਤੇ ਕਾਲ ਕਰੋ। ਐਮਰਜੈਂਸੀ ਵਿੱਚ 999 ’ਤੇ ਕਾਲ ਕਰੋ।',
  notComplaints: 'ਇਹ ਉਹਨਾਂ ਸ਼ਿਕਾਇਤਾਂ ਲਈ ਵੀ ਨਹੀਂ ਹੈ ਜਿਨ੍ਹਾਂ ਦਾ ਜਵਾਬ ਚਾਹੀਦਾ ਹੈ।',
  complaintsLink: 'ਸ਼ਿਕਾਇਤ ਕਿਵੇਂ ਕਰਨੀ ਹੈ',
  complaintsAsk: 'ਪ੍ਰੈਕਟਿਸ ਤੋਂ ਪੁੱਛੋ ਕਿ ਸ਼ਿਕਾਇਤ ਕਿਵੇਂ ਕਰਨੀ ਹੈ।',
  personalHint: 'ਨਿੱਜੀ ਜਾਣਕਾਰੀ ਸ਼ਾਮਲ ਨਾ ਕਰੋ, ਜਿਵੇਂ ਤੁਹਾਡਾ ਨਾਮ, ਜਨਮ ਮਿਤੀ ਜਾਂ NHS ਨੰਬਰ।',
  question: 'ਕੁੱਲ ਮਿਲਾ ਕੇ, ਸਾਡੀ ਸੇਵਾ ਨਾਲ ਤੁਹਾਡਾ ਤਜਰਬਾ ਕਿਹੋ ਜਿਹਾ ਰਿਹਾ?',
  ratings: {
    'very-good': 'ਬਹੁਤ ਵਧੀਆ',
    good: 'ਵਧੀਆ',
    neither: 'ਨਾ ਵਧੀਆ ਨਾ ਮਾੜਾ',
    poor: 'ਮਾੜਾ',
    'very-poor': 'ਬਹੁਤ ਮਾੜਾ',
    'dont-know': 'ਪਤਾ ਨਹੀਂ',
  },
  good: 'ਕੀ ਚੰਗਾ ਸੀ?',
  better: 'ਅਸੀਂ ਕੀ ਬਿਹਤਰ ਕਰ ਸਕਦੇ ਹਾਂ?',
  optional: '(ਵਿਕਲਪਿਕ)',
  charactersRemaining: { one: 'ਤੁਹਾਡੇ ਕੋਲ {count} ਅੱਖਰ ਬਾਕੀ ਹੈ', other: 'ਤੁਹਾਡੇ ਕੋਲ {count} ਅੱਖਰ ਬਾਕੀ ਹਨ' },
  urgentTitle: 'ਕੀ ਤੁਹਾਨੂੰ ਹੁਣੇ ਮਦਦ ਦੀ ਲੋੜ ਹੈ?',
  urgentNotRead: 'ਰਾਇ ਤੁਰੰਤ ਨਹੀਂ ਪੜ੍ਹੀ ਜਾਂਦੀ, ਇਸ ਲਈ ਇਸ ਨਾਲ ਤੁਹਾਨੂੰ ਜਲਦੀ ਮਦਦ ਨਹੀਂ ਮਿਲ ਸਕਦੀ।',
  urgent999: 'ਜੇ ਤੁਸੀਂ ਜਾਂ ਕੋਈ ਹੋਰ ਖ਼ਤਰੇ ਵਿੱਚ ਹੈ ਜਾਂ ਗੰਭੀਰ ਬਿਮਾਰ ਹੈ, ਤਾਂ ਹੁਣੇ 999 ’ਤੇ ਕਾਲ ਕਰੋ।',
  urgentMentalHealth:
    'ਮਾਨਸਿਕ ਸਿਹਤ ਲਈ ਤੁਰੰਤ ਮਦਦ ਵਾਸਤੇ 111 ’ਤੇ ਕਾਲ ਕਰੋ ਅਤੇ ਮਾਨਸਿਕ ਸਿਹਤ ਵਾਲਾ ਵਿਕਲਪ ਚੁਣੋ। ਤੁਸੀਂ Samaritans ਨੂੰ 116 123 ’ਤੇ ਦਿਨ ਜਾਂ ਰਾਤ ਮੁਫ਼ਤ ਕਾਲ ਵੀ ਕਰ ਸਕਦੇ ਹੋ।',
  urgentStillSend: 'ਤੁਸੀਂ ਫਿਰ ਵੀ ਆਪਣੀ ਰਾਇ ਭੇਜ ਸਕਦੇ ਹੋ।',
  aboutTitle: 'ਤੁਹਾਡੇ ਬਾਰੇ (ਵਿਕਲਪਿਕ)',
  aboutHint: 'ਇਸ ਨਾਲ ਪ੍ਰੈਕਟਿਸ ਨੂੰ ਇਹ ਜਾਂਚਣ ਵਿੱਚ ਮਦਦ ਮਿਲਦੀ ਹੈ ਕਿ ਉਹ ਸਭ ਦੀ ਗੱਲ ਸੁਣ ਰਹੀ ਹੈ। ਜਵਾਬ ਦੇਣਾ ਜ਼ਰੂਰੀ ਨਹੀਂ।',
  ageBand: 'ਤੁਹਾਡੀ ਉਮਰ',
  ageBands: {
    'under-18': '18 ਤੋਂ ਘੱਟ',
    '18-24': '18 ਤੋਂ 24',
    '25-34': '25 ਤੋਂ 34',
    '35-44': '35 ਤੋਂ 44',
    '45-54': '45 ਤੋਂ 54',
    '55-64': '55 ਤੋਂ 64',
    '65-74': '65 ਤੋਂ 74',
    '75-plus': '75 ਜਾਂ ਵੱਧ',
    'prefer-not-to-say': 'ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦੇ',
  },
  role: 'ਇਹ ਰਾਇ ਕੌਣ ਦੇ ਰਿਹਾ ਹੈ?',
  roles: { patient: 'ਮਰੀਜ਼', carer: 'ਦੇਖਭਾਲ ਕਰਨ ਵਾਲਾ, ਰਿਸ਼ਤੇਦਾਰ ਜਾਂ ਦੋਸਤ', 'prefer-not-to-say': 'ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦੇ' },
  contactTitle: 'ਜਵਾਬ ਦੀ ਬੇਨਤੀ (ਵਿਕਲਪਿਕ)',
  contactHint: 'ਤੁਹਾਡੀ ਰਾਇ ਗੁਮਨਾਮ ਹੈ, ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਆਪਣੇ ਵੇਰਵੇ ਦੇਣ ਦੀ ਚੋਣ ਨਹੀਂ ਕਰਦੇ।',
  contactConsent: 'ਮੈਂ ਚਾਹੁੰਦਾ/ਚਾਹੁੰਦੀ ਹਾਂ ਕਿ ਪ੍ਰੈਕਟਿਸ ਮੇਰੀ ਰਾਇ ਬਾਰੇ ਮੇਰੇ ਨਾਲ ਸੰਪਰਕ ਕਰੇ',
  contactConsentHint: 'ਪ੍ਰੈਕਟਿਸ ਇਹ ਵੇਰਵੇ ਸਿਰਫ਼ ਇਸ ਰਾਇ ਬਾਰੇ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰਨ ਲਈ ਵਰਤੇਗੀ। ਈਮੇਲ, ਫ਼ੋਨ ਨੰਬਰ ਜਾਂ ਦੋਵੇਂ ਦਿਓ।',
  name: 'ਤੁਹਾਡਾ ਨਾਮ',
  email: 'ਈਮੇਲ ਪਤਾ',
  phone: 'ਫ਼ੋਨ ਨੰਬਰ',
  send: 'ਰਾਇ ਭੇਜੋ',
  sending: 'ਤੁਹਾਡੀ ਰਾਇ ਭੇਜੀ ਜਾ ਰਹੀ ਹੈ',
  errorSummaryTitle: 'ਇੱਕ ਸਮੱਸਿਆ ਹੈ',
  errorPrefix: 'ਗਲਤੀ:',
  errorChooseRating: 'ਚੁਣੋ ਕਿ ਸਾਡੀ ਸੇਵਾ ਨਾਲ ਤੁਹਾਡਾ ਤਜਰਬਾ ਕਿਹੋ ਜਿਹਾ ਰਿਹਾ',
  errorContactMissing: 'ਈਮੇਲ ਜਾਂ ਫ਼ੋਨ ਨੰਬਰ ਦਰਜ ਕਰੋ, ਜਾਂ ਸੰਪਰਕ ਵਾਲੇ ਖਾਨੇ ਤੋਂ ਨਿਸ਼ਾਨ ਹਟਾਓ',
  errorEmail: 'ਸਹੀ ਰੂਪ ਵਿੱਚ ਈਮੇਲ ਦਰਜ ਕਰੋ, ਜਿਵੇਂ name@example.com',
  errorPhone: 'ਫ਼ੋਨ ਨੰਬਰ ਦਰਜ ਕਰੋ, ਜਿਵੇਂ 01632 960 001 ਜਾਂ 07700 900 982',
  sentTitle: 'ਧੰਨਵਾਦ, ਤੁਹਾਡੀ ਰਾਇ ਭੇਜ ਦਿੱਤੀ ਗਈ ਹੈ',
  sentReceiptLabel: 'ਤੁਹਾਡਾ ਰਸੀਦ ਕੋਡ ਹੈ',
  sentNextSteps:
    'ਪ੍ਰੈਕਟਿਸ ਦੀ ਟੀਮ ਸਾਰੀਆਂ ਰਾਵਾਂ ਪੜ੍ਹਦੀ ਹੈ, ਆਮ ਤੌਰ ’ਤੇ ਕੁਝ ਕੰਮਕਾਜੀ ਦਿਨਾਂ ਵਿੱਚ। ਇਹ ਸ਼ਾਮ ਨੂੰ, ਹਫ਼ਤੇ ਦੇ ਅਖੀਰ ’ਤੇ ਜਾਂ ਸਰਕਾਰੀ ਛੁੱਟੀਆਂ ’ਤੇ ਨਹੀਂ ਪੜ੍ਹੀਆਂ ਜਾਂਦੀਆਂ।',
  sentKeepReceipt: 'ਆਪਣਾ ਰਸੀਦ ਕੋਡ ਸੰਭਾਲ ਕੇ ਰੱਖੋ ਜੇ ਤੁਸੀਂ ਬਾਅਦ ਵਿੱਚ ਚਾਹੋ ਕਿ ਅਸੀਂ ਤੁਹਾਡੀ ਰਾਇ ਲੱਭੀਏ ਜਾਂ ਮਿਟਾਈਏ।',
  queuedTitle: 'ਤੁਹਾਡੀ ਰਾਇ ਅਜੇ ਨਹੀਂ ਭੇਜੀ ਗਈ',
  queuedOffline: 'ਤੁਹਾਡੀ ਰਾਇ ਇਸ ਡਿਵਾਈਸ ’ਤੇ ਸੁਰੱਖਿਅਤ ਹੈ ਅਤੇ ਜਦੋਂ ਤੁਸੀਂ ਦੁਬਾਰਾ ਔਨਲਾਈਨ ਹੋਵੋਗੇ ਤਾਂ ਭੇਜ ਦਿੱਤੀ ਜਾਵੇਗੀ।',
  queuedBusy: 'ਸੇਵਾ ਇਸ ਵੇਲੇ ਰੁੱਝੀ ਹੋਈ ਹੈ। ਤੁਹਾਡੀ ਰਾਇ ਇਸ ਡਿਵਾਈਸ ’ਤੇ ਸੁਰੱਖਿਅਤ ਹੈ ਅਤੇ ਕੁਝ ਮਿੰਟਾਂ ਵਿੱਚ ਆਪਣੇ ਆਪ ਭੇਜ ਦਿੱਤੀ ਜਾਵੇਗੀ।',
  queuedRetry: 'ਹੁਣੇ ਭੇਜਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰੋ',
  failedTitle: 'ਮਾਫ਼ ਕਰਨਾ, ਤੁਹਾਡੀ ਰਾਇ ਨਹੀਂ ਭੇਜੀ ਗਈ',
  failedBody: 'ਆਪਣਾ ਇੰਟਰਨੈੱਟ ਕਨੈਕਸ਼ਨ ਜਾਂਚੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ। ਤੁਹਾਡੇ ਜਵਾਬ ਸੰਭਾਲ ਲਏ ਗਏ ਹਨ।',
  rejectedBody: 'ਇਸ ਫਾਰਮ ਵਿੱਚ ਇੱਕ ਸਮੱਸਿਆ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਪ੍ਰੈਕਟਿਸ ਨੂੰ ਦੱਸੋ।',
  retry: 'ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ',
};

export default pa;
