import { z } from 'zod';
import { ACCESS_KINDS, HELPER_ROLES, MAX_HOURS, type AccessKind, type HelperRole } from '../domain/access-code.js';
import { ValidationError } from '../domain/errors.js';

const body = z
  .object({
    kind: z.enum(ACCESS_KINDS, { error: `must be one of ${ACCESS_KINDS.join(', ')}` }),
    role: z.enum(HELPER_ROLES, { error: `must be one of ${HELPER_ROLES.join(', ')}` }).nullish(),
    label: z
      .string({ error: 'must be text, e.g. "Library hub, Tuesdays"' })
      .trim()
      .min(1, { error: 'must say where or by whom the code is used' })
      .max(80, { error: 'must be at most 80 characters' }),
    hours: z
      .number({ error: 'must be a number of hours' })
      .int({ error: 'must be a whole number of hours' })
      .positive()
      .optional(),
  })
  .refine((b) => b.kind !== 'helper' || b.role, { error: 'is required for a helper code', path: ['role'] })
  .refine((b) => b.hours === undefined || b.hours <= MAX_HOURS[b.kind], {
    error: `must be at most ${MAX_HOURS.helper} for a helper code and ${MAX_HOURS.kiosk} for a kiosk`,
    path: ['hours'],
  });

/** Default lives: a helper's working day; a kiosk's half a year. */
const DEFAULT_HOURS: Record<AccessKind, number> = { helper: 12, kiosk: 183 * 24 };

/** Check a request to issue an access code; a `ValidationError` names each field to fix. */
export function parseAccessCodeBody(input: unknown): {
  kind: AccessKind;
  role: HelperRole | null;
  label: string;
  hours: number;
} {
  const result = body.safeParse(input ?? {});
  if (!result.success) {
    const fields = result.error.issues.map((i) => ({ field: i.path.join('.') || '(body)', problem: i.message }));
    throw new ValidationError(`Please fix: ${fields.map((f) => `${f.field} ${f.problem}`).join('; ')}`, fields);
  }
  const { kind, role, label, hours } = result.data;
  return { kind, role: kind === 'helper' ? (role ?? null) : null, label, hours: hours ?? DEFAULT_HOURS[kind] };
}
