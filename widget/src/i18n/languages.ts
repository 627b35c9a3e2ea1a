import { en, type Strings } from './en.js';

/**
 * The languages the widget speaks, each named in itself, as the picker lists them. English is
 * bundled; every other language is a separate chunk, fetched only when a patient needs it.
 */
export const LANGUAGES = {
  en: 'English',
  ar: 'العربية',
  bn: 'বাংলা',
  es: 'Español',
  gu: 'ગુજરાતી',
  lt: 'Lietuvių',
  pa: 'ਪੰਜਾਬੀ',
  pl: 'Polski',
  pt: 'Português',
  ro: 'Română',
  so: 'Soomaali',
  ur: 'اردو',
} as const;

export type LanguageCode = keyof typeof LANGUAGES;

/**
 * The languages the picker lists: those the practice offers (every one when its settings say
 * nothing or could not be fetched), always with the one on screen, which the page or the patient
 * may have chosen before the settings arrived.
 */
export function offeredLanguages(offered: readonly string[] | undefined, current: LanguageCode): LanguageCode[] {
  const all = Object.keys(LANGUAGES) as LanguageCode[];
  return offered?.length ? all.filter((code) => code === current || offered.includes(code)) : all;
}

/** The supported language for a BCP 47 tag (`pl-PL` → `pl`), or undefined when there is none. */
export function matchLanguage(tag: string | null | undefined): LanguageCode | undefined {
  const primary = tag?.toLowerCase().split('-')[0];
  return primary && Object.hasOwn(LANGUAGES, primary) ? (primary as LanguageCode) : undefined;
}

/**
 * All the strings of a language: English from the bundle plus its later part; any other from its
 * chunk, through the table of language chunks, itself a chunk (load-strings.ts) fetched only when a
 * language other than English is needed.
 */
export async function loadStrings(code: LanguageCode): Promise<Strings> {
  if (code === 'en') return { ...en, ...(await import('./en-later.js')).enLater };
  return (await import('./load-strings.js')).loadStrings(code);
}
