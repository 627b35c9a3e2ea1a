import { z } from 'zod';
import { EMAIL_MAX, isEmailAddress } from '../../domain/email-address.js';
import { ODS_CODE } from '../../domain/practice.js';
import { STAFF_ROLES } from '../../domain/staff/roles.js';

/** Bodies of the user-management routes: shapes only; the role/practice rules are in `staff-users.ts`. */

const EXAMPLE_EMAIL = 'name@practice.nhs.uk';

const email = z
  .string({ error: `must be an email address, e.g. ${EXAMPLE_EMAIL}` })
  .trim()
  .max(EMAIL_MAX, { error: `must be at most ${EMAIL_MAX} characters` })
  .refine(isEmailAddress, { error: `must be one email address, e.g. ${EXAMPLE_EMAIL}` })
  .transform((value) => value.toLowerCase());

const name = z
  .string({ error: 'must be the person’s name' })
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(100, { error: 'must be at most 100 characters' })
  .refine((value) => !/[\r\n<>]/.test(value), { error: 'must not contain line breaks or < >' });

const role = z.enum(STAFF_ROLES, { error: `must be one of: ${STAFF_ROLES.join(', ')}` });

const practiceCodes = z
  .array(
    z
      .string({ error: 'must be a practice code' })
      .trim()
      .transform((code) => code.toUpperCase())
      .refine((code) => code === '*' || ODS_CODE.test(code), {
        error: 'must be an ODS practice code like C82001 (or "*" alone for every practice)',
      }),
    { error: 'must be a list of practice codes, e.g. ["C82001"]' },
  )
  .max(500, { error: 'must list at most 500 practices' });

export const CREATE_FIELDS = ['email', 'name', 'role', 'practiceCodes'];
export const createUserBody = z.strictObject({ email, name, role, practiceCodes: practiceCodes.default([]) });

export const UPDATE_FIELDS = ['name', 'role', 'practiceCodes', 'status'];
export const updateUserBody = z.strictObject({
  name: name.optional(),
  role: role.optional(),
  practiceCodes: practiceCodes.optional(),
  status: z.enum(['active', 'disabled'], { error: 'must be active or disabled' }).optional(),
});
