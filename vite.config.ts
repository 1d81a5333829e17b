import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { contentSecurityPolicyMeta } from './src/pipeline/build/csp.ts';
import { dropDanglingSourceMaps } from './src/pipeline/build/source-maps.ts';
import { citemapStudio } from './src/pipeline/studio/plugin.ts';

const repo = fileURLToPath(new URL('.', import.meta.url));
// The project the studio edits (`npm run new`), this repository's own data when unset. Its
// published data goes into public/, which the dev server serves and `vite build` copies.
const project = resolve(repo, process.env.CITEMAP_PROJECT ?? '.');
// Where the dev server serves (and the studio publishes) the data from; a test gives its own copy
// so that a temporary project never overwrites this repository's public/.
const publicDir = resolve(repo, process.env.CITEMAP_PUBLIC_DIR ?? 'public');

export default defineConfig({
  // index.html lives in src/ so the top level stays as the design card lists it.
  root: 'src',
  publicDir,
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
    // dev server only (`apply: 'serve'`): nothing of the studio's endpoint reaches dist/
    citemapStudio({ root: project, publishDir: publicDir }),
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
  // Loopback only: the studio endpoint writes files, so nothing off this machine may reach it.
  server: { port: 5173, host: '127.0.0.1' },
  test: {
    root: repo,
    include: ['src/**/*.test.ts', 'tests/bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
