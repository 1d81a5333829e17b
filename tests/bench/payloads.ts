/**
 * The data each size is measured with: the published 2019 data, or a seeded synthetic dataset
 * run through the real pipeline, plus the swap and small-edit payloads for that size.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import type { Size } from './args.ts';
import { EDIT_SIZE, log, REPO } from './config.ts';
import { TILED_FROM_PLACES } from '../../src/lib/data/published.ts';
import type { DataBuildReport } from './data-build.ts';
import { builtDataset, builtRealDataset, type BuiltDataset } from './dataset.ts';

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
    const mod = (await import('../../src/lib/map/layer-data.ts')) as unknown as {
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
  /** the data build of the measured dataset, timed in its own process (synthetic sizes) */
  build?: DataBuildReport;
  /** true from TILED_FROM_PLACES on: the layer is published as vector tiles */
  tiled?: boolean;
}

/** A hash of the code that decides a data build's bytes and cost. */
function buildCodeVersion(): string {
  const hash = createHash('sha256');
  const dirs = ['src/pipeline/data', 'src/pipeline/tiles', 'src/pipeline/project', 'src/lib/data'];
  const files = dirs.flatMap((d) =>
    readdirSync(join(REPO, d), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => join(d, f)),
  );
  files.push('tests/bench/dataset.ts', 'tests/bench/large.ts', 'tests/bench/data-build.ts');
  for (const f of files.sort()) hash.update(f).update(readFileSync(join(REPO, f)));
  return hash.digest('hex').slice(0, 10);
}

/**
 * The data build of size `n`, run and timed in a child process (its wall time and peak RSS are
 * its own), unless a report from the same code is cached. Up to TILED_FROM_PLACES the full
 * pipeline; at TILED_FROM_PLACES the full pipeline and the tiler; beyond, the streamed build
 * (large.ts), since the full pipeline holds every record in memory (≈25 KB a place).
 */
function measuredBuild(cacheDir: string, n: number, seed: number): DataBuildReport {
  const streamed = n > TILED_FROM_PLACES;
  const dir = join(cacheDir, `n${n}-seed${seed}${streamed ? '-streamed' : ''}`);
  const reportFile = join(cacheDir, `build-n${n}-seed${seed}.json`);
  const version = buildCodeVersion();
  if (existsSync(reportFile)) {
    const stored = JSON.parse(readFileSync(reportFile, 'utf8')) as DataBuildReport & {
      version: string;
    };
    if (stored.version === version && existsSync(stored.dataDir)) return stored;
  }
  // A cold build, so its time and memory are the real ones.
  rmSync(dir, { recursive: true, force: true });
  log(
    `  data build n=${n} (${streamed ? 'streamed' : n >= TILED_FROM_PLACES ? 'pipeline + tiler' : 'pipeline'}), in its own process…`,
  );
  const args = ['tests/bench/data-build.ts', '--n', String(n), '--seed', String(seed)];
  args.push('--out', streamed ? dir : cacheDir);
  if (streamed) args.push('--streamed');
  else if (n >= TILED_FROM_PLACES) args.push('--tiles');
  const out = execFileSync(join(REPO, 'node_modules/.bin/tsx'), args, {
    cwd: REPO,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  const report = JSON.parse(out.trim().split('\n').pop() as string) as DataBuildReport;
  writeFileSync(reportFile, JSON.stringify({ ...report, version }));
  return report;
}

export async function prepareSize(size: Size, seed: number, cacheDir: string): Promise<SizeData> {
  if (size === 'real') {
    const real = await builtRealDataset(cacheDir);
    log(`2019 data: ${real.cached ? 'from cache' : `pipeline ${real.buildSeconds.toFixed(1)} s`}`);
    return { size, variant: 'real', dataDir: real.outDir };
  }
  log(`dataset n=${size}: generating and running the data pipeline (cached)…`);
  const build = measuredBuild(cacheDir, size, seed);
  log(
    `  ${build.how}: ${build.places} places, ${build.quotes} quotes verified, ${build.seconds.toFixed(1)} s, ` +
      `peak ${build.maxRssMB} MB` +
      (build.pmtilesBytes ? `, PMTiles ${(build.pmtilesBytes / 1e6).toFixed(1)} MB` : ''),
  );
  if (size >= TILED_FROM_PLACES) {
    // Tiled: no swap or small edit (a tile set is rebuilt, not patched in the browser).
    return { size, variant: `n${size}`, dataDir: dirname(build.dataDir), build, tiled: true };
  }
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
  const layers = join(REPO, 'src/lib/map/layer-data.ts');
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
  return { size, variant: `n${size}`, main, swap, dataDir: main.outDir, swapDir, swapHow, build };
}
