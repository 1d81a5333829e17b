/**
 * The data each size is measured with: the published 2019 data, or a seeded synthetic dataset
 * run through the real pipeline, plus the swap and small-edit payloads for that size.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import type { Size } from './args.ts';
import { APP_DIR } from './build.ts';
import { EDIT_SIZE, log, REPO } from './config.ts';
import { builtDataset, type BuiltDataset } from './dataset.ts';

interface PreparedData {
  features: Feature[];
  anchors: Feature[] | null;
  how: string;
}

/**
 * What the app's sources would hold for a layer: its own prepareIncidentData when it has one (the
 * slim features and their anchors), else the published features as they are.
 */
async function prepareForSources(fc: FeatureCollection): Promise<PreparedData> {
  try {
    const mod = (await import('../../src/lib/map/incident-layers.ts')) as unknown as {
      prepareIncidentData?: (f: readonly Feature[]) => { slim: Feature[]; anchors: Feature[] };
    };
    if (mod.prepareIncidentData) {
      const { slim, anchors } = mod.prepareIncidentData(fc.features);
      return {
        features: slim,
        anchors,
        how: "the app's prepareIncidentData (slim features + anchors)",
      };
    }
  } catch (e) {
    log('could not use prepareIncidentData:', e instanceof Error ? e.message : e);
  }
  return { features: fc.features, anchors: null, how: 'the published features, unchanged' };
}

export interface SizeData {
  size: Size;
  /** the URL segment the bench server serves this size under */
  variant: string;
  main?: BuiltDataset;
  swap?: BuiltDataset;
  /** folder holding data/ and sources/ */
  dataDir: string;
  swapDir?: string;
  swapHow?: string;
}

export async function prepareSize(size: Size, seed: number, cacheDir: string): Promise<SizeData> {
  if (size === 'real') return { size, variant: 'real', dataDir: APP_DIR };
  log(`dataset n=${size}: generating and running the data pipeline (cached)…`);
  const main = await builtDataset(cacheDir, size, seed);
  const swap = await builtDataset(cacheDir, size, seed + 1);
  for (const d of [main, swap]) {
    log(
      `  seed ${d === main ? seed : seed + 1}: ${d.summary.places} places, ${d.summary.claims} claims, ` +
        `${d.summary.quotes} quotes verified; ` +
        (d.cached
          ? 'from cache'
          : `generated in ${d.generateSeconds.toFixed(1)} s, pipeline ${d.buildSeconds.toFixed(1)} s`),
    );
  }
  const swapDir = join(dirname(main.outDir), 'swap');
  const readFc = (d: BuiltDataset) =>
    JSON.parse(readFileSync(join(d.outDir, 'data/places.geojson'), 'utf8')) as FeatureCollection;
  // The payloads follow both datasets and the app's own data preparation: rebuilt when any changes.
  const layers = join(REPO, 'src/lib/map/incident-layers.ts');
  const key = createHash('sha256')
    .update(readFileSync(join(main.outDir, 'data/places.geojson')))
    .update(readFileSync(join(swap.outDir, 'data/places.geojson')))
    .update(existsSync(layers) ? readFileSync(layers) : '')
    .digest('hex');
  const marker = join(swapDir, 'how.json');
  const stored = existsSync(marker)
    ? (JSON.parse(readFileSync(marker, 'utf8')) as { key: string; how: string })
    : null;
  let swapHow: string;
  if (stored?.key === key) swapHow = stored.how;
  else {
    rmSync(swapDir, { recursive: true, force: true });
    mkdirSync(swapDir, { recursive: true });
    const next = await prepareForSources(readFc(swap));
    const mainIds = readFc(main).features.map((f) => String(f.properties?.id));
    const step = mainIds.length / EDIT_SIZE;
    const remove = Array.from({ length: EDIT_SIZE }, (_, i) => mainIds[Math.floor(i * step)]);
    const add = (fs: Feature[] | null) => (fs ? fs.slice(0, EDIT_SIZE) : null);
    writeFileSync(
      join(swapDir, 'features.json'),
      JSON.stringify({ type: 'FeatureCollection', features: next.features }),
    );
    if (next.anchors) {
      writeFileSync(
        join(swapDir, 'anchors.json'),
        JSON.stringify({ type: 'FeatureCollection', features: next.anchors }),
      );
    }
    writeFileSync(
      join(swapDir, 'edit.json'),
      JSON.stringify({
        features: { add: add(next.features), remove },
        anchors: { add: add(next.anchors ?? next.features), remove },
      }),
    );
    swapHow = next.how;
    writeFileSync(marker, JSON.stringify({ key, how: swapHow }));
  }
  return { size, variant: `n${size}`, main, swap, dataDir: main.outDir, swapDir, swapHow };
}
