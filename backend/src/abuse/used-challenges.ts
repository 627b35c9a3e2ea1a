/**
 * The set of proof-of-work challenges already spent, so one solved challenge buys one
 * submission. A challenge is marked with the submission that spent it: the same submission may
 * present it again (a retry after a lost answer, or the same request sent twice at once), any other
 * submission may not.
 */
export interface UsedChallenges {
  /**
   * Mark the challenge spent by this submission, remembered until `expiresAt` (after which the
   * challenge is refused as expired anyway). True when it was unspent or spent by this same
   * submission; false when another submission spent it.
   */
  claim(challengeId: string, submissionId: string, expiresAt: Date): Promise<boolean>;
}

/** How often the in-memory set forgets challenges past their expiry. */
const PRUNE_EVERY_MS = 60_000;

/** For one process (`npm start` without Redis): a map that forgets expired challenges. */
export class MemoryUsedChallenges implements UsedChallenges {
  readonly #spent = new Map<string, { submissionId: string; expiresAtMs: number }>();
  #nextPruneMs = 0;

  constructor(private readonly now: () => number = Date.now) {}

  async claim(challengeId: string, submissionId: string, expiresAt: Date): Promise<boolean> {
    this.#prune();
    const spent = this.#spent.get(challengeId);
    if (spent && spent.expiresAtMs > this.now()) return spent.submissionId === submissionId;
    this.#spent.set(challengeId, { submissionId, expiresAtMs: expiresAt.getTime() });
    return true;
  }

  #prune(): void {
    const now = this.now();
    if (now < this.#nextPruneMs) return;
    this.#nextPruneMs = now + PRUNE_EVERY_MS;
    for (const [id, { expiresAtMs }] of this.#spent) if (expiresAtMs <= now) this.#spent.delete(id);
  }
}
