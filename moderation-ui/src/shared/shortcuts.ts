/**
 * Single-key shortcuts (j, k, o, /, ?). WCAG 2.2 SC 2.1.4 asks that character-key shortcuts can
 * be turned off: the help dialog does that, and the choice is kept in this browser.
 */
const STORAGE_KEY = 'yyg-staff-shortcuts';

export function shortcutsOn(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) !== 'off';
  } catch {
    return true;
  }
}

export function setShortcutsOn(on: boolean): void {
  try {
    if (on) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, 'off');
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
}

/**
 * True when the key press belongs to what the person is typing or operating: a text field,
 * a select, an editable region, or a key with Ctrl, Alt or Meta. Shortcuts leave those alone.
 */
export function isTypingOrModified(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return true;
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  }
  return false;
}

export const SHORTCUTS: { keys: string[]; what: string }[] = [
  { keys: ['/'], what: 'Go to the search box' },
  { keys: ['j'], what: 'Next feedback item' },
  { keys: ['k'], what: 'Previous feedback item' },
  { keys: ['o', 'Enter'], what: 'Open the item you are on' },
  { keys: ['?'], what: 'Show these shortcuts' },
  { keys: ['Esc'], what: 'Close this list' },
];
