import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The interim staff page, built to `moderation-ui/dist/` for the backend to serve at `/staff/`.
 * No inline script or style ends up in the page, so it runs under the backend's strict CSP.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/staff/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
  },
});
