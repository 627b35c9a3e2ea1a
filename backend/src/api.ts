/**
 * Production API process: HTTP only, no worker. Run N of these behind a load balancer against
 * MongoDB and Redis; they keep nothing in memory that another process needs.
 */
import { once } from 'node:events';
import { openAbuseGuards, openAdapters } from './adapters.js';
import { boot, requireSharedServices } from './boot.js';
import { ConfigError } from './config.js';
import { createApp } from './http/app.js';
import { sessionPolicyFrom } from './http/staff/staff-deps.js';
import { openStaffAdapters } from './staff-adapters.js';
import { resolveStaffToken } from './staff-token.js';

await boot(
  async (config, logger) => {
    const adapters = await openAdapters(config, logger);
    const staffToken = await resolveStaffToken(config.staffToken, config.dataDir);
    const guards = await openAbuseGuards(config, logger);
    const staffAdapters = await openStaffAdapters(adapters.store, config.dataDir);
    const server = createApp({
      ...adapters,
      logger,
      guards,
      staff: { ...staffAdapters, mailer: adapters.mailer, session: sessionPolicyFrom(config) },
      config: { staffToken, publicUrl: config.publicUrl, trustProxy: config.trustProxy },
    }).listen(config.port);
    await once(server, 'listening');
    logger.info({ event: 'listening', port: config.port, ...adapters.names }, 'API ready');
    return async () => {
      server.close();
      await guards.close();
      await staffAdapters.close();
      await adapters.close();
    };
  },
  (config) => {
    requireSharedServices('API')(config);
    // Each process would otherwise make its own, and refuse the challenges the others issued.
    if (!config.challengeSecret) {
      throw new ConfigError('CHALLENGE_SECRET must be set for separate API processes, the same in each');
    }
  },
);
