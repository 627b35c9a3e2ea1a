import path from 'node:path';
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
