import { createHmac } from 'node:crypto';
import { createChallenge, randomInt, verifySolution, type Challenge, type Solution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';

/**
 * PBKDF2 with SHA-256, because browsers run it natively (Web Crypto `deriveBits`), so a patient's
 * phone works at the same speed per iteration as a spammer's server. altcha-lib's plain 'SHA-256'
 * awaits one `crypto.subtle.digest` per round, which makes the phone pay for every round trip
 * while native code does not.
 */
export const POW_ALGORITHM = 'PBKDF2/SHA-256';

/**
 * The solver counts up from 0 to a secret counter drawn from this range (altcha's deterministic
 * mode), so the work is bounded: about 200 attempts on average, never more than 300. A prefix
 * search would leave one patient in twenty waiting three times as long as the average.
 */
export const DEFAULT_COUNTER_RANGE: [number, number] = [100, 300];

/** Ten minutes: time to fill in the form after the challenge was fetched. */
export const DEFAULT_CHALLENGE_TTL_SECONDS = 600;

export interface ProofOfWorkOptions {
  /** HMAC secret shared by every API process, so any of them can check what another issued. */
  secret: string;
  /** PBKDF2 iterations per attempt (`CHALLENGE_COST`). */
  cost: number;
  counterRange?: [number, number];
  ttlSeconds?: number;
  /** The clock challenges are issued by (tests move it to issue already-expired ones). */
  now?: () => Date;
}

/** What a submission carries: the challenge exactly as issued, and altcha-lib's `Solution`. */
export interface AltchaPayload {
  challenge: Challenge;
  solution: Solution;
}

export type PowVerdict =
  { ok: true; challengeId: string; expiresAt: Date } | { ok: false; problem: 'expired' | 'invalid' };

/**
 * Issues and checks signed altcha-lib v2 challenges. Stateless: checking needs only the secret,
 * so it costs two HMACs and no storage; single use is `UsedChallenges`' job.
 */
export class ProofOfWork {
  readonly #secret: string;
  readonly #keySecret: string;
  readonly #cost: number;
  readonly #range: [number, number];
  readonly #ttlSeconds: number;
  readonly #now: () => Date;

  constructor({ secret, cost, counterRange = DEFAULT_COUNTER_RANGE, ttlSeconds, now }: ProofOfWorkOptions) {
    if (!Number.isInteger(cost) || cost < 1) throw new Error(`cost must be a whole number of at least 1, got ${cost}`);
    this.#secret = secret;
    // A second key for the derived-key signature, so the challenge signature never doubles as it.
    this.#keySecret = createHmac('sha256', secret).update('altcha-key-signature').digest('hex');
    this.#cost = cost;
    this.#range = counterRange;
    this.#ttlSeconds = ttlSeconds ?? DEFAULT_CHALLENGE_TTL_SECONDS;
    this.#now = now ?? (() => new Date());
  }

  /** A fresh signed challenge; the server derives one key (`cost` iterations) to make it. */
  issue(): Promise<Challenge> {
    const [min, max] = this.#range;
    return createChallenge({
      algorithm: POW_ALGORITHM,
      cost: this.#cost,
      counter: randomInt(max, min),
      deriveKey,
      expiresAt: new Date(this.#now().getTime() + this.#ttlSeconds * 1000),
      hmacSignatureSecret: this.#secret,
      hmacKeySignatureSecret: this.#keySecret,
    });
  }

  /**
   * Whether the solution solves this challenge, which we signed and which has not expired.
   * Malformed input is "invalid", never an exception.
   */
  async verify({ challenge, solution }: AltchaPayload): Promise<PowVerdict> {
    try {
      // The signature covers every parameter, so a changed cost, counter or expiry fails here;
      // ours always carry a key signature, so checking one costs an HMAC, not a key derivation.
      const result = await verifySolution({
        challenge,
        solution,
        deriveKey,
        hmacSignatureSecret: this.#secret,
        hmacKeySignatureSecret: this.#keySecret,
      });
      if (result.expired) return { ok: false, problem: 'expired' };
      if (!result.verified || !challenge.signature) return { ok: false, problem: 'invalid' };
      const expiresAt = new Date((challenge.parameters.expiresAt ?? 0) * 1000);
      return { ok: true, challengeId: challenge.signature, expiresAt };
    } catch {
      return { ok: false, problem: 'invalid' };
    }
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The shape of `{ challenge, solution }`, before any cryptography is spent on it. */
export function isAltchaPayload(value: unknown): value is AltchaPayload {
  return (
    isObject(value) &&
    isObject(value.challenge) &&
    isObject(value.challenge.parameters) &&
    typeof value.challenge.signature === 'string' &&
    isObject(value.solution) &&
    typeof value.solution.counter === 'number' &&
    typeof value.solution.derivedKey === 'string'
  );
}
