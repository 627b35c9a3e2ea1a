/** Practices are in England: dates and times on staff pages are UK local time. */
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/London',
});
const TIME = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone: 'Europe/London' });

export function ukDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso) : DATE_TIME.format(date);
}

/** "in 15 minutes, at 14:32": when a locked account may try again. */
export function retryWhen(seconds: number, now = new Date()): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  const at = TIME.format(new Date(now.getTime() + seconds * 1000));
  return `in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}, at ${at}`;
}

export function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}
