import type { Strings } from './en.js';
import type { LanguageCode } from './languages.js';

// Literal import() calls, one per file, so the bundler makes one chunk per language.
const LOADERS: Record<Exclude<LanguageCode, 'en'>, () => Promise<{ default: Strings }>> = {
  ar: () => import('./ar.js'),
  bn: () => import('./bn.js'),
  es: () => import('./es.js'),
  gu: () => import('./gu.js'),
  lt: () => import('./lt.js'),
  pa: () => import('./pa.js'),
  pl: () => import('./pl.js'),
  pt: () => import('./pt.js'),
  ro: () => import('./ro.js'),
  so: () => import('./so.js'),
  ur: () => import('./ur.js'),
};

/** The strings of a language other than English, from its chunk. */
export async function loadStrings(code: Exclude<LanguageCode, 'en'>): Promise<Strings> {
  return (await LOADERS[code]()).default;
}
