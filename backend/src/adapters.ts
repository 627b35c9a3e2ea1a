import { once } from 'node:events';
import path from 'node:path';
import { Redis } from 'ioredis';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { JobQueue } from './ports/job-queue.js';
import type { Mailer } from './ports/mailer.js';
import type { Store } from './ports/store.js';
import { NedbStore } from './adapters/nedb/store.nedb.js';
import { MongoStore } from './adapters/mongo/store.mongo.js';
import { InProcessJobQueue } from './adapters/in-process/job-queue.in-process.js';
import { BullMqJobQueue } from './adapters/bullmq/job-queue.bullmq.js';
import { FileMailer } from './adapters/file-mail/mailer.file.js';
import { SmtpMailer } from './adapters/smtp/mailer.smtp.js';
import type { AbuseGuards } from './abuse/abuse-guards.js';
import { ProofOfWork } from './abuse/proof-of-work.js';
import { FlexibleRateLimits } from './abuse/rate-limits.js';
import { MemoryUsedChallenges } from './abuse/used-challenges.js';
import { RedisUsedChallenges } from './abuse/used-challenges.redis.js';
import { resolveKeptSecret } from './kept-secret.js';

export interface Adapters {
  store: Store;
  queue: JobQueue;
  mailer: Mailer;
  /** Human-readable names of the chosen adapters, for the start-up banner. */
  names: { store: string; queue: string; mail: string };
  close(): Promise<void>;
}

/**
 * The only place adapters are chosen and constructed: embedded defaults unless a production
 * variable is set. Used by every composition root (single process, API, worker).
 */
export async function openAdapters(config: Config, logger: Logger): Promise<Adapters> {
  const store: Store = config.mongodbUri
    ? await MongoStore.connect({ uri: config.mongodbUri })
    : await NedbStore.open({ dataDir: config.dataDir });
  const queue: JobQueue = config.redisUrl
    ? new BullMqJobQueue({ url: config.redisUrl, prefix: config.queuePrefix, logger })
    : new InProcessJobQueue({ logger });
  const mailer: Mailer = config.smtpUrl
    ? new SmtpMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom })
    : new FileMailer({ outboxDir: path.join(config.dataDir, 'outbox'), from: config.mailFrom });
  return {
    store,
    queue,
    mailer,
    names: {
      store: config.mongodbUri ? 'MongoDB' : `embedded (nedb files in ${config.dataDir})`,
      queue: config.redisUrl ? 'BullMQ on Redis' : 'in-process',
      mail: config.smtpUrl ? 'SMTP' : `.eml files in ${path.join(config.dataDir, 'outbox')}`,
    },
    async close() {
      await queue.close();
      await mailer.close();
      await store.close();
    },
  };
}

/** How long start-up waits for Redis before counting in memory until it answers. */
const REDIS_READY_WAIT_MS = 5000;

/**
 * The intake's abuse guards, for the API roots: spent challenges and rate limits in Redis when
 * `REDIS_URL` is set (so every API process counts together), else in this process's memory.
 * The challenge secret is `CHALLENGE_SECRET`, or one generated once and kept in `DATA_DIR`.
 */
export async function openAbuseGuards(
  config: Config,
  logger: Logger,
): Promise<AbuseGuards & { names: { guards: string }; close(): Promise<void> }> {
  const secret = await resolveKeptSecret(config.challengeSecret, config.dataDir, 'challenge-secret');
  const proofOfWork = new ProofOfWork({ secret, cost: config.challengeCost });
  const limits = { ...config.rateLimits };
  if (!config.redisUrl) {
    return {
      proofOfWork,
      usedChallenges: new MemoryUsedChallenges(),
      rateLimits: new FlexibleRateLimits({ limits }),
      names: { guards: 'in memory' },
      close: async () => {},
    };
  }
  // Fail fast rather than queue commands while Redis is away: both users fall back to memory.
  const redis = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  redis.on('error', (error) => logger.warn({ event: 'guards-redis-error', err: String(error) }, 'Redis error'));
  await once(redis, 'ready', { signal: AbortSignal.timeout(REDIS_READY_WAIT_MS) }).catch(() =>
    logger.warn({ event: 'guards-redis-not-ready' }, 'Redis not ready: counting in memory until it is'),
  );
  return {
    proofOfWork,
    usedChallenges: new RedisUsedChallenges(redis, config.queuePrefix, logger),
    rateLimits: new FlexibleRateLimits({ limits, redis, prefix: config.queuePrefix }),
    names: { guards: 'in Redis' },
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
