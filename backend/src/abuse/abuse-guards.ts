import type { ProofOfWork } from './proof-of-work.js';
import type { RateLimits } from './rate-limits.js';
import type { UsedChallenges } from './used-challenges.js';

/**
 * What stands between the public intake and a flood, without a CAPTCHA: a proof of work the
 * widget solves unseen, spent once; and request budgets per network and per practice. Built by
 * the composition root (in memory, or in Redis when `REDIS_URL` is set) and passed to `createApp`.
 */
export interface AbuseGuards {
  proofOfWork: ProofOfWork;
  usedChallenges: UsedChallenges;
  rateLimits: RateLimits;
}
