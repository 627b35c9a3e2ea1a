import type { Redis } from 'ioredis';
import type { Logger } from '../logger.js';
import { MemoryUsedChallenges, type UsedChallenges } from './used-challenges.js';

/** Set the key to the submission unless it exists, and answer whose it is, in one atomic step. */
const CLAIM = `
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return ARGV[1] end
return redis.call('GET', KEYS[1])`;

/** Kept a little past expiry, in case the API processes' clocks disagree by a few seconds. */
const GRACE_MS = 60_000;

/**
 * The spent challenges in Redis, so every API process refuses a challenge another one accepted.
 * If Redis cannot be reached the process falls back to its own memory and says so in the log:
 * patients' feedback keeps arriving, with single use enforced per process until Redis is back.
 */
export class RedisUsedChallenges implements UsedChallenges {
  readonly #fallback = new MemoryUsedChallenges();

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly logger: Logger,
  ) {}

  async claim(challengeId: string, submissionId: string, expiresAt: Date): Promise<boolean> {
    const ttlMs = Math.max(1000, expiresAt.getTime() - Date.now() + GRACE_MS);
    try {
      const owner = await this.redis.eval(CLAIM, 1, `${this.prefix}:altcha-spent:${challengeId}`, submissionId, ttlMs);
      return owner === submissionId;
    } catch (error) {
      this.logger.warn(
        { event: 'used-challenges-fallback', err: String(error) },
        'Redis unreachable: per-process check',
      );
      return this.#fallback.claim(challengeId, submissionId, expiresAt);
    }
  }
}
