/**
 * The NHS Friends and Family Test (FFT) question and its six answers, in NHS England's wording.
 * The machine values travel in the API; the labels are what patients see in English.
 */
export const FFT_QUESTION = 'Overall, how was your experience of our service?';

export const FFT_RATINGS = ['very-good', 'good', 'neither', 'poor', 'very-poor', 'dont-know'] as const;

export type FftRating = (typeof FFT_RATINGS)[number];

export const FFT_LABELS: Record<FftRating, string> = {
  'very-good': 'Very good',
  good: 'Good',
  neither: 'Neither good nor poor',
  poor: 'Poor',
  'very-poor': 'Very poor',
  'dont-know': "Don't know",
};

/**
 * The FFT score as NHS England reports it: the share of answers that were "Very good" or "Good",
 * leaving out "Don't know". A whole percentage, or null when there is no answer to score.
 */
export function fftScore(counts: Record<FftRating, number>): number | null {
  const scored = FFT_RATINGS.filter((rating) => rating !== 'dont-know').reduce((sum, r) => sum + counts[r], 0);
  if (scored === 0) return null;
  return Math.round((100 * (counts['very-good'] + counts.good)) / scored);
}
