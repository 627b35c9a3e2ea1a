import type { LaterStrings } from './en.js';

/**
 * English text needed only once the patient has started, or once the practice's settings have
 * arrived (see `LaterStrings`).
 */
export const enLater: LaterStrings = {
  urgentTitle: 'Do you need help now?',
  urgentNotRead: 'Feedback is not read straight away, so it cannot get you help quickly.',
  urgent999: 'If you or someone else is in danger or seriously ill, call 999 now.',
  urgentMentalHealth:
    'For urgent help with your mental health, call 111 and choose the mental health option. You can also call Samaritans free on 116 123, day or night.',
  urgentStillSend: 'You can still send your feedback.',
  sentTitle: 'Thank you, your feedback has been sent',
  sentReceiptLabel: 'Your receipt code is',
  sentNextSteps:
    'The practice team reads all feedback, usually within a few working days. It is not read in the evening, at weekends or on bank holidays.',
  sentKeepReceipt: 'Keep your receipt code if you may want us to find or delete your feedback later.',
  queuedTitle: 'Your feedback has not been sent yet',
  queuedOffline: 'Your feedback is saved on this device and will be sent when you are back online.',
  queuedBusy:
    'The feedback service is busy. Your feedback is saved on this device and will be sent automatically in a few minutes.',
  queuedRetry: 'Try sending now',
  aboutTitle: 'About you (optional)',
  aboutHint: 'This helps the practice check it hears from everyone. You do not have to answer.',
  ageBand: 'Your age',
  ageBands: {
    'under-18': 'Under 18',
    '18-24': '18 to 24',
    '25-34': '25 to 34',
    '35-44': '35 to 44',
    '45-54': '45 to 54',
    '55-64': '55 to 64',
    '65-74': '65 to 74',
    '75-plus': '75 or over',
    'prefer-not-to-say': 'Prefer not to say',
  },
  role: 'Who is giving this feedback?',
  roles: { patient: 'The patient', carer: 'A carer, relative or friend', 'prefer-not-to-say': 'Prefer not to say' },
  contactConsentHint:
    'The practice will only use these details to contact you about this feedback. Give an email address, a phone number or both.',
  name: 'Your name',
  email: 'Email address',
  phone: 'Phone number',
  errorContactMissing: 'Enter an email address or a phone number, or untick the box asking to be contacted',
  errorEmail: 'Enter an email address in the correct format, like name@example.com',
  errorPhone: 'Enter a phone number, like 01632 960 001 or 07700 900 982',
};
