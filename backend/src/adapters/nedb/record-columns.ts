/**
 * What the inbox index keeps of each record, one typed array per field ("columns"), a row per
 * record by its ordinal. A pass over 100,000 records then reads a few compact arrays in memory
 * order (about 20 bytes a record in all) instead of chasing 100,000 objects around the heap,
 * which is what makes counting every facet on every search cheap.
 */
export class RecordColumns {
  #capacity = 1024;
  size = 0;
  /** Milliseconds since the epoch. */
  receivedAt = new Float64Array(this.#capacity);
  /** Codes from the index's vocabularies. */
  practice = new Uint32Array(this.#capacity);
  rating = new Uint16Array(this.#capacity);
  sentiment = new Uint16Array(this.#capacity);
  channel = new Uint16Array(this.#capacity);
  language = new Uint16Array(this.#capacity);
  status = new Uint16Array(this.#capacity);
  /** One bit per `THEMES` index. */
  themes = new Uint16Array(this.#capacity);
  /** One bit per `FLAG_KINDS` index. */
  flags = new Uint8Array(this.#capacity);

  /** A new row, all zero; returns its ordinal. */
  add(): number {
    if (this.size === this.#capacity) this.#grow();
    return this.size++;
  }

  #grow(): void {
    this.#capacity *= 2;
    const grow = <T extends Float64Array | Uint32Array | Uint16Array | Uint8Array>(
      old: T,
      make: (n: number) => T,
    ): T => {
      const grown = make(this.#capacity);
      grown.set(old);
      return grown;
    };
    this.receivedAt = grow(this.receivedAt, (n) => new Float64Array(n));
    this.practice = grow(this.practice, (n) => new Uint32Array(n));
    this.rating = grow(this.rating, (n) => new Uint16Array(n));
    this.sentiment = grow(this.sentiment, (n) => new Uint16Array(n));
    this.channel = grow(this.channel, (n) => new Uint16Array(n));
    this.language = grow(this.language, (n) => new Uint16Array(n));
    this.status = grow(this.status, (n) => new Uint16Array(n));
    this.themes = grow(this.themes, (n) => new Uint16Array(n));
    this.flags = grow(this.flags, (n) => new Uint8Array(n));
  }
}
