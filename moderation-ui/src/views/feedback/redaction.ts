import { applyRedactions } from '../../../../backend/src/domain/staff/moderation.js';
import type { RedactionSpan } from '../../api/staff-types.js';

export { applyRedactions };

/**
 * Add a span to the list, merging it with any it overlaps or touches in the same comment, so the
 * list stays short and each entry is one visible removal.
 */
export function addSpan(spans: readonly RedactionSpan[], span: RedactionSpan): RedactionSpan[] {
  const same = spans.filter((s) => s.comment === span.comment);
  const others = spans.filter((s) => s.comment !== span.comment);
  let merged = { ...span };
  const keep: RedactionSpan[] = [];
  for (const s of same) {
    if (s.start <= merged.end && merged.start <= s.end) {
      merged = { comment: span.comment, start: Math.min(s.start, merged.start), end: Math.max(s.end, merged.end) };
    } else keep.push(s);
  }
  return [...others, ...keep, merged].sort((a, b) => a.comment - b.comment || a.start - b.start);
}

/** The span a textarea's selection covers, trimmed of surrounding spaces; null when nothing is selected. */
export function selectionSpan(comment: number, text: string, start: number, end: number): RedactionSpan | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  return from < to ? { comment, start: from, end: to } : null;
}

/** Every place the words appear in the text (case-insensitive), as spans. */
export function findSpans(comment: number, text: string, words: string): RedactionSpan[] {
  const needle = words.trim().toLocaleLowerCase('en-GB');
  if (!needle) return [];
  const hay = text.toLocaleLowerCase('en-GB');
  // Lower-casing can change length for a few scripts; then only an exact-case match is safe.
  const sameLength = hay.length === text.length;
  const source = sameLength ? hay : text;
  const target = sameLength ? needle : words.trim();
  const spans: RedactionSpan[] = [];
  for (let at = source.indexOf(target); at !== -1; at = source.indexOf(target, at + target.length)) {
    spans.push({ comment, start: at, end: at + target.length });
  }
  return spans;
}

/** The text of one span, for listing what will be removed. */
export function spanText(texts: readonly (string | null)[], span: RedactionSpan): string {
  return (texts[span.comment] ?? '').slice(span.start, span.end);
}
