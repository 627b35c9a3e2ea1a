/** A piece of text, and whether a search matched it. */
export interface Segment {
  text: string;
  match: boolean;
}

/**
 * Cut text at the server's highlight ranges (half-open, UTF-16 offsets), for rendering each piece
 * through a text binding with matches in `<mark>`. Ranges out of order, overlapping or outside the
 * text are tidied rather than trusted, so a bad range can only lose a highlight, never text.
 */
export function segments(text: string, ranges: readonly { start: number; end: number }[] = []): Segment[] {
  const clean = ranges
    .map(({ start, end }) => ({ start: Math.max(0, Math.floor(start)), end: Math.min(text.length, Math.floor(end)) }))
    .filter(({ start, end }) => Number.isFinite(start) && Number.isFinite(end) && start < end)
    .sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;
  for (const { start, end } of clean) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) out.push({ text: text.slice(at, from), match: false });
    out.push({ text: text.slice(from, end), match: true });
    at = end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), match: false });
  return out;
}
