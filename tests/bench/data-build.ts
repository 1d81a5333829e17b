/**
 * One data build in its own process, so its wall time and peak memory (maxRSS) are its own:
 *
 *   npx tsx tests/bench/data-build.ts --n 1000000 --seed 2019 --out <dir> [--streamed | --tiles]
 *
 * Without --streamed: the full pipeline (every check, quotes verified, every published file),
 * then, with --tiles, the tiler on its output. With --streamed: large.ts (same places, quotes verified, tiles,
 * search index and manifest; no claim shards). Prints one JSON line on stdout.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO } from './config.ts';
import { builtDataset } from './dataset.ts';
import { buildStreamed } from './large.ts';

export interface DataBuildReport {
  n: number;
  how: 'pipeline' | 'pipeline + tiler' | 'streamed';
  seconds: number;
  pipelineSeconds: number;
  tileSeconds: number;
  maxRssMB: number;
  places: number;
  claims: number;
  quotes: number;
  pmtilesBytes: number | null;
  tiles: number | null;
  /** the published data/ folder */
  dataDir: string;
}

const { values } = parseArgs({
  options: {
    n: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string' },
    streamed: { type: 'boolean' },
    tiles: { type: 'boolean' },
  },
});
const n = Number(values.n);
const seed = Number(values.seed ?? 2019);
if (!Number.isSafeInteger(n) || n < 1 || !values.out) {
  console.error(
    'Usage: tsx tests/bench/data-build.ts --n <places> --seed <n> --out <dir> [--streamed]',
  );
  process.exit(2);
}
const t0 = performance.now();
let tilerRssMB = 0;
let report: Omit<DataBuildReport, 'seconds' | 'maxRssMB'>;
if (values.streamed) {
  const s = buildStreamed(values.out, n, seed);
  const tileSeconds = (performance.now() - t0) / 1000;
  report = {
    n,
    how: 'streamed',
    pipelineSeconds: 0,
    tileSeconds,
    places: s.places,
    claims: s.claims,
    quotes: s.quotes,
    pmtilesBytes: s.tiles.archive.bytes,
    tiles: s.tiles.archive.addressedTiles,
    dataDir: join(values.out, 'data'),
  };
} else {
  const built = await builtDataset(values.out, n, seed);
  const t1 = performance.now();
  const dataDir = join(built.outDir, 'data');
  // The tiler runs in a process of its own, as the build would run it after the pipeline: in the
  // pipeline's process it would start with the pipeline's ≈2.5 GB heap (at 10^5) still held.
  const tiler = values.tiles
    ? (JSON.parse(
        execFileSync(
          join(REPO, 'node_modules/.bin/tsx'),
          ['src/pipeline/tiles/build.ts', '--data', dataDir],
          { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
        )
          .trim()
          .split('\n')
          .pop() as string,
      ) as { archive: { bytes: number; addressedTiles: number }; maxRssMB: number })
    : null;
  tilerRssMB = tiler?.maxRssMB ?? 0;
  report = {
    n,
    how: tiler ? 'pipeline + tiler' : 'pipeline',
    pipelineSeconds: (t1 - t0) / 1000,
    tileSeconds: (performance.now() - t1) / 1000,
    places: built.summary.places,
    claims: built.summary.claims,
    quotes: built.summary.quotes,
    pmtilesBytes: tiler?.archive.bytes ?? null,
    tiles: tiler?.archive.addressedTiles ?? null,
    dataDir,
  };
}
const full: DataBuildReport = {
  ...report,
  seconds: (performance.now() - t0) / 1000,
  // maxRSS is in kilobytes; the peak of this process and of the tiler's.
  maxRssMB: Math.max(Math.round(process.resourceUsage().maxRSS / 1024), tilerRssMB),
};
console.log(JSON.stringify(full));
