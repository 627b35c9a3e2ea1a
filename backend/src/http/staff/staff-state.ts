import type { Context } from 'koa';
import { ForbiddenError, NotFoundError } from '../../domain/errors.js';
import { can, type StaffAction } from '../../domain/staff/permissions.js';
import type { StaffSession, StaffUser } from '../../domain/staff/roles.js';

/** What the session middleware puts on `ctx.state` for every signed-in request. */
export interface StaffState {
  user: StaffUser;
  session: StaffSession;
}

export function staffOf(ctx: Context): StaffState {
  const state = ctx.state as Partial<StaffState>;
  if (!state.user || !state.session) ctx.throw(401, 'Sign in first');
  return state as StaffState;
}

/** 403 unless the signed-in user may do `action` (for this practice, when it is per practice). */
export function requireCan(ctx: Context, action: StaffAction, practiceCode?: string): StaffUser {
  const { user } = staffOf(ctx);
  if (!can(user, action, practiceCode)) {
    throw new ForbiddenError(
      practiceCode ? `You may not do ${action} for practice ${practiceCode}` : `You may not do ${action}`,
    );
  }
  return user;
}

/**
 * For one item found by id: answer 404, not 403, when the user may not read its practice, so a
 * guessed id does not even confirm that the item exists.
 */
export function requireVisible(ctx: Context, action: StaffAction, practiceCode: string, what: string): StaffUser {
  const { user } = staffOf(ctx);
  if (!can(user, 'feedback:read', practiceCode)) throw new NotFoundError(`No ${what}`);
  return requireCan(ctx, action, practiceCode);
}
