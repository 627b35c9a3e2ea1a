import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.js';

/** WCAG 2.2 A and AA, as the widget's browser tests check. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Headless Chromium for a mocha suite, or a loud skip naming the suite when there is none
 * (`npm test` under CI=true fails before this, so CI never skips here).
 */
export async function launchChromiumOrSkip(context: Mocha.Context, suite: string): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    process.stderr.write(`SKIPPED: ${suite}: no Chromium (install Debian package chromium or set CHROME_PATH)\n`);
    return context.skip();
  }
  return puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

let axeSource: Promise<string> | undefined;

/**
 * Reload the page with its CSP bypassed and inject axe-core. Call it after any CSP check: axe goes
 * in as an inline script, which the pages' own CSP rightly forbids.
 */
export async function injectAxe(page: Page): Promise<void> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.setBypassCSP(true);
  await page.reload({ waitUntil: 'networkidle0' });
  await page.addScriptTag({ content: await axeSource });
}

/** axe's WCAG 2.2 A and AA violations on the page as it stands, one line each. */
export function axeViolations(page: Page): Promise<string[]> {
  return page.evaluate(
    async (tags) =>
      (
        await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, { runOnly: tags })
      ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    WCAG_TAGS,
  );
}
