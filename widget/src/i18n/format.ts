/** Fill `{name}`-style slots in a translated string; unknown slots are left as they are. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (slot, key: string) => values[key] ?? slot);
}

/** Plural forms of one message, keyed by `Intl.PluralRules` category; `other` is required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Pick the plural form for `count` in `lang` and fill `{count}` with the localised number. */
export function plural(forms: PluralForms, count: number, lang: string): string {
  const text = forms[new Intl.PluralRules(lang).select(count)] ?? forms.other;
  return fill(text, { count: new Intl.NumberFormat(lang).format(count) });
}
