import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RateLimit } from '../config.js';
import { RateLimitedError } from '../domain/errors.js';

/** What is counted: feedback per client network, feedback per practice, challenges per network. */
export type LimitScope = 'ip' | 'practice' | 'challenge';

/**
 * Per-network and per-practice request budgets. A port-like seam so the HTTP layer does not know
 * where the counts live, and tests can build one with tiny limits.
 */
export interface RateLimits {
  /** Count one request against `key`; throws `RateLimitedError` (with Retry-After) past the limit. */
  take(scope: LimitScope, key: string): Promise<void>;
  /** Give one back: the request turned out to repeat a submission that was already counted. */
  giveBack(scope: LimitScope, key: string): Promise<void>;
}

export interface RateLimitsOptions {
  limits: Record<LimitScope, RateLimit>;
  /** Count in Redis, shared by every API process; otherwise in this process's memory. */
  redis?: Redis;
  /** Redis key prefix (`QUEUE_PREFIX`), so deployments sharing one Redis keep apart. */
  prefix?: string;
}

const REFUSALS: Record<LimitScope, string> = {
  ip: 'Too many submissions from this network',
  practice: 'Too many submissions for this practice just now',
  challenge: 'Too many requests from this network',
};

function minutes(ms: number): string {
  const n = Math.max(1, Math.ceil(ms / 60_000));
  return n === 1 ? '1 minute' : `${n} minutes`;
}

/** rate-limiter-flexible's fixed windows, in Redis when given a client, else in memory. */
export class FlexibleRateLimits implements RateLimits {
  readonly #limiters: Record<LimitScope, RateLimiterAbstract>;

  constructor({ limits, redis, prefix = 'yyg' }: RateLimitsOptions) {
    const make = (scope: LimitScope): RateLimiterAbstract => {
      const { points, durationSeconds: duration } = limits[scope];
      const memory = new RateLimiterMemory({ points, duration, keyPrefix: scope });
      if (!redis) return memory;
      // If Redis is unreachable each process counts on its own rather than refusing everyone.
      return new RateLimiterRedis({
        storeClient: redis,
        points,
        duration,
        keyPrefix: `${prefix}:rate-${scope}`,
        insuranceLimiter: memory,
      });
    };
    this.#limiters = { ip: make('ip'), practice: make('practice'), challenge: make('challenge') };
  }

  async take(scope: LimitScope, key: string): Promise<void> {
    try {
      await this.#limiters[scope].consume(key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new RateLimitedError(
        `${REFUSALS[scope]}: try again in ${minutes(rejection.msBeforeNext)}.`,
        retryAfterSeconds,
      );
    }
  }

  async giveBack(scope: LimitScope, key: string): Promise<void> {
    await this.#limiters[scope].reward(key, 1);
  }
}
