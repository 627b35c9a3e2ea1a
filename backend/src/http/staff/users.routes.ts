import Router from '@koa/router';
import type { Context, Middleware } from 'koa';
import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors.js';
import { sendInvitation } from '../../domain/staff/invitation.js';
import { publicUser, type StaffRole, type StaffUser } from '../../domain/staff/roles.js';
import { changeEndsSessions, newStaffUser, scopeFor, scopeProblems } from '../../domain/staff/staff-users.js';
import { jsonBody } from '../json-body.middleware.js';
import { recordAudit } from './audit-trail.js';
import { staffNow } from './live-session.js';
import { parseBody } from './parse-body.js';
import type { StaffDeps } from './staff-deps.js';
import { requireCan } from './staff-state.js';
import { userView } from './user-view.js';
import { CREATE_FIELDS, createUserBody, UPDATE_FIELDS, updateUserBody } from './users.schema.js';

type Field = { field: string; problem: string };

/**
 * Invite, list, change and disable staff, under `/api/v1/staff/users` (behind the session gate),
 * for ICB administrators (`users:manage`). Every change is audited with the user before and
 * after, never the password hash.
 */
export function usersRoutes(deps: StaffDeps): Router {
  const router = new Router({ prefix: '/api/v1/staff' });
  const json = jsonBody({ limit: '16kb' });
  // Before the body is read: someone who may not manage users learns nothing from a 422.
  const manageUsers: Middleware = async (ctx, next) => {
    requireCan(ctx, 'users:manage');
    await next();
  };

  /** Problems with a role and its practices, including practices we do not know. */
  async function scopeFieldProblems(role: StaffRole, codes: string[]): Promise<Field[]> {
    const problems = scopeProblems(role, codes);
    if (problems.length > 0) return problems;
    const unknown: Field[] = [];
    for (const [index, code] of codes.entries()) {
      if (code !== '*' && !(await deps.store.getPractice(code))) {
        unknown.push({
          field: `practiceCodes.${index}`,
          problem: `${code} is not a practice we know: check the ODS code`,
        });
      }
    }
    return unknown;
  }

  /** Where links in email point: `PUBLIC_URL`, else the address this request came to (Koa 3's `ctx.origin` is the Origin header). */
  const baseUrl = (ctx: Context) => deps.publicUrl ?? `${ctx.protocol}://${ctx.host}`;

  router.get('/users', manageUsers, async (ctx) => {
    const users = await deps.accounts.listUsers();
    ctx.body = { items: users.map(userView) };
  });

  router.post('/users', manageUsers, json, async (ctx) => {
    const admin = requireCan(ctx, 'users:manage');
    const body = parseBody(createUserBody, ctx.request.body, CREATE_FIELDS);
    const problems = await scopeFieldProblems(body.role, body.practiceCodes);
    if (problems.length > 0) throw fieldsError(problems);
    if (await deps.accounts.findUserByEmail(body.email)) {
      throw new ConflictError('There is already a user with this email address: change that user instead');
    }
    const now = staffNow(deps);
    const user = newStaffUser(body, now);
    await deps.accounts.createUser(user);
    const { invitation } = await sendInvitation(deps, user, admin.id, baseUrl(ctx), now);
    await recordAudit(
      ctx,
      deps.audit,
      {
        action: 'user.invite',
        targetType: 'staff-user',
        targetId: user.id,
        practiceCode: null,
        after: { ...publicUser(user), invitationExpiresAt: invitation.expiresAt },
      },
      now,
    );
    ctx.status = 201;
    ctx.body = { user: userView(user) };
  });

  router.patch('/users/:id', manageUsers, json, async (ctx) => {
    const admin = requireCan(ctx, 'users:manage');
    const change = parseBody(updateUserBody, ctx.request.body, UPDATE_FIELDS);
    if (UPDATE_FIELDS.every((key) => change[key as keyof typeof change] === undefined)) {
      throw fieldsError([{ field: '(body)', problem: `must contain at least one of ${UPDATE_FIELDS.join(', ')}` }]);
    }
    const before = await deps.accounts.getUser(ctx.params.id);
    if (!before) throw new NotFoundError('No such user');
    const role = change.role ?? before.role;
    // A new role that leaves practices unsaid starts with none (and is asked for them when it
    // needs some), rather than silently keeping the old role's.
    const codes = change.practiceCodes ?? (role !== before.role ? [] : before.practiceCodes);
    const problems = await scopeFieldProblems(role, codes);
    if (problems.length > 0) throw fieldsError(problems);
    const now = staffNow(deps);
    const after: StaffUser = {
      ...before,
      name: change.name ?? before.name,
      role,
      practiceCodes: scopeFor(role, codes),
      status: nextStatus(before, change.status),
      updatedAt: now,
    };
    // Not themselves: the administrator doing it stays able to manage users, so there is always one.
    if (admin.id === before.id && (after.role !== before.role || after.status !== before.status)) {
      throw new ConflictError('You cannot disable yourself or change your own role: ask another ICB administrator');
    }
    await deps.accounts.updateUser(after);
    const endedSessions = changeEndsSessions(before, after) ? await deps.accounts.deleteSessionsOfUser(after.id) : 0;
    await recordAudit(
      ctx,
      deps.audit,
      {
        action: after.status === 'disabled' && before.status !== 'disabled' ? 'user.disable' : 'user.update',
        targetType: 'staff-user',
        targetId: after.id,
        practiceCode: null,
        before: publicUser(before),
        after: { ...publicUser(after), endedSessions },
      },
      now,
    );
    ctx.body = { user: userView(after) };
  });

  router.post('/users/:id/invitation', manageUsers, async (ctx) => {
    const admin = requireCan(ctx, 'users:manage');
    const user = await deps.accounts.getUser(ctx.params.id);
    if (!user) throw new NotFoundError('No such user');
    if (user.status === 'disabled') {
      throw new ConflictError('This account is disabled: set its status to active before sending an invitation');
    }
    const now = staffNow(deps);
    const { invitation } = await sendInvitation(deps, user, admin.id, baseUrl(ctx), now);
    await recordAudit(
      ctx,
      deps.audit,
      {
        action: 'user.invite-again',
        targetType: 'staff-user',
        targetId: user.id,
        practiceCode: null,
        before: { status: user.status },
        after: { invitationExpiresAt: invitation.expiresAt },
      },
      now,
    );
    ctx.status = 201;
    ctx.body = { user: userView(user), invitationExpiresAt: invitation.expiresAt };
  });

  return router;
}

/**
 * `active` for someone who never chose a password puts them back to `invited` (send them a new
 * invitation); otherwise the status asked for, or the one they had.
 */
function nextStatus(user: StaffUser, asked: 'active' | 'disabled' | undefined): StaffUser['status'] {
  if (asked === 'disabled') return 'disabled';
  if (asked === 'active') return user.passwordHash ? 'active' : 'invited';
  return user.status;
}

function fieldsError(fields: Field[]): ValidationError {
  return new ValidationError(`Please fix: ${fields.map((f) => `${f.field} ${f.problem}`).join('; ')}`, fields);
}
