import type { InboxFilters } from '../../api/staff-types.js';

/** The list filters, in the order the filter panel shows them. */
export const LIST_FIELDS = ['status', 'rating', 'flag', 'sentiment', 'theme', 'channel', 'language'] as const;
export type ListField = (typeof LIST_FIELDS)[number];

export const FIELD_TITLES: Record<ListField, string> = {
  status: 'Status',
  rating: 'FFT rating',
  flag: 'Flags',
  sentiment: 'Sentiment',
  theme: 'Theme',
  channel: 'Channel',
  language: 'Language',
};

export function emptyFilters(): InboxFilters {
  return {
    q: '',
    practice: [],
    from: '',
    to: '',
    rating: [],
    sentiment: [],
    theme: [],
    flag: [],
    channel: [],
    language: [],
    status: [],
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Filters from the route's query (`q=rude&rating=poor&rating=very-poor`); unknown keys are ignored. */
export function parseFilters(query: string): InboxFilters {
  const params = new URLSearchParams(query);
  const filters = emptyFilters();
  filters.q = (params.get('q') ?? '').slice(0, 200);
  filters.from = DATE.test(params.get('from') ?? '') ? params.get('from')! : '';
  filters.to = DATE.test(params.get('to') ?? '') ? params.get('to')! : '';
  filters.practice = [
    ...new Set(
      params
        .getAll('practice')
        .map((c) => c.trim().toUpperCase())
        .filter(Boolean),
    ),
  ];
  for (const field of LIST_FIELDS) filters[field] = [...new Set(params.getAll(field).filter(Boolean))];
  return filters;
}

/** The query for the route and for bookmarks: the same filters always give the same text. */
export function serialiseFilters(filters: InboxFilters): string {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  for (const code of filters.practice) params.append('practice', code);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  for (const field of LIST_FIELDS) for (const value of [...filters[field]].sort()) params.append(field, value);
  return params.toString();
}

/** How many filters are on (search text not counted). */
export function activeFilterCount(filters: InboxFilters): number {
  return (
    LIST_FIELDS.reduce((sum, field) => sum + filters[field].length, 0) +
    (filters.from ? 1 : 0) +
    (filters.to ? 1 : 0) +
    filters.practice.length
  );
}
