import type { Practice } from '../domain/practice.js';
import type { ListPracticesQuery, PracticeChange } from '../ports/store.js';
import { toAssignment } from './record-mapping.js';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The filter for `Store.listPractices`, in the query language nedb and MongoDB share (`$in`,
 * `$gt`, `$or`, regular expressions, a dotted path matching any element of an array), so both
 * adapters find exactly the same practices.
 */
export function practiceFilter({ codes, q, area, after }: ListPracticesQuery): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  if (codes || after) {
    filter.code = { ...(codes ? { $in: codes } : {}), ...(after ? { $gt: after } : {}) };
  }
  const words = q?.trim();
  if (words) {
    const compact = words.replace(/\s+/g, '');
    filter.$or = [
      { name: new RegExp(escape(words), 'i') },
      { code: new RegExp(`^${escape(compact)}`, 'i') },
      // Each character may be followed by a space, so "le80lg" and "LE8 0LG" both match.
      { postcode: new RegExp(`^${[...compact].map(escape).join('\\s*')}`, 'i') },
    ];
  }
  if (area) filter[`assignments.${area.kind}Code`] = area.code;
  return filter;
}

/**
 * The `$set` for a `PracticeChange`: known fields only, copied field by field as `toPractice`
 * does, so nothing that is not part of a practice reaches the disk.
 */
export function practiceSet({ set }: PracticeChange): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const copy = <K extends keyof Omit<Practice, 'code'>>(key: K, map: (value: Practice[K]) => unknown) => {
    if (set[key] !== undefined) out[key] = map(set[key] as Practice[K]);
  };
  copy('name', String);
  copy('postcode', String);
  copy('commissioner', String);
  copy('status', (status) => status);
  copy('openedOn', (date) => date ?? null);
  copy('closedOn', (date) => date ?? null);
  copy('address', (lines) => [...lines]);
  copy('phone', (phone) => phone ?? null);
  copy('assignments', (list) => list.map(toAssignment));
  copy('allowedOrigins', (origins) => [...origins]);
  copy('questions', ({ good, better }) => ({ good: good ?? null, better: better ?? null }));
  copy('aboutYouEnabled', Boolean);
  copy('complaintsUrl', (url) => url ?? null);
  copy('contacts', (contacts) => contacts.map(({ name, email }) => ({ name, email })));
  copy('emailIncludesText', Boolean);
  copy('languages', (languages) => [...languages]);
  return out;
}
