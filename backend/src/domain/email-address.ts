/**
 * A bare address, `local@domain`: no display name, no spaces, no line breaks. Shared by the
 * mailers, the practice settings and the configuration, so an address accepted in one place is
 * never refused by another (and a line break can never smuggle in a header).
 */
const ADDRESS =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/;

/** The longest address SMTP carries (RFC 5321's path limit less the angle brackets). */
export const EMAIL_MAX = 254;

export function isEmailAddress(value: string): boolean {
  return value.length <= EMAIL_MAX && ADDRESS.test(value);
}
