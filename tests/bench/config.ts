/** Where the benchmark builds and reads, and the fixed sizes of what it measures. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(HERE, '../..');
/** The bench's own build folder: never dist/, so it cannot collide with `npm run build`. */
export const DIST = join(REPO, 'dist-bench');
export const VIEWPORT = { width: 1280, height: 800 };
/** pan frames timed per run */
export const PANS = 60;
/** places added and removed by the small-edit measurement; also the smallest synthetic size */
export const EDIT_SIZE = 100;

/** Progress goes to stderr, so stdout carries only the report. */
export const log = (...args: unknown[]) => console.error('[bench]', ...args);
