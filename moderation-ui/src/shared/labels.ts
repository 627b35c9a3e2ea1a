import { CHANNELS } from '../../../backend/src/domain/feedback.js';
import { FFT_LABELS, FFT_RATINGS } from '../../../backend/src/domain/fft.js';
import { MODERATION_STATUSES, NOT_PUBLISHED_REASON_LABELS } from '../../../backend/src/domain/staff/moderation.js';
import { ROLE_LABELS } from '../../../backend/src/domain/staff/roles.js';
import { FLAG_LABELS, THEME_LABELS } from '../../../backend/src/domain/tag-labels.js';
import { FLAG_KINDS, THEMES } from '../../../backend/src/domain/tags.js';

export { FFT_LABELS, FFT_RATINGS, FLAG_LABELS, THEME_LABELS, ROLE_LABELS, NOT_PUBLISHED_REASON_LABELS };

/** The words staff read for each value, one table per filter; unknown values show as they are. */
export const STATUS_LABELS: Record<(typeof MODERATION_STATUSES)[number], string> = {
  new: 'New',
  'in-review': 'In review',
  published: 'Published',
  'not-published': 'Not published',
  escalated: 'Escalated',
};

export const STATUS_TAG: Record<(typeof MODERATION_STATUSES)[number], string> = {
  new: 'tag--blue',
  'in-review': 'tag--yellow',
  published: 'tag--green',
  'not-published': 'tag--grey',
  escalated: 'tag--red',
};

export const SENTIMENT_FILTER_LABELS: Record<string, string> = {
  positive: 'Positive',
  neutral: 'Neutral',
  negative: 'Negative',
  mixed: 'Mixed',
  none: 'Not scored',
};

export const CHANNEL_LABELS: Record<(typeof CHANNELS)[number], string> = {
  web: 'Website',
  kiosk: 'Waiting-room kiosk',
  paper: 'Paper form',
  telephone: 'Telephone',
  'in-person': 'In person',
  hub: 'Digital inclusion hub',
  other: 'Other',
};

export const FLAG_FILTER_LABELS: Record<string, string> = {
  any: 'Any flag',
  none: 'No flags',
  ...FLAG_LABELS,
};

export const QUESTION_LABELS: Record<string, string> = {
  good: 'What was good',
  better: 'What could be better',
  comment: 'Comment',
};

const LANGUAGES = new Intl.DisplayNames(['en-GB'], { type: 'language' });

/** `pl` → Polish; `und` → Not known. */
export function languageName(code: string): string {
  if (code === 'und') return 'Not known';
  try {
    return LANGUAGES.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Every value a filter can take, in the order shown. Languages come from the counts. */
export const FILTER_VALUES = {
  rating: [...FFT_RATINGS] as string[],
  sentiment: ['positive', 'neutral', 'negative', 'mixed', 'none'],
  theme: [...THEMES] as string[],
  flag: ['any', 'none', ...FLAG_KINDS],
  channel: [...CHANNELS] as string[],
  status: [...MODERATION_STATUSES] as string[],
};

export function labelFor(field: string, value: string): string {
  const tables: Record<string, Record<string, string>> = {
    rating: FFT_LABELS,
    sentiment: SENTIMENT_FILTER_LABELS,
    theme: THEME_LABELS,
    flag: FLAG_FILTER_LABELS,
    channel: CHANNEL_LABELS,
    status: STATUS_LABELS,
  };
  if (field === 'language') return languageName(value);
  return tables[field]?.[value] ?? value;
}

/** Audit actions in words; an action not listed shows as written. */
export const ACTION_LABELS: Record<string, string> = {
  'session.sign-in': 'Signed in',
  'session.sign-out': 'Signed out',
  'session.sign-in-failed': 'Sign-in failed',
  'session.locked': 'Account locked',
  'feedback.moderate': 'Moderated',
  'feedback.reply': 'Public reply',
  'feedback.note': 'Private note',
  'feedback.respond': 'Responded',
  'feedback.read-original': 'Read the original',
  'feedback.export': 'Exported',
  'user.invite': 'Invited a user',
  'user.update': 'Changed a user',
  'user.disable': 'Disabled a user',
  'user.enable': 'Enabled a user',
  'user.accept-invitation': 'Accepted an invitation',
  'practice.settings': 'Changed practice settings',
  'practice.you-said-we-did': 'Added "you said, we did"',
};

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

export function roleLabel(role: string): string {
  return (ROLE_LABELS as Record<string, string>)[role] ?? role;
}
