import { z } from 'zod';
import { EMAIL_MAX } from '../../domain/email-address.js';
import { PASSWORD_MAX } from '../../domain/staff/password.js';

/**
 * Bodies of the sign-in routes. Only shapes and sizes here: the password rules are checked on
 * a new password (`checkNewPassword`), never on a sign-in, where any wrong password is just wrong.
 */

/** Room for a long passphrase, with a ceiling so nobody makes us hash a megabyte. */
const password = z
  .string({ error: 'must be your password, as text' })
  .min(1, { error: 'must not be empty' })
  .max(PASSWORD_MAX * 4, { error: `must be at most ${PASSWORD_MAX} characters` });

const token = z
  .string({ error: 'must be the code from your invitation link' })
  .trim()
  .regex(/^[A-Za-z0-9_-]{43}$/, { error: 'is not an invitation code: copy the whole link from your email' });

export const signInBody = z.strictObject({
  email: z
    .string({ error: 'must be your email address' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(EMAIL_MAX, { error: `must be at most ${EMAIL_MAX} characters` })
    .transform((email) => email.toLowerCase()),
  password,
});

export const invitationCheckBody = z.strictObject({ token });

/** The new password is checked against the rules by the route, which knows the account's email. */
export const invitationAcceptBody = z.strictObject({
  token,
  password: z.string({ error: 'must be the password you choose, as text' }),
});
