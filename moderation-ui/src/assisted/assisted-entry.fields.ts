/** The fields of the assisted-entry form, their element ids, and the answers a helper can choose. */

export const CHANNELS = [
  ['paper', 'Paper form'],
  ['telephone', 'Telephone call'],
  ['in-person', 'In person, at the practice'],
  ['hub', 'At a digital inclusion hub'],
  ['other', 'Another way'],
] as const;

export const RATINGS = [
  ['very-good', 'Very good'],
  ['good', 'Good'],
  ['neither', 'Neither good nor poor'],
  ['poor', 'Poor'],
  ['very-poor', 'Very poor'],
  ['dont-know', 'Don’t know'],
] as const;

export const ROLES: Record<string, string> = {
  receptionist: 'Receptionist',
  'practice-staff': 'Practice staff',
  volunteer: 'Volunteer',
  'hub-helper': 'Digital inclusion hub helper',
  other: 'Helper',
};

export type Field = 'code' | 'channel' | 'formNumber' | 'formDate' | 'rating' | 'good' | 'better' | 'agreed';

export const FIELD_IDS: Record<Field, string> = {
  code: 'helper-code',
  channel: 'channel-paper',
  formNumber: 'form-number',
  formDate: 'form-date',
  rating: 'rating-very-good',
  good: 'answer-good',
  better: 'answer-better',
  agreed: 'agreed',
};

export interface Problem {
  field: Field | null;
  message: string;
}

/** What the helper has typed or chosen for one form. */
export interface EntryValues {
  channel: string;
  formDate: string;
  formNumber: string;
  rating: string;
  good: string;
  better: string;
  agreed: boolean;
}
