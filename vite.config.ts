import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const repo = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  // index.html lives in src/ so the top level stays as the design card lists it.
  root: 'src',
  publicDir: '../public',
  // Relative base: dist/ works from any static server and any sub-path (a USB stick, a laptop).
  base: './',
  resolve: {
    alias: [
      // The package's exports map names only its ESM source, whose `import './icu.wasm'` no browser
      // can load as a plugin script. MapLibre needs the self-contained UMD build (wasm inlined).
      {
        find: /^rtl-text-plugin(\?.*)?$/,
        replacement:
          fileURLToPath(
            new URL(
              './node_modules/@mapbox/mapbox-gl-rtl-text/dist/mapbox-gl-rtl-text.js',
              import.meta.url,
            ),
          ) + '$1',
      },
    ],
  },
  plugins: [svelte({ configFile: fileURLToPath(new URL('./svelte.config.js', import.meta.url)) })],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
  test: {
    root: repo,
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
