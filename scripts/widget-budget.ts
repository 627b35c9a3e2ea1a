/**
 * The widget's size budget: all JavaScript a host page downloads before the English form is
 * usable, gzipped, Lit included, must stay within 12 KB. That is `widget/dist/widget.js` and
 * every chunk it imports statically; chunks behind `import()` (other languages, the offline
 * outbox, the proof-of-work solver) load later and are reported apart. Run after the Vite build;
 * exits non-zero past the budget, so `npm run build` fails.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { PATHS } from '../backend/src/paths.js';

export const BUDGET_BYTES = 12 * 1000;

export interface BudgetReport {
  eager: { file: string; gzipped: number }[];
  lazy: { file: string; gzipped: number }[];
  eagerTotal: number;
  lazyTotal: number;
  iife: number;
}

const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.\.?\/[^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`](\.\.?\/[^"'`]+)["'`]\s*\)/g;

const gzipped = (code: Buffer | string) => gzipSync(code, { level: 9 }).length;

/** Walk the entry's static imports (eager) and note every dynamic import (lazy) on the way. */
export async function measureWidget(dist = PATHS.widgetDist): Promise<BudgetReport> {
  const eager = new Map<string, number>();
  const lazyNames = new Set<string>();
  const visit = async (file: string): Promise<void> => {
    if (eager.has(file)) return;
    const code = await readFile(path.join(dist, file), 'utf8');
    eager.set(file, gzipped(code));
    const here = path.posix.dirname(file);
    for (const [, spec] of code.matchAll(DYNAMIC_IMPORT)) lazyNames.add(path.posix.join(here, spec));
    for (const [, spec] of code.matchAll(STATIC_IMPORT)) await visit(path.posix.join(here, spec));
  };
  await visit('widget.js');
  const lazy: BudgetReport['lazy'] = [];
  const seen = new Set(eager.keys());
  const queue = [...lazyNames];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(path.join(dist, file), 'utf8');
    lazy.push({ file, gzipped: gzipped(code) });
    const here = path.posix.dirname(file);
    for (const [, spec] of [...code.matchAll(STATIC_IMPORT), ...code.matchAll(DYNAMIC_IMPORT)]) {
      queue.push(path.posix.join(here, spec));
    }
  }
  const eagerList = [...eager].map(([file, size]) => ({ file, gzipped: size }));
  return {
    eager: eagerList,
    lazy,
    eagerTotal: eagerList.reduce((sum, f) => sum + f.gzipped, 0),
    lazyTotal: lazy.reduce((sum, f) => sum + f.gzipped, 0),
    iife: gzipped(await readFile(path.join(dist, 'widget.iife.js'))),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = await measureWidget();
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} KB`;
  const verdict = report.eagerTotal <= BUDGET_BYTES ? 'within' : 'OVER';
  process.stdout.write(
    `widget: ${kb(report.eagerTotal)} gzipped before the form is usable (${report.eager.length} file(s)), ${verdict} the ${kb(BUDGET_BYTES)} budget; ` +
      `${kb(report.lazyTotal)} more in ${report.lazy.length} lazy chunk(s); IIFE ${kb(report.iife)}\n`,
  );
  if (report.eagerTotal > BUDGET_BYTES) {
    for (const f of report.eager) process.stderr.write(`  ${f.file}: ${kb(f.gzipped)}\n`);
    process.exit(1);
  }
}
