/**
 * The single-process default (`npm start`): API and worker together on the embedded adapters
 * unless MONGODB_URI, REDIS_URL or SMTP_URL say otherwise, with the demo practices seeded.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { openAbuseGuards, openAdapters } from './adapters.js';
import { boot } from './boot.js';
import { createApp } from './http/app.js';
import { sessionPolicyFrom } from './http/staff/staff-deps.js';
import { openStaffAdapters } from './staff-adapters.js';
import { seedDemoPractices } from './practices/seed-demo.js';
import { demoAccessLinks } from './practices/demo-access.js';
import { demoStaffLines, seedDemoStaff } from './practices/demo-staff.js';
import { seedDemoFeedback } from './practices/seed-demo-feedback.js';
import { resolveStaffToken } from './staff-token.js';
import { startWorker } from './worker-runtime.js';

await boot(async (config, logger) => {
  const adapters = await openAdapters(config, logger);
  const seeded = await seedDemoPractices(adapters.store);
  const staffToken = await resolveStaffToken(config.staffToken, config.dataDir);
  const guards = await openAbuseGuards(config, logger);
  const staffAdapters = await openStaffAdapters(adapters.store, config.dataDir);
  // Demo accounts and feedback on the embedded store only: a production database never gets
  // accounts whose password was printed, nor made-up feedback.
  const demo = config.mongodbUri
    ? null
    : {
        staff: await seedDemoStaff(staffAdapters.accounts, staffAdapters.audit, config.dataDir, {
          password: config.demoStaffPassword ?? undefined,
        }),
        feedback:
          config.demoFeedback > 0
            ? await seedDemoFeedback(adapters.store, { practiceCode: 'C82001', count: config.demoFeedback })
            : null,
      };
  const app = createApp({
    ...adapters,
    logger,
    guards,
    staff: { ...staffAdapters, mailer: adapters.mailer, session: sessionPolicyFrom(config) },
    config: { staffToken, publicUrl: config.publicUrl, trustProxy: config.trustProxy },
  });
  const server = app.listen(config.port, '0.0.0.0');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const base = config.publicUrl ?? `http://localhost:${port}`;
  // Started once the port is known, so links in email point here even with PORT=0.
  const worker = startWorker({ ...adapters, logger }, { ...config, port });
  const demoLinks = await demoAccessLinks(adapters.store, config.dataDir, base, 'C82001');

  process.stdout.write(
    [
      '',
      'You and Your GP is running.',
      `  Widget demo page:   ${base}/examples/plain-html/`,
      ...(demo?.staff
        ? demoStaffLines(demo.staff, base).map((line) => `  ${line}`)
        : [`  Staff app:          ${base}/staff/`]),
      demo?.feedback?.inserted
        ? `  Demo feedback:      ${demo.feedback.inserted} submissions for C82001 (search "rude receptionist")`
        : '',
      `  Staff token:        ${staffToken}   (assisted entry by practice staff, as before)`,
      `  Feedback API:       POST ${base}/api/v1/feedback`,
      `  Hosted page:        ${base}/p/C82001   (one per practice, for QR codes and links)`,
      ...demoLinks.map((line) => `  ${line}`),
      `  Printables:         ${base}/print/C82001/form  ${base}/print/C82001/poster`,
      `  Health:             ${base}/healthz  ${base}/readyz`,
      `  Store: ${adapters.names.store}; queue: ${adapters.names.queue}; mail: ${adapters.names.mail}; abuse limits: ${guards.names.guards}`,
      seeded ? `  Seeded ${seeded} demo practices (Leicester, Leicestershire and Rutland), e.g. C82001.` : '',
      `listening on ${base}`,
      '',
    ].join('\n'),
  );

  return async () => {
    server.close();
    await worker.stop();
    await guards.close();
    await staffAdapters.close();
    await adapters.close();
  };
});
