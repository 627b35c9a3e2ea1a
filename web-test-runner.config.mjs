import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { apiProxy, heal } from './test/browser/server/api-proxy.mjs';
import { buildKiosk, kioskProxy, setKioskNetworkCut } from './test/browser/server/kiosk-proxy.mjs';
import { freePort, startRealBackend } from './test/browser/server/real-backend.mjs';
import { staffClient } from './test/browser/server/staff-client.mjs';
import { buildWidget, examplesServer } from './test/browser/server/widget-build.mjs';

/** @type {Awaited<ReturnType<typeof startRealBackend>> | undefined} */
let backend;
/** @type {Awaited<ReturnType<typeof buildWidget>> | undefined} */
let widget;
/** @type {ReturnType<typeof staffClient> | undefined} */
let staff;
/** DevTools sessions that are failing the page's API requests, by test session id. */
const offline = new Map();

/**
 * Take the network away from the page's API calls, or give it back, through the DevTools Fetch
 * domain: every request to `/api/` fails as with no connection (net::ERR_INTERNET_DISCONNECTED),
 * while the test runner's own traffic goes on. (DevTools' offline mode would cut that too.)
 */
async function setOffline(session, value) {
  const cdp = offline.get(session.id);
  if (!value) {
    offline.delete(session.id);
    await cdp?.detach();
    return;
  }
  if (cdp) return;
  const client = await session.browser.getPage(session.id).createCDPSession();
  offline.set(session.id, client);
  client.on('Fetch.requestPaused', ({ requestId }) =>
    client.send('Fetch.failRequest', { requestId, errorReason: 'InternetDisconnected' }).catch(() => undefined),
  );
  await client.send('Fetch.enable', { patterns: [{ urlPattern: '*/api/v1/*' }] });
}

/**
 * Starts the real backend for the run and stops it after, builds the widget for the embed
 * examples, and answers the tests' server commands.
 * @type {import('@web/test-runner').TestRunnerPlugin}
 */
const realBackendPlugin = {
  name: 'yyg-real-backend',
  async serverStart() {
    [backend, widget] = await Promise.all([buildKiosk().then(() => startRealBackend()), buildWidget()]);
    staff = staffClient(backend);
  },
  async serverStop() {
    await Promise.all([backend?.stop(), widget?.remove()]);
  },
  async executeCommand({ command, payload, session }) {
    // The staff API, through a session held here (see test/browser/server/staff-client.mjs).
    if (command === 'yyg-staff') return staff?.request(payload);
    // A port nothing listens on: the backend is unreachable there, as when a patient is offline.
    if (command === 'yyg-closed-port') return freePort();
    if (command === 'yyg-heal') {
      heal(payload.token);
      return true;
    }
    if (command === 'yyg-kiosk-cut') {
      setKioskNetworkCut(payload.cut);
      return true;
    }
    if (command === 'yyg-network') {
      await setOffline(session, payload.offline);
      return true;
    }
    return undefined;
  },
};

/**
 * Browser tests for the widget and the staff page, in the installed Chromium, against the real
 * backend: the dev server forwards `/api/` to it, so the pages under test are same-origin.
 * @type {import('@web/test-runner').TestRunnerConfig}
 */
export default {
  rootDir: '.',
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  testFramework: { config: { timeout: 15000 } },
  middleware: [
    kioskProxy(() => backend?.origin ?? 'http://127.0.0.1:9'),
    apiProxy(() => backend?.origin ?? 'http://127.0.0.1:9'),
    examplesServer(() => widget?.dir),
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), realBackendPlugin],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--headless',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
};
