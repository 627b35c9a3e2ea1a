import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Lit records its version in three window globals (`litHtmlVersions`, `reactiveElementVersions`,
 * `litElementVersions`) so that pages with two copies can warn. The widget promises host pages that
 * it adds no global besides its element, so the bundled copy drops those registrations.
 */
function dropLitVersionGlobals(): Plugin {
  const registration =
    /\(\s*\w+\.(?:litHtmlVersions|reactiveElementVersions|litElementVersions)\s*\?\?=\s*\[\]\s*\)\.push\([^)]*\)/g;
  return {
    name: 'yyg-drop-lit-version-globals',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/](lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id)) return null;
      return registration.test(code) ? { code: code.replace(registration, 'void 0'), map: null } : null;
    },
  };
}

/**
 * The embeddable widget: `widget/dist/widget.js` (ES module) and `widget/dist/widget.iife.js`
 * (classic script), both minified with Lit bundled in, so a practice website needs one tag.
 */
export default defineConfig({
  root,
  plugins: [dropLitVersionGlobals()],
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
      output: { minify: true },
      // The IIFE build reads document.currentScript before import.meta.url, so the `{}` that
      // replaces import.meta there is expected (see SCRIPT_ORIGIN in feedback.component.ts).
      onwarn(warning, warn) {
        if (warning.code !== 'EMPTY_IMPORT_META') warn(warning);
      },
    },
  },
});
