/**
 * The structured personal details redacted before display, as patterns. Each is written for how
 * patients type them (spaces, dashes, brackets, lower case) and checked by `redact.ts` where a
 * pattern alone cannot decide (the NHS number check digit, a phone number's length).
 */

/** Addresses with a dot in the domain. */
export const EMAIL = /[a-z0-9._%+'-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;

/**
 * Ten digits written 3-3-4 with one kind of separator (space or dash) or none: the NHS number
 * layout. Other groupings of ten digits ("0116 279 330") are phone layouts.
 */
export const NHS_NUMBER_CANDIDATE = /(?<![\d+])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![\d])/g;

/**
 * UK numbers: 0 or +44 / 0044 then digits, grouped by spaces, dashes or brackets, with "(0)" after
 * +44 allowed. Colons, slashes and dots are not separators, so times ("08:30"), dates and money
 * never match. `redact.ts` then needs 10 or 11 national digits starting 01, 02, 03, 05, 07, 08 or 09.
 */
export const PHONE_CANDIDATE =
  /(?<![\w+])(?:(?:\+|00)44[\s-]*(?:\(0\)[\s-]*)?|\(?0)\d(?:[\s-]*\(?\)?[\s-]*\d){8,10}(?![\d])/g;

/**
 * Full UK postcodes (outward and inward part), any case, with or without the space. The letter
 * sets follow Royal Mail's rules, so "at 2 5pm" and "A1" alone do not match.
 */
export const POSTCODE = /\b(?:gir ?0aa|[a-pr-uwyz][a-hk-y]?\d[a-hjkmnp-y\d]? ?\d[abd-hjlnp-uw-z]{2})\b/gi;

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/** Full dates with a year: 12/03/1985, 12-3-85, 12.03.1985, 12th March 1985, 12 of March 1985, March 12, 1985. */
export const FULL_DATE = new RegExp(
  [
    '\\b(?:0?[1-9]|[12]\\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:\\d{4}|\\d{2})\\b',
    `\\b(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?: of)? ${MONTH}\\.?,? (?:\\d{4}|'\\d{2})\\b`,
    `\\b${MONTH}\\.? (?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?,? \\d{4}\\b`,
  ].join('|'),
  'gi',
);

/**
 * Words saying a date is a birth date. A full date counts as a date of birth when one of these is
 * within BIRTH_CUE_REACH characters before it, or just after ("12/03/1985 (DOB)"). Other dates
 * (appointments, letters) are left: the moderator sees them, and they help to follow a complaint.
 */
export const BIRTH_CUE = /\b(?:born|dob|d\.o\.b\.?|date of birth|birth ?date|birthday|b'?day|bday)(?![a-z])/i;
export const BIRTH_CUE_REACH = 40;
