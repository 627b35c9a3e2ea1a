/**
 * Calendar days and hours in England. Practices, digests and roll-ups count by the local day,
 * whatever the server's time zone: feedback left at 00:30 BST on 1 June belongs to 1 June, not to
 * 31 May as its UTC timestamp would say.
 */
const ZONE = 'Europe/London';

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function wallClock(instant: Date): { date: string; hour: number; utcOfWall: number } {
  const part: Record<string, string> = {};
  for (const { type, value } of PARTS.formatToParts(instant)) part[type] = value;
  const date = `${part.year}-${part.month}-${part.day}`;
  const hour = Number(part.hour);
  const utcOfWall = Date.UTC(
    Number(part.year),
    Number(part.month) - 1,
    Number(part.day),
    hour,
    Number(part.minute),
    Number(part.second),
  );
  return { date, hour, utcOfWall };
}

/** `YYYY-MM-DD` of the instant in England. */
export function londonDate(instant: Date): string {
  return wallClock(instant).date;
}

/** The hour (0–23) of the instant in England. */
export function londonHour(instant: Date): number {
  return wallClock(instant).hour;
}

/** True for a real calendar date written `YYYY-MM-DD` (so 2026-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Midnight at the start of `date` in England, as an instant. The clocks change at 01:00 UTC, so
 * the offset at 00:00 UTC of the same date is the offset at local midnight.
 */
export function londonMidnight(date: string): Date {
  if (!isCalendarDate(date)) throw new Error(`not a calendar date: ${date}`);
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  const offset = wallClock(new Date(utcMidnight)).utcOfWall - utcMidnight;
  return new Date(utcMidnight - offset);
}

/** The calendar date after `date`. */
export function nextDate(date: string): string {
  const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000);
  return next.toISOString().slice(0, 10);
}

/** The instants `[from, to)` of one day in England: 23, 24 or 25 hours long. */
export function londonDay(date: string): { from: Date; to: Date } {
  return { from: londonMidnight(date), to: londonMidnight(nextDate(date)) };
}

/** Whole days from `from` to `to` (dates), e.g. 0 for the same day. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
