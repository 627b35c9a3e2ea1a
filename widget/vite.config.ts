import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { minifyLiterals } from './build/minify-literals.plugin.ts';
import { noLitGlobals } from './build/no-lit-globals.plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The embeddable widget: `widget/dist/widget.js` (ES module) and `widget/dist/widget.iife.js`
 * (classic script), both minified with Lit bundled in, so a practice website needs one tag.
 */
export default defineConfig({
  root,
  plugins: [noLitGlobals(), minifyLiterals()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: true,
    lib: {
      entry: 'src/index.ts',
      // Vite requires a name for the IIFE build; with no runtime exports no global is created.
      name: 'YouAndYourGpWidget',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'widget.js' : `widget.${format}.js`),
    },
    rolldownOptions: {
      output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' },
      // The IIFE build reads document.currentScript before import.meta.url, so the `{}` that
      // replaces import.meta there is expected (see widget/src/api/script-origin.ts).
      onwarn(warning, warn) {
        if (warning.code !== 'EMPTY_IMPORT_META') warn(warning);
      },
    },
  },
});
