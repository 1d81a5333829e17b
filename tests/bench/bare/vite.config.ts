import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const repo = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

/** Builds the bare-MapLibre page: `vite build -c tests/bench/bare/vite.config.ts --outDir …`. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  resolve: {
    // The same alias as the app's config (see vite.config.ts): the RTL plugin's UMD build.
    alias: [
      {
        find: /^rtl-text-plugin(\?.*)?$/,
        replacement:
          repo('node_modules/@mapbox/mapbox-gl-rtl-text/dist/mapbox-gl-rtl-text.js') + '$1',
      },
    ],
  },
  build: { emptyOutDir: true, target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 2000 },
  logLevel: 'warn',
});
