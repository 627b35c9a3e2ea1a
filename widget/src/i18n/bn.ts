/**
 * Bengali (বাংলা). Source: machine-assisted draft by the project team, needs native-speaker
 * review. The FFT question and answers are a draft too: replace them with NHS England's published
 * Bengali FFT wording once the project has it.
 */
import type { Strings, TranslationSource } from './en.js';

export const about: TranslationSource = {
  reviewed: false,
  source: 'machine-assisted draft by the project team, needs native-speaker review',
};

const bn: Strings = {
  lang: 'bn',
  dir: 'ltr',
  language: 'ভাষা',
  feedbackFor: '{name} সম্পর্কে মতামত',
  noticeTitle: 'এই ফর্মটি চিকিৎসা সহায়তার জন্য নয়',
  noticeBefore: 'আপনার যদি এখনই চিকিৎসা সহায়তা দরকার হয়, তাহলে ',
  noticeLink: 'NHS 111 online',
  noticeAfter: ' ব্যবহার করুন বা 111 নম্বরে ফোন করুন। জরুরি অবস্থায় 999 নম্বরে ফোন করুন।',
  notComplaints: 'যে অভিযোগের উত্তর প্রয়োজন, এটি সেগুলোর জন্যও নয়।',
  complaintsLink: 'কীভাবে অভিযোগ করবেন',
  complaintsAsk: 'কীভাবে অভিযোগ করতে হয় তা প্র্যাকটিসকে জিজ্ঞেস করুন।',
  personalHint: 'ব্যক্তিগত তথ্য, যেমন আপনার নাম, জন্মতারিখ বা NHS নম্বর লিখবেন না।',
  question: 'সব মিলিয়ে, আমাদের সেবা নিয়ে আপনার অভিজ্ঞতা কেমন ছিল?',
  ratings: {
    'very-good': 'খুব ভালো',
    good: 'ভালো',
    neither: 'ভালোও না, খারাপও না',
    poor: 'খারাপ',
    'very-poor': 'খুব খারাপ',
    'dont-know': 'জানি না',
  },
  good: 'কী ভালো ছিল?',
  better: 'আমরা কী আরও ভালো করতে পারি?',
  optional: '(ঐচ্ছিক)',
  charactersRemaining: { one: 'আপনার আর {count}টি অক্ষর বাকি আছে', other: 'আপনার আর {count}টি অক্ষর বাকি আছে' },
  urgentTitle: 'আপনার কি এখনই সাহায্য দরকার?',
  urgentNotRead: 'মতামত সঙ্গে সঙ্গে পড়া হয় না, তাই এর মাধ্যমে দ্রুত সাহায্য পাওয়া যায় না।',
  urgent999: 'আপনি বা অন্য কেউ বিপদে থাকলে বা গুরুতর অসুস্থ হলে এখনই 999 নম্বরে ফোন করুন।',
  urgentMentalHealth:
    'মানসিক স্বাস্থ্যের জন্য জরুরি সাহায্যের দরকার হলে 111 নম্বরে ফোন করে মানসিক স্বাস্থ্যের বিকল্পটি বেছে নিন। আপনি দিনে বা রাতে যেকোনো সময় বিনামূল্যে Samaritans-কে 116 123 নম্বরে ফোন করতে পারেন।',
  urgentStillSend: 'আপনি তবুও আপনার মতামত পাঠাতে পারেন।',
  aboutTitle: 'আপনার সম্পর্কে (ঐচ্ছিক)',
  aboutHint: 'এটি প্র্যাকটিসকে নিশ্চিত করতে সাহায্য করে যে তারা সবার কথা শুনছে। আপনাকে উত্তর দিতে হবে না।',
  ageBand: 'আপনার বয়স',
  ageBands: {
    'under-18': '18-এর কম',
    '18-24': '18 থেকে 24',
    '25-34': '25 থেকে 34',
    '35-44': '35 থেকে 44',
    '45-54': '45 থেকে 54',
    '55-64': '55 থেকে 64',
    '65-74': '65 থেকে 74',
    '75-plus': '75 বা তার বেশি',
    'prefer-not-to-say': 'বলতে চাই না',
  },
  role: 'এই মতামত কে দিচ্ছেন?',
  roles: { patient: 'রোগী', carer: 'পরিচর্যাকারী, আত্মীয় বা বন্ধু', 'prefer-not-to-say': 'বলতে চাই না' },
  contactTitle: 'উত্তরের অনুরোধ (ঐচ্ছিক)',
  contactHint: 'আপনি নিজের তথ্য দিতে না চাইলে আপনার মতামত বেনামী থাকবে।',
  contactConsent: 'আমি চাই প্র্যাকটিস আমার মতামত নিয়ে আমার সঙ্গে যোগাযোগ করুক',
  contactConsentHint:
    'প্র্যাকটিস এই তথ্য শুধু এই মতামত নিয়ে আপনার সঙ্গে যোগাযোগ করতে ব্যবহার করবে। একটি ইমেল, একটি ফোন নম্বর বা দুটোই দিন।',
  name: 'আপনার নাম',
  email: 'ইমেল ঠিকানা',
  phone: 'ফোন নম্বর',
  send: 'মতামত পাঠান',
  sending: 'আপনার মতামত পাঠানো হচ্ছে',
  errorSummaryTitle: 'একটি সমস্যা হয়েছে',
  errorPrefix: 'ত্রুটি:',
  errorChooseRating: 'আমাদের সেবা নিয়ে আপনার অভিজ্ঞতা কেমন ছিল তা বেছে নিন',
  errorContactMissing: 'একটি ইমেল বা ফোন নম্বর লিখুন, অথবা যোগাযোগের অনুরোধের টিক তুলে দিন',
  errorEmail: 'সঠিক ফরম্যাটে ইমেল লিখুন, যেমন name@example.com',
  errorPhone: 'একটি ফোন নম্বর লিখুন, যেমন 01632 960 001 বা 07700 900 982',
  sentTitle: 'ধন্যবাদ, আপনার মতামত পাঠানো হয়েছে',
  sentReceiptLabel: 'আপনার রসিদ কোড হলো',
  sentNextSteps:
    'প্র্যাকটিসের দল সব মতামত পড়ে, সাধারণত কয়েক কর্মদিবসের মধ্যে। সন্ধ্যায়, সপ্তাহান্তে বা সরকারি ছুটির দিনে এগুলো পড়া হয় না।',
  sentKeepReceipt: 'পরে আপনার মতামত খুঁজে পেতে বা মুছে ফেলতে চাইলে আপনার রসিদ কোডটি রেখে দিন।',
  queuedTitle: 'আপনার মতামত এখনো পাঠানো হয়নি',
  queuedOffline: 'আপনার মতামত এই ডিভাইসে সংরক্ষিত আছে এবং আপনি আবার অনলাইনে এলে পাঠানো হবে।',
  queuedBusy: 'সেবাটি এখন ব্যস্ত। আপনার মতামত এই ডিভাইসে সংরক্ষিত আছে এবং কয়েক মিনিটের মধ্যে নিজে থেকেই পাঠানো হবে।',
  queuedRetry: 'এখনই পাঠানোর চেষ্টা করুন',
  failedTitle: 'দুঃখিত, আপনার মতামত পাঠানো যায়নি',
  failedBody: 'আপনার ইন্টারনেট সংযোগ দেখে আবার চেষ্টা করুন। আপনার উত্তরগুলো রাখা আছে।',
  rejectedBody: 'এই ফর্মে একটি সমস্যা আছে। দয়া করে প্র্যাকটিসকে জানান।',
  retry: 'আবার চেষ্টা করুন',
};

export default bn;
