import { setPracticeSettings } from './backend.js';

/**
 * A practice with every optional part switched on. Each test file that uses it sets it up first
 * (the same settings every time), before any widget asks for them: the API lets browsers cache a
 * practice's settings for five minutes.
 */
export const CUSTOM = 'C82002';

export function setUpCustomPractice(): Promise<void> {
  return setPracticeSettings(CUSTOM, {
    questions: { good: 'What did our reception team do well?', better: null },
    aboutYouEnabled: true,
    complaintsUrl: 'https://example.org/complaints',
  });
}
