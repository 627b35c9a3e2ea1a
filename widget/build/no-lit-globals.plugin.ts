import type { Plugin } from 'vite';

const LIT_MODULE = /[\\/]node_modules[\\/](?:lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/;
const VERSION_REGISTRATION =
  /\(\s*\w+\.(?:litHtmlVersions|reactiveElementVersions|litElementVersions)\s*\?\?=\s*\[\]\s*\)\.push\([^)]*\)/g;
const METADATA_SETUP = /\b\w+\.litPropertyMetadata\s*\?\?=\s*new WeakMap\b/g;
const METADATA_USE = /\b(?:globalThis\.)?litPropertyMetadata\b/g;
const METADATA_MODULE = '\0yyg-lit-property-metadata';
const ANY_LIT_GLOBAL = /litHtmlVersions|reactiveElementVersions|litElementVersions|litPropertyMetadata/;

/**
 * Keep the bundled copy of Lit off `window`. Lit registers its versions in three globals (so
 * pages with two copies can warn) and keeps decorator metadata in `globalThis.litPropertyMetadata`
 * (so copies can share it). The widget promises host pages it adds no global besides its element,
 * and it is the only user of its own copy, so the versions are dropped and the metadata map is made
 * private to the bundle. If a Lit upgrade changes these shapes, the build fails rather than leaks.
 */
export function noLitGlobals(): Plugin {
  return {
    name: 'yyg-no-lit-globals',
    resolveId: (id) => (id === METADATA_MODULE ? id : null),
    load: (id) => (id === METADATA_MODULE ? 'export const litPropertyMetadata = new WeakMap();' : null),
    transform(code, id) {
      if (!LIT_MODULE.test(id) || !ANY_LIT_GLOBAL.test(code)) return null;
      let out = code.replace(VERSION_REGISTRATION, 'void 0').replace(METADATA_SETUP, 'void 0');
      if (out.includes('litPropertyMetadata')) {
        out = `import { litPropertyMetadata as yygLitPropertyMetadata } from '${METADATA_MODULE}';\n${out.replace(
          METADATA_USE,
          'yygLitPropertyMetadata',
        )}`;
      }
      return { code: out, map: null };
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && ANY_LIT_GLOBAL.test(file.code.replaceAll('yygLitPropertyMetadata', ''))) {
          this.error(`${file.fileName} still touches a Lit global: update widget/build/no-lit-globals.plugin.ts`);
        }
      }
    },
  };
}
