import { roleAllows, STAFF_ACTIONS, type StaffAction } from '../../domain/staff/permissions.js';
import { publicUser, type PublicStaffUser, type StaffUser } from '../../domain/staff/roles.js';

/** A user as the staff API shows them: no password hash or lock-out counters, plus what the role may do. */
export type StaffUserView = PublicStaffUser & { permissions: StaffAction[] };

/**
 * `permissions` lets the staff app hide what the user cannot do; the server still checks every
 * request (`requireCan`), so this list is a convenience, never the policy.
 */
export function userView(user: StaffUser): StaffUserView {
  return { ...publicUser(user), permissions: STAFF_ACTIONS.filter((action) => roleAllows(user.role, action)) };
}
