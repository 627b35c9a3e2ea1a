import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { build } from 'vite';

/** The CSP the backend sends with its own pages (backend/src/http/static.routes.ts), less the frame rule. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'";

const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.md': 'text/markdown' };

/**
 * Build the widget as `npm run build:widget` does, into a temporary folder, so the embed examples are
 * tested with the real bundles (chunks, minified templates, no eval) without touching widget/dist.
 * @returns {Promise<{ dir: string, remove: () => Promise<void> }>}
 */
export async function buildWidget() {
  const dir = await mkdtemp(join(tmpdir(), 'yyg-widget-build-'));
  await build({ configFile: 'widget/vite.config.ts', logLevel: 'silent', build: { outDir: dir, emptyOutDir: true } });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

async function sendFile(ctx, root, path) {
  const file = normalize(join(root, path));
  if (!file.startsWith(root)) return false;
  try {
    ctx.body = await readFile(file);
  } catch {
    return false;
  }
  ctx.type = TYPES[extname(file)] ?? 'application/octet-stream';
  return true;
}

/**
 * A dev-server middleware that serves the embed examples as the backend does: `/examples/...` from
 * embed-examples/ under the strict CSP, and the built `/widget.js`, `/widget.iife.js` and
 * `/chunks/...` next to them, so an example page loads exactly what a practice website would.
 * @param {() => string | undefined} distDir the built widget, read at request time
 */
export function examplesServer(distDir) {
  return async (ctx, next) => {
    const dist = distDir();
    if (dist && /^\/(?:widget(?:\.iife)?\.js|chunks\/[\w.-]+\.js)$/.test(ctx.path)) {
      if (await sendFile(ctx, dist, ctx.path)) return;
    }
    const example = /^\/examples\/(.*)$/.exec(ctx.path);
    if (example) {
      const path = example[1].endsWith('/') || example[1] === '' ? `${example[1]}index.html` : example[1];
      if (await sendFile(ctx, join(process.cwd(), 'embed-examples'), path)) {
        ctx.set('Content-Security-Policy', STRICT_CSP);
        return;
      }
    }
    return next();
  };
}
