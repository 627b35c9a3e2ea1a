import type { StaffRole, StaffUser } from './roles.js';

/**
 * Everything staff can do, one name per capability. Routes ask `can(user, action, practiceCode)`
 * and never look at roles themselves, so this table is the whole authorisation policy and the
 * authorisation matrix test reads it.
 */
export const STAFF_ACTIONS = [
  /** See a practice's feedback list, items, search and counts (redacted text). */
  'feedback:read',
  /** See the patient's own words before redaction, and contact details they consented to give. */
  'feedback:read-original',
  /** Change moderation state, redact spans, publish or not. */
  'feedback:moderate',
  /** Public replies, private notes, and "you said, we did" actions. */
  'feedback:respond',
  /** Export the filtered list as CSV. */
  'feedback:export',
  /** Daily roll-ups (counts, FFT, sentiment, themes) of one practice. */
  'rollups:read',
  /** Area summaries (PCN, ICB) with no comment text: councillors and everyone above. */
  'area:read',
  /** Practice settings: contacts, websites, questions, languages. */
  'practice:settings',
  /** Issue kiosk and helper access codes. */
  'practice:access-codes',
  /** The practice directory: import epraccur, PCN and ICB assignment. */
  'directory:manage',
  /** Invite, change and disable staff. */
  'users:manage',
  /** The audit log (all of it for administrators; one practice's for its manager). */
  'audit:read',
] as const;
export type StaffAction = (typeof STAFF_ACTIONS)[number];

/** Actions that apply to one practice at a time (the rest are ICB-wide). */
export const PRACTICE_ACTIONS: readonly StaffAction[] = [
  'feedback:read',
  'feedback:read-original',
  'feedback:moderate',
  'feedback:respond',
  'feedback:export',
  'rollups:read',
  'practice:settings',
  'practice:access-codes',
  'audit:read',
];

const POLICY: Record<StaffRole, readonly StaffAction[]> = {
  'icb-admin': [
    'feedback:read',
    'feedback:moderate',
    'feedback:export',
    'rollups:read',
    'area:read',
    'practice:settings',
    'practice:access-codes',
    'directory:manage',
    'users:manage',
    'audit:read',
  ],
  moderator: ['feedback:read', 'feedback:moderate', 'rollups:read', 'area:read'],
  'practice-manager': [
    'feedback:read',
    'feedback:read-original',
    'feedback:moderate',
    'feedback:respond',
    'feedback:export',
    'rollups:read',
    'area:read',
    'practice:settings',
    'practice:access-codes',
    'audit:read',
  ],
  analyst: ['feedback:read', 'feedback:export', 'rollups:read', 'area:read'],
  councillor: ['area:read'],
};

/** True when the role's reach is every practice (ICB-wide) for this user. */
export function seesEveryPractice(user: Pick<StaffUser, 'role' | 'practiceCodes'>): boolean {
  if (user.role === 'icb-admin' || user.role === 'analyst' || user.role === 'councillor') return true;
  return user.practiceCodes.includes('*');
}

/** The role allows this action somewhere (the menu and the UI ask this). */
export function roleAllows(role: StaffRole, action: StaffAction): boolean {
  return POLICY[role].includes(action);
}

/**
 * May this user do this action, for this practice (ODS code) when the action is per practice?
 * A practice-scoped user reaches only the practices on their account.
 */
export function can(
  user: Pick<StaffUser, 'role' | 'practiceCodes' | 'status'>,
  action: StaffAction,
  practiceCode?: string,
): boolean {
  if (user.status !== 'active' || !roleAllows(user.role, action)) return false;
  if (!PRACTICE_ACTIONS.includes(action)) return true;
  if (practiceCode === undefined) return false;
  return seesEveryPractice(user) || user.practiceCodes.includes(practiceCode.toUpperCase());
}

/**
 * The practices this user may do `action` for: `'*'` for all, else a list (possibly empty).
 * Searches and exports narrow their query to this, so a widened filter can never reach further.
 */
export function practicesFor(
  user: Pick<StaffUser, 'role' | 'practiceCodes' | 'status'>,
  action: StaffAction,
): '*' | string[] {
  if (user.status !== 'active' || !roleAllows(user.role, action)) return [];
  return seesEveryPractice(user) ? '*' : user.practiceCodes.filter((code) => code !== '*');
}
