/**
 * Production worker process: consumes jobs and sweeps for unprocessed submissions. Run M of
 * these against the same MongoDB and Redis as the API processes.
 */
import { openAdapters } from './adapters.js';
import { boot, requireSharedServices } from './boot.js';
import { startWorker } from './worker-runtime.js';

await boot(async (config, logger) => {
  const adapters = await openAdapters(config, logger);
  const worker = startWorker({ ...adapters, logger }, config);
  logger.info({ event: 'worker-started', concurrency: config.workerConcurrency, ...adapters.names }, 'worker ready');
  return async () => {
    await worker.stop();
    await adapters.close();
  };
}, requireSharedServices('worker'));
