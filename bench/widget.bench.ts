/**
 * Widget size and speed, in headless Chromium against the real `npm start` program:
 * - bytes of JavaScript downloaded before the English form is usable (gzipped, from the build);
 * - time from the widget script's request to an interactive form (radios rendered and enabled),
 *   median and spread over many cold loads (fresh browser context, no cache), on loopback and
 *   with the network throttled to a slow mobile connection.
 *
 *   npx tsx bench/widget.bench.ts [runs]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumPath, CHROMIUM_ARGS } from '../test/support/chromium.js';
import { startServerProcess } from '../test/support/server-process.js';
import { measureWidget } from '../scripts/widget-budget.js';

const runs = Number(process.argv[2] ?? 30);
const executablePath = chromiumPath();
if (!executablePath) throw new Error('no Chromium: apt-get install chromium, or set CHROME_PATH');

/**
 * Record, at each animation frame from the very start, when the first radio can be used. A
 * string, not a function: tsx would add helpers to a function's source that the page lacks.
 */
const WATCH_FOR_FORM = `(() => {
  const look = () => {
    const radio = document.querySelector('yyg-feedback')?.shadowRoot?.querySelector('input[type="radio"]');
    if (radio && !radio.disabled) window.__yygReady = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})();`;

interface Network {
  name: string;
  conditions: { downloadThroughput: number; uploadThroughput: number; latency: number } | null;
}
const NETWORKS: Network[] = [
  { name: 'loopback', conditions: null },
  // A slow mobile connection (DevTools-style numbers; throughput in bytes per second).
  {
    name: 'slow 4G (150 ms RTT, 1.6 Mbit/s)',
    conditions: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
  },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'yyg-widget-bench-'));
const server = await startServerProcess({ DATA_DIR: dataDir, STAFF_TOKEN: 'bench-staff-token-0123456789' });
const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
const lines: string[] = [];
try {
  const size = await measureWidget();
  lines.push(
    `Widget size: ${(size.eagerTotal / 1000).toFixed(2)} KB gzipped before the form is usable ` +
      `(${size.eager.map((f) => f.file).join(', ')}); ${(size.lazyTotal / 1000).toFixed(2)} KB in ${size.lazy.length} lazy chunk(s); IIFE ${(size.iife / 1000).toFixed(2)} KB`,
  );
  for (const network of NETWORKS) {
    const times: number[] = [];
    let transferred = 0;
    for (let i = 0; i < runs; i++) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setCacheEnabled(false);
      if (network.conditions) {
        const cdp = await page.createCDPSession();
        await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network.conditions });
      }
      await page.evaluateOnNewDocument(WATCH_FOR_FORM);
      await page.goto(`${server.url}/examples/plain-html/`, { waitUntil: 'load' });
      await page.waitForFunction(() => (window as unknown as { __yygReady?: number }).__yygReady !== undefined, {
        timeout: 30_000,
      });
      const { ready, start, bytes } = (await page.evaluate(`(() => {
        const entries = performance.getEntriesByType('resource');
        const widget = entries.find((e) => e.name.endsWith('/widget.js'));
        const scripts = entries.filter((e) => e.name.endsWith('.js'));
        return {
          ready: window.__yygReady,
          start: widget.startTime,
          bytes: scripts.reduce((sum, e) => sum + e.transferSize, 0),
        };
      })()`)) as { ready: number; start: number; bytes: number };
      times.push(ready - start);
      transferred = bytes;
      await context.close();
    }
    lines.push(
      `Script start to interactive form, ${network.name}: median ${median(times).toFixed(1)} ms, ` +
        `p10 ${pct(times, 0.1).toFixed(1)} ms, p90 ${pct(times, 0.9).toFixed(1)} ms over ${runs} cold loads ` +
        `(${(transferred / 1000).toFixed(1)} KB of JavaScript on the wire)`,
    );
  }
} finally {
  await browser.close();
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
process.stdout.write(`${lines.join('\n')}\n`);
