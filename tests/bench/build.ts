/** Builds the two pages the bench compares, into dist-bench/ (never dist/ or public/). */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, log, REPO } from './config.ts';

export const APP_DIR = join(DIST, 'app');
export const BARE_DIR = join(DIST, 'bare');

/** `vite build` of the app (dist-bench/app) and of tests/bench/bare/ (dist-bench/bare). */
export function buildPages(): void {
  const vite = join(REPO, 'node_modules/.bin/vite');
  log('building the app → dist-bench/app');
  // The app's config has root src/, so its --outDir is relative to src/.
  execFileSync(vite, ['build', '--outDir', '../dist-bench/app', '--logLevel', 'warn'], {
    cwd: REPO,
    stdio: 'inherit',
  });
  log('building the bare-MapLibre page → dist-bench/bare');
  execFileSync(vite, ['build', '-c', 'tests/bench/bare/vite.config.ts', '--outDir', BARE_DIR], {
    cwd: REPO,
    stdio: 'inherit',
  });
}

/** For --skip-build: fails early, and says what to do, when an earlier build is missing. */
export function assertBuilt(): void {
  if (!existsSync(join(APP_DIR, 'index.html')) || !existsSync(join(BARE_DIR, 'index.html'))) {
    throw new Error(
      '--skip-build, but dist-bench/app or dist-bench/bare is missing: run without it once.',
    );
  }
}
