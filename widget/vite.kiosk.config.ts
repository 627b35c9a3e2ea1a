import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { minifyLiterals } from './build/minify-literals.plugin.ts';
import { noLitGlobals } from './build/no-lit-globals.plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const kioskDelivery = fileURLToPath(new URL('./src/kiosk/kiosk-delivery.controller.ts', import.meta.url));

/**
 * The waiting-room kiosk: `widget/dist-kiosk/kiosk.js` and its chunks, served at `/kiosk-app/`.
 * The same form as the widget, with one module swapped: the widget's DeliveryController (public
 * intake, proof of work, outbox) becomes the kiosk's (IndexedDB queue first, then the kiosk sync).
 * widget.js is built separately and never contains any of this.
 */
export default defineConfig({
  root,
  plugins: [noLitGlobals(), minifyLiterals()],
  resolve: {
    alias: [{ find: /^.*\/controllers\/delivery\.controller\.js$/, replacement: kioskDelivery }],
  },
  build: {
    outDir: 'dist-kiosk',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    lib: { entry: 'src/kiosk/index.ts', formats: ['es'], fileName: () => 'kiosk.js' },
    rolldownOptions: { output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' } },
  },
});
