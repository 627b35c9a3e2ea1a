import type { Mailer } from '../../ports/mailer.js';
import type { StaffAccounts } from '../../ports/staff-accounts.js';
import { UK_TIME } from '../tag-labels.js';
import { ROLE_LABELS, type StaffInvitation, type StaffUser } from './roles.js';
import { randomToken, tokenHash } from './secret-token.js';

/** Long enough to reach someone back from a week's leave; short enough that an old email is dead. */
export const INVITATION_DAYS = 7;

/**
 * The link in the email. The token goes in the fragment (`#/invite/…`), which browsers never
 * send to a server, so it stays out of access logs, proxies and Referer headers.
 */
export function invitationLink(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/staff/#/invite/${token}`;
}

/** A fresh invitation: the token (for the email only) and what is stored (its hash). */
export function newInvitation(
  userId: string,
  invitedBy: string,
  now: Date,
): { token: string; invitation: StaffInvitation } {
  const token = randomToken();
  return {
    token,
    invitation: {
      tokenHash: tokenHash(token),
      userId,
      invitedBy,
      createdAt: now,
      expiresAt: new Date(now.getTime() + INVITATION_DAYS * 24 * 3_600_000),
      usedAt: null,
    },
  };
}

export type InvitationState = 'usable' | 'used' | 'expired';

export function invitationState(invitation: StaffInvitation, now: Date): InvitationState {
  if (invitation.usedAt) return 'used';
  return now.getTime() >= invitation.expiresAt.getTime() ? 'expired' : 'usable';
}

/**
 * The invitation email: who it is for, what the service is, the link and when it stops working.
 * Plain words, and nothing about patients or feedback.
 */
export function invitationEmail(
  user: Pick<StaffUser, 'name' | 'role'>,
  link: string,
  expiresAt: Date,
): { subject: string; text: string } {
  return {
    subject: 'Your invitation to the You and Your GP staff app',
    text: [
      `Hello ${user.name},`,
      '',
      `You have been given an account on the You and Your GP staff app as: ${ROLE_LABELS[user.role]}.`,
      'You and Your GP collects feedback from patients about their GP practice.',
      '',
      'To choose your password and sign in, open this link:',
      link,
      '',
      `The link works once, until ${UK_TIME.format(expiresAt)} (UK time). If it has stopped working, ask your ICB administrator for a new one.`,
      '',
      'If you were not expecting this email, you can ignore it: no account is usable until a password is chosen.',
      'Never forward this email: the link lets whoever opens it set the password.',
    ].join('\n'),
  };
}

/**
 * Store a new invitation for `user` and email them the link. Returns the link too, for the
 * command line (which prints it when there is no mail set up yet). The token itself is only in
 * the email and the returned link, never stored or logged.
 */
export async function sendInvitation(
  deps: { accounts: StaffAccounts; mailer: Mailer },
  user: StaffUser,
  invitedBy: string,
  baseUrl: string,
  now: Date,
): Promise<{ link: string; invitation: StaffInvitation }> {
  const { token, invitation } = newInvitation(user.id, invitedBy, now);
  await deps.accounts.createInvitation(invitation);
  const link = invitationLink(baseUrl, token);
  await deps.mailer.send({ to: [user.email], ...invitationEmail(user, link, invitation.expiresAt) });
  return { link, invitation };
}
