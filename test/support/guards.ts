import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { AbuseGuards } from '../../backend/src/abuse/abuse-guards.js';
import { ProofOfWork } from '../../backend/src/abuse/proof-of-work.js';
import { FlexibleRateLimits, type LimitScope } from '../../backend/src/abuse/rate-limits.js';
import { MemoryUsedChallenges } from '../../backend/src/abuse/used-challenges.js';
import { RedisUsedChallenges } from '../../backend/src/abuse/used-challenges.redis.js';
import type { RateLimit } from '../../backend/src/config.js';
import { createLogger } from '../../backend/src/logger.js';

export const CHALLENGE_SECRET = 'test-challenge-secret-0123456789abcdef';

/** Limits no ordinary test reaches; the rate-limit tests pass their own. */
export const GENEROUS_LIMITS: Record<LimitScope, RateLimit> = {
  ip: { points: 10_000, durationSeconds: 600 },
  practice: { points: 10_000, durationSeconds: 600 },
  challenge: { points: 10_000, durationSeconds: 600 },
};

export interface TestGuardOptions {
  limits?: Partial<Record<LimitScope, RateLimit>>;
  /** The clock challenges are issued by. */
  now?: () => Date;
}

/** A proof of work cheap enough for tests (1 PBKDF2 iteration, at most 20 attempts), solved for real. */
function testProofOfWork(now?: () => Date): ProofOfWork {
  return new ProofOfWork({ secret: CHALLENGE_SECRET, cost: 1, counterRange: [5, 20], now });
}

/** The real guards, in memory. */
export function testGuards({ limits, now }: TestGuardOptions = {}): AbuseGuards {
  return {
    proofOfWork: testProofOfWork(now),
    usedChallenges: new MemoryUsedChallenges(),
    rateLimits: new FlexibleRateLimits({ limits: { ...GENEROUS_LIMITS, ...limits } }),
  };
}

/** Where the guard suites run: always in memory, and in Redis too when `REDIS_URL` is set. */
export type GuardKind = 'memory' | 'redis';
export function guardKinds(): GuardKind[] {
  return process.env.REDIS_URL ? ['memory', 'redis'] : ['memory'];
}

/**
 * Guards of either kind. The Redis ones count under a fresh key prefix, as separate API processes
 * sharing it would; `cleanup` deletes every key under it and closes the client. Calling `make`
 * twice gives two "processes" on the same prefix.
 */
export async function guardsOf(
  kind: GuardKind,
  options: TestGuardOptions = {},
): Promise<{ make: () => AbuseGuards; cleanup: () => Promise<void> }> {
  if (kind === 'memory') return { make: () => testGuards(options), cleanup: async () => {} };
  const redis = new Redis(process.env.REDIS_URL!, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  await new Promise((resolve, reject) => redis.once('ready', resolve).once('error', reject));
  const prefix = `yyg-test-${randomUUID()}`;
  const limits = { ...GENEROUS_LIMITS, ...options.limits };
  return {
    make: () => ({
      proofOfWork: testProofOfWork(options.now),
      usedChallenges: new RedisUsedChallenges(redis, prefix, createLogger('silent')),
      rateLimits: new FlexibleRateLimits({ limits, redis, prefix }),
    }),
    async cleanup() {
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
    },
  };
}
