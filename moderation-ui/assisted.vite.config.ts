import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The assisted-entry element (`<yyg-assisted-entry>`), built after the staff page into
 * `moderation-ui/dist/assist/assist.js`: one ES module, Lit included, which the server-rendered
 * `/assist/:code` page loads from `/staff/assist/assist.js` under the strict page CSP.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  build: {
    outDir: 'dist/assist',
    emptyOutDir: true,
    target: 'es2022',
    lib: {
      entry: fileURLToPath(new URL('./src/assisted/assisted-entry.ts', import.meta.url)),
      formats: ['es'],
      fileName: () => 'assist.js',
    },
  },
});
