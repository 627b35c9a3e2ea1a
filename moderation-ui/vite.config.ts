import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The staff app (`<yyg-staff-app>`), built to `moderation-ui/dist/` for the backend to serve at
 * `/staff/` under its strict CSP: one module script and one stylesheet, both files, and the
 * components' styles adopted as constructed stylesheets, so nothing inline reaches the page.
 * The assisted-entry element is built after this, into `dist/assist/` (assisted.vite.config.ts).
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/staff/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Every browser the NHS supports has module preload; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
  },
});
