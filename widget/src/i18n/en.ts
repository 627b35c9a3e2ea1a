import type { AgeBand, RespondentRole } from '../../../backend/src/domain/feedback.js';
import type { FftRating } from '../../../backend/src/domain/fft.js';
import type { PluralForms } from './format.js';

/**
 * Every piece of text the feedback widget shows or announces. Each language is one object of this
 * shape, so a missing translation is a type error rather than a blank on a patient's screen.
 * `{name}`-style slots are filled in by `fill` (see format.ts).
 */
export interface FormStrings {
  /** BCP 47 tag: set as `lang` on the widget and sent with the submission. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The language picker's label. */
  language: string;
  /** Shown above the form when the practice is known; `{name}` is the practice's name. */
  feedbackFor: string;
  noticeTitle: string;
  /** The urgent-help sentence, in three parts around the NHS 111 online link. */
  noticeBefore: string;
  noticeLink: string;
  noticeAfter: string;
  notComplaints: string;
  /** Link text to the practice's complaints page, when the practice gave one. */
  complaintsLink: string;
  /** Said instead of the link when the practice gave no complaints page. */
  complaintsAsk: string;
  /** NHS wording: no names, dates of birth or NHS numbers in free text. */
  personalHint: string;
  question: string;
  ratings: Record<FftRating, string>;
  /** The two free-text questions' default wording; a practice's own wording replaces it. */
  good: string;
  better: string;
  /** Added to the label of every question the patient may leave out. */
  optional: string;
  /** Character count, NHS style: plural forms keyed by `Intl.PluralRules` category. */
  charactersRemaining: PluralForms;
  contactTitle: string;
  contactHint: string;
  contactConsent: string;
  send: string;
  sending: string;
  errorSummaryTitle: string;
  /** Visually hidden prefix of an inline error message, as NHS error messages do. */
  errorPrefix: string;
  errorChooseRating: string;
  failedTitle: string;
  failedBody: string;
  /** For a refusal that trying again cannot fix (the form is set up wrongly on this website). */
  rejectedBody: string;
  retry: string;
}

/**
 * Text needed only once the patient has started, or for a part the practice switches on: the
 * urgent-help message, what is said after sending, the "about you" questions, the contact details.
 * English keeps it in en-later.ts, a chunk fetched when the patient starts on the form (or the
 * practice's settings ask for "about you"), so the bundle that shows the form stays small; other
 * languages keep everything in one file.
 */
export interface LaterStrings {
  urgentTitle: string;
  urgentNotRead: string;
  urgent999: string;
  urgentMentalHealth: string;
  urgentStillSend: string;
  sentTitle: string;
  sentReceiptLabel: string;
  /** Who reads feedback and when: the practice team, in working hours. */
  sentNextSteps: string;
  sentKeepReceipt: string;
  queuedTitle: string;
  /** No connection or a failing server: the answers wait on the device. */
  queuedOffline: string;
  /** The service asked us to slow down (HTTP 429). */
  queuedBusy: string;
  queuedRetry: string;
  aboutTitle: string;
  aboutHint: string;
  ageBand: string;
  ageBands: Record<AgeBand, string>;
  role: string;
  roles: Record<RespondentRole, string>;
  contactConsentHint: string;
  name: string;
  email: string;
  phone: string;
  errorContactMissing: string;
  errorEmail: string;
  errorPhone: string;
}

/** All of a language's text: what each translation file provides. */
export interface Strings extends FormStrings, LaterStrings {}

/**
 * English, in the NHS service manual's voice: plain, direct, second person. The FFT question and
 * answers are NHS England's wording (FFT guidance, 2020).
 */
export const en: FormStrings = {
  lang: 'en',
  dir: 'ltr',
  language: 'Language',
  feedbackFor: 'Feedback for {name}',
  noticeTitle: 'This form is not for medical help',
  noticeBefore: 'If you need medical help now, use ',
  noticeLink: 'NHS 111 online',
  noticeAfter: ' or call 111. In an emergency, call 999.',
  notComplaints: 'It is not for complaints that need a reply.',
  complaintsLink: 'How to make a complaint',
  complaintsAsk: 'Ask the practice how to make a complaint.',
  personalHint: 'Do not include personal information like your name, date of birth or NHS number.',
  question: 'Overall, how was your experience of our service?',
  ratings: {
    'very-good': 'Very good',
    good: 'Good',
    neither: 'Neither good nor poor',
    poor: 'Poor',
    'very-poor': 'Very poor',
    'dont-know': "Don't know",
  },
  good: 'What was good?',
  better: 'What could we do better?',
  optional: '(optional)',
  charactersRemaining: { one: 'You have {count} character remaining', other: 'You have {count} characters remaining' },
  contactTitle: 'Asking for a reply (optional)',
  contactHint: 'Your feedback is anonymous unless you choose to give your details.',
  contactConsent: 'I would like the practice to contact me about my feedback',
  send: 'Send feedback',
  sending: 'Sending your feedback',
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  errorChooseRating: 'Select how your experience of our service was',
  failedTitle: 'Sorry, your feedback was not sent',
  failedBody: 'Check your internet connection and try again. Your answers have been kept.',
  rejectedBody: 'There is a problem with this feedback form. Please tell the practice.',
  retry: 'Try again',
};

/** Where a translation's text came from, and whether a native speaker has checked it. */
export interface TranslationSource {
  reviewed: boolean;
  source: string;
}

export const about: TranslationSource = {
  reviewed: true,
  source:
    'Written by the project team in the NHS service manual style; FFT question and answers are NHS England wording',
};
