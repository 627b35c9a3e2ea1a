import { RATINGS } from './assisted-entry.fields.js';

/** The answer a number key 1 to 6 chooses in the answers, or null for any other key. */
export function ratingForKey(event: KeyboardEvent): string | null {
  const n = Number(event.key);
  if (!Number.isInteger(n) || n < 1 || n > RATINGS.length || event.ctrlKey || event.altKey || event.metaKey)
    return null;
  return RATINGS[n - 1]![0];
}

/** Enter on the confirmation checkbox, or Ctrl/Cmd + Enter anywhere in the form, saves. */
export function isSaveKey(event: KeyboardEvent): boolean {
  if (event.key !== 'Enter') return false;
  const target = event.composedPath()[0] as HTMLElement;
  return event.ctrlKey || event.metaKey || target.id === 'agreed';
}
