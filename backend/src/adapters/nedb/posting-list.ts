/**
 * The records that contain one search term: their index numbers, ascending, in a growable
 * `Uint32Array` (4 bytes a record, where a `Set` costs several times that). Records are numbered
 * in the order the index first saw them, so adding a new record is an append; taking one out (a
 * record's words change once, when the worker replaces its original text with the redacted
 * one) is a binary search and a shift.
 */
export class PostingList {
  #items = new Uint32Array(4);
  #size = 0;

  get size(): number {
    return this.#size;
  }

  add(ordinal: number): void {
    const at = this.#lowerBound(ordinal);
    if (at < this.#size && this.#items[at] === ordinal) return;
    if (this.#size === this.#items.length) {
      const grown = new Uint32Array(this.#items.length * 2);
      grown.set(this.#items);
      this.#items = grown;
    }
    if (at < this.#size) this.#items.copyWithin(at + 1, at, this.#size);
    this.#items[at] = ordinal;
    this.#size += 1;
  }

  remove(ordinal: number): void {
    const at = this.#lowerBound(ordinal);
    if (at >= this.#size || this.#items[at] !== ordinal) return;
    this.#items.copyWithin(at, at + 1, this.#size);
    this.#size -= 1;
  }

  has(ordinal: number): boolean {
    const at = this.#lowerBound(ordinal);
    return at < this.#size && this.#items[at] === ordinal;
  }

  /** The ordinals, ascending (a view: valid until the list next changes). */
  values(): Uint32Array {
    return this.#items.subarray(0, this.#size);
  }

  /** First position whose ordinal is >= `ordinal`. */
  #lowerBound(ordinal: number): number {
    // Appends are the common case: check the end before searching.
    if (this.#size === 0 || this.#items[this.#size - 1]! < ordinal) return this.#size;
    let lo = 0;
    let hi = this.#size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#items[mid]! < ordinal) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * Ordinals present in every list: walk the shortest and look each one up in the others (binary
 * search), so "rude receptionist" costs about (rarer term's count) × log(commoner term's count).
 */
export function intersect(lists: PostingList[]): Uint32Array {
  if (lists.length === 0) return new Uint32Array(0);
  const [shortest, ...others] = [...lists].sort((a, b) => a.size - b.size);
  const candidates = shortest!.values();
  if (others.length === 0) return candidates.slice();
  const out = new Uint32Array(candidates.length);
  let size = 0;
  for (const ordinal of candidates) {
    if (others.every((list) => list.has(ordinal))) out[size++] = ordinal;
  }
  return out.subarray(0, size);
}
