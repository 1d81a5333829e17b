import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { contentSecurityPolicyMeta } from './src/pipeline/build/csp.ts';
import { dropDanglingSourceMaps } from './src/pipeline/build/source-maps.ts';

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
  plugins: [
    svelte({ configFile: fileURLToPath(new URL('./svelte.config.js', import.meta.url)) }),
    contentSecurityPolicyMeta(),
    dropDanglingSourceMaps(),
  ],
  optimizeDeps: {
    // Bundled before the first page load, so a cold `npm run dev` never discovers a dependency
    // mid-load, re-bundles, and answers the page with "504 (Outdated Optimize Dep)".
    include: ['maplibre-gl', 'd3-scale', 'd3-time', 'd3-time-format', '@turf/turf'],
    // The alias above makes `rtl-text-plugin?url` look like a bare package import, and Vite's
    // optimiser would then pre-bundle the plugin itself (running its WebAssembly in the page and
    // exporting a Promise) instead of leaving `?url` to give the file's URL. Listed with its query
    // because that is the id the optimiser checks.
    exclude: ['rtl-text-plugin?url'],
  },
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
    include: ['src/**/*.test.ts', 'tests/bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
