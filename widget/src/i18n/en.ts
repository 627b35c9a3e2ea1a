import type { FftRating } from '../../../backend/src/domain/fft.js';
import type { PluralForms } from './format.js';

/**
 * Every piece of text the feedback widget shows or announces. Each language is one object of this
 * shape, so a missing translation is a type error rather than a blank on a patient's screen.
 */
export interface FeedbackStrings {
  /** BCP 47 tag sent with the submission and set as `lang` on the widget. */
  lang: string;
  /** Shown above the question when the practice is known; `{name}` is the practice's name. */
  feedbackFor: string;
  noticeTitle: string;
  /** The three parts of the urgent-help notice, around the NHS 111 online link. */
  noticeBefore: string;
  noticeLink: string;
  noticeAfter: string;
  question: string;
  ratings: Record<FftRating, string>;
  commentLabel: string;
  commentHint: string;
  /** Character count, NHS style: plural forms keyed by `Intl.PluralRules` category. */
  charactersRemaining: PluralForms;
  send: string;
  sending: string;
  errorSummaryTitle: string;
  /** Visually hidden prefix of an inline error message, as NHS error messages do. */
  errorPrefix: string;
  errorChooseRating: string;
  sentTitle: string;
  sentReceiptLabel: string;
  sentNextSteps: string;
  sentKeepReceipt: string;
  failedTitle: string;
  failedBody: string;
  /** For a refusal that trying again cannot fix (the form is set up wrongly on this website). */
  rejectedBody: string;
  retry: string;
}

/** English, in the NHS service manual's voice: plain, direct, second person. */
export const en: FeedbackStrings = {
  lang: 'en',
  feedbackFor: 'Feedback for {name}',
  noticeTitle: 'This form is not for medical help',
  noticeBefore: 'If you need medical help now, use ',
  noticeLink: 'NHS 111 online',
  noticeAfter: ' or call 111. In an emergency, call 999.',
  question: 'Overall, how was your experience of our service?',
  ratings: {
    'very-good': 'Very good',
    good: 'Good',
    neither: 'Neither good nor poor',
    poor: 'Poor',
    'very-poor': 'Very poor',
    'dont-know': "Don't know",
  },
  commentLabel: 'Tell us more about your experience (optional)',
  commentHint: 'Do not include personal information like your name, date of birth or NHS number',
  charactersRemaining: { one: 'You have {count} character remaining', other: 'You have {count} characters remaining' },
  send: 'Send feedback',
  sending: 'Sending your feedback',
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  errorChooseRating: 'Select how your experience of our service was',
  sentTitle: 'Thank you, your feedback has been sent',
  sentReceiptLabel: 'Your receipt code is',
  sentNextSteps:
    'The practice team reads all feedback. Comments are checked and any personal details removed before anything is shared.',
  sentKeepReceipt: 'Keep your receipt code if you may want us to find or delete your feedback later.',
  failedTitle: 'Sorry, your feedback was not sent',
  failedBody: 'Check your internet connection and try again. Your answers have been kept.',
  rejectedBody: 'There is a problem with this feedback form. Please tell the practice.',
  retry: 'Try again',
};
