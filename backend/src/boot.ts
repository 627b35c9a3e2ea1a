import { ConfigError, loadConfig, type Config } from './config.js';
import { createLogger, type Logger } from './logger.js';

/**
 * Shared start-up for the composition roots: read the configuration and apply the root's own
 * `check` (a bad value stops the process with a message naming the variable), make the logger, run `start`, and call the
 * returned `stop` once on SIGINT or SIGTERM.
 */
export async function boot(
  start: (config: Config, logger: Logger) => Promise<() => Promise<void>>,
  check: (config: Config) => void = () => {},
): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
    check(config);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  let stop: () => Promise<void>;
  try {
    stop = await start(config, logger);
  } catch (error) {
    logger.fatal({ event: 'start-failed', err: String(error) }, 'could not start');
    process.exit(1);
  }
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ event: 'shutdown', signal }, 'stopping');
    stop().then(
      () => process.exit(0),
      (error) => {
        logger.error({ event: 'shutdown-failed', err: String(error) }, 'unclean stop');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

/**
 * The separate API and worker processes share state only through MongoDB and Redis: the embedded
 * store is one process's files and the in-process queue one process's memory.
 */
export function requireSharedServices(role: string): (config: Config) => void {
  return (config) => {
    const missing = [!config.mongodbUri && 'MONGODB_URI', !config.redisUrl && 'REDIS_URL'].filter(Boolean);
    if (missing.length > 0) {
      throw new ConfigError(
        `${missing.join(' and ')} must be set for a separate ${role} process; for one process on the embedded defaults use "npm start"`,
      );
    }
  };
}
