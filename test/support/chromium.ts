import { existsSync } from 'node:fs';

const CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** Where Chromium is, or null. CI installs Debian's `chromium`; `npm test` says loudly when it is missing. */
export function chromiumPath(): string | null {
  return CANDIDATES.find((candidate): candidate is string => !!candidate && existsSync(candidate)) ?? null;
}

/**
 * Flags for headless Chromium here: no sandbox (tests run as root in CI), and no background
 * networking, which this machine's closed network would refuse noisily.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
