/** The most copies of the paper form one page prints: a day's forms for a busy waiting room. */
export const MAX_COPIES = 50;

export type PaperSize = 'a4' | 'a3';

/** The query of a printable, checked: what to print, or what to change about the address. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: string[] };

type Query = Record<string, string | string[] | undefined>;

/** One value of a parameter; a parameter given twice is a problem rather than a guess. */
function single(query: Query, name: string, problems: string[]): string | undefined {
  const value = query[name];
  if (Array.isArray(value)) {
    problems.push(`Give ${name} once only.`);
    return undefined;
  }
  return value;
}

/** `?copies=N` (1 to 50, default 1) and `?large=1` (large print; `0` or absent for standard). */
export function parseFormQuery(query: Query): Checked<{ copies: number; large: boolean }> {
  const problems: string[] = [];
  const copiesText = single(query, 'copies', problems);
  const largeText = single(query, 'large', problems);
  const copies = copiesText === undefined || copiesText === '' ? 1 : Number(copiesText);
  if (!/^\d*$/.test(copiesText ?? '') || !Number.isInteger(copies) || copies < 1 || copies > MAX_COPIES) {
    problems.push(`Copies must be a whole number from 1 to ${MAX_COPIES}.`);
  }
  if (largeText !== undefined && largeText !== '0' && largeText !== '1') {
    problems.push('Large print is large=1, or leave it out for standard print.');
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { copies, large: largeText === '1' } };
}

/** `?size=a3` for an A3 poster; A4 when absent. */
export function parsePosterQuery(query: Query): Checked<{ size: PaperSize }> {
  const problems: string[] = [];
  const size = (single(query, 'size', problems) ?? 'a4').toLowerCase();
  if (size !== 'a4' && size !== 'a3') problems.push('The poster size is a4 or a3.');
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { size: size as PaperSize } };
}
