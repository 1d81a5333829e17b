/** Bytes the pages load, raw and gzipped, and the budget of the JS the app loads up front. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, REPO } from './config.ts';

export interface FileSize {
  raw: number;
  gzip: number;
}

const gzipCache = new Map<string, FileSize>();

/** A file's size, raw and gzipped; each file is compressed once per bench run. */
export function fileSize(file: string): FileSize {
  let s = gzipCache.get(file);
  if (!s) {
    const bytes = readFileSync(file);
    s = { raw: bytes.length, gzip: gzipSync(bytes).length };
    gzipCache.set(file, s);
  }
  return s;
}

export type ByteKind = 'html' | 'js' | 'css' | 'font' | 'basemap' | 'data' | 'sources' | 'other';

/** What a requested URL path is, for the bytes-before-first-idle breakdown. */
export function byteKind(path: string): ByteKind {
  if (/\/basemap\//.test(path)) return 'basemap';
  if (/\/data\//.test(path)) return 'data';
  if (/\/sources\//.test(path)) return 'sources';
  if (/\.(m?js)$/.test(path)) return 'js';
  if (/\.css$/.test(path)) return 'css';
  if (/\.woff2?$/.test(path)) return 'font';
  if (/(\.html|\/)$/.test(path)) return 'html';
  return 'other';
}

export interface JsBudget {
  /** the entry script and module preloads named in the built index.html */
  files: string[];
  appGzip: number;
  maplibreGzip: number;
  maplibreWorkerGzip: number;
  /** appGzip ÷ maplibreGzip */
  ratio: number;
}

/** The script and module-preload URLs an index.html loads up front. */
export function upfrontScripts(html: string): string[] {
  return [
    ...html.matchAll(
      /<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.m?js)"/g,
    ),
  ].map((m) => m[1] as string);
}

/** The JS the app's index.html loads up front (entry and preloads), gzipped, vs MapLibre's own. */
export function mainJsBudget(): JsBudget {
  const files = upfrontScripts(readFileSync(join(DIST, 'app/index.html'), 'utf8'));
  const appGzip = files.reduce((t, f) => t + fileSize(join(DIST, 'app', f)).gzip, 0);
  const maplibre = fileSize(join(REPO, 'node_modules/maplibre-gl/dist/maplibre-gl.mjs')).gzip;
  const worker = fileSize(join(REPO, 'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs')).gzip;
  return {
    files,
    appGzip,
    maplibreGzip: maplibre,
    maplibreWorkerGzip: worker,
    ratio: appGzip / maplibre,
  };
}
