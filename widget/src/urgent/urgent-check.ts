import { URGENT_TERMS } from './urgent-terms.js';

/** Lower case, accents off, one kind of apostrophe, single spaces: how text and terms are compared. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Every language's terms at once: patients often write in a language other than the page's.
const URGENT = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])(?:${Object.values(URGENT_TERMS)
    .flat()
    .map((term) => escape(fold(term)))
    .join('|')})`,
  'u',
);

/** True when `text` contains a word or phrase suggesting the writer needs urgent help. */
export function looksUrgent(text: string): boolean {
  return URGENT.test(fold(text));
}
