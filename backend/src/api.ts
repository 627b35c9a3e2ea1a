/**
 * Production API process: HTTP only, no worker. Run N of these behind a load balancer against
 * MongoDB and Redis; they keep nothing in memory that another process needs.
 */
import { once } from 'node:events';
import { openAdapters } from './adapters.js';
import { boot, requireSharedServices } from './boot.js';
import { createApp } from './http/app.js';
import { resolveStaffToken } from './staff-token.js';

await boot(async (config, logger) => {
  const adapters = await openAdapters(config, logger);
  const staffToken = await resolveStaffToken(config.staffToken, config.dataDir);
  const server = createApp({ ...adapters, logger, config: { staffToken } }).listen(config.port);
  await once(server, 'listening');
  logger.info({ event: 'listening', port: config.port, ...adapters.names }, 'API ready');
  return async () => {
    server.close();
    await adapters.close();
  };
}, requireSharedServices('API'));
