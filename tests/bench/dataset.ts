/**
 * Synthetic curated datasets for the benchmark: N curated-point places inside real Iraqi and
 * Syrian provinces, 1–3 claims each, every claim quoting sentences of a few synthetic source
 * texts. Seeded, so a size and a seed always give the same bytes; then the real data pipeline
 * (`buildDataset`) verifies every quote and writes the published layer, exactly as `npm run data`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon, bbox } from '@turf/turf';
import type { Claim, Place, Precision, Source } from '../../src/lib/data/types.ts';
import { CATEGORIES } from '../../src/lib/data/vocabulary.ts';
import { buildDataset, formatReport, type BuildSummary } from '../../src/pipeline/data/build.ts';
import { admin1 } from '../../src/pipeline/reference/index.ts';
import { mulberry32 } from '../../src/lib/data/random.ts';

/**
 * Where synthetic incidents fall: the provinces of the 2019 story (Iraq's north and west, eastern
 * Syria), weighted roughly as the real reports are, so density looks like the real map's.
 */
const PROVINCE_WEIGHTS: Record<string, number> = {
  'IQ-AN': 6,
  'IQ-NI': 6,
  'IQ-SD': 4,
  'IQ-KI': 3,
  'IQ-DI': 3,
  'IQ-BG': 2,
  'IQ-AR': 1,
  'IQ-SU': 1,
  'IQ-BB': 1,
  'IQ-WA': 1,
  'SY-DY': 5,
  'SY-HA': 3,
  'SY-RA': 2,
  'SY-HI': 1,
};

export const SOURCE_COUNT = 5;
/** sentences per source text: enough variety, small enough that verifying 10^5 quotes is quick */
const SENTENCES_PER_SOURCE = 400;
const PUBLICATIONS = ['Bench Herald', 'Bench Wire', 'Bench Monitor', 'Bench Tribune', 'Bench Post'];
const WHAT = [
  'residents reported gunfire near a checkpoint',
  'officials described a night raid on a farm',
  'a local council said fighters crossed a dry riverbed',
  'witnesses saw trucks moving without lights',
  'security forces said they cleared a tunnel',
  'a tribal leader said families paid a levy',
  'police said a roadside bomb was defused',
  'a commander said sleeper cells were active',
];

interface GeneratedPaths {
  /** the curated dataset (seeds/, data/) */
  rootDir: string;
  /** the published layer (data/places.geojson, the claim index and shards, data/sources.json, sources/) */
  outDir: string;
}

export function sourceId(k: number): string {
  return `bench-source-${String.fromCharCode(97 + k)}`;
}

/** One sentence per line, each unique (its report letter and item number say so). */
function sentence(k: number, i: number): string {
  const letter = String.fromCharCode(65 + k);
  const what = WHAT[(i * 7 + k) % WHAT.length] as string;
  return `In report ${letter}, item ${String(i).padStart(4, '0')} notes that ${what}.`;
}

export function sourceText(k: number): string {
  const lines = [`Synthetic benchmark article ${String.fromCharCode(65 + k)}`, ''];
  for (let i = 0; i < SENTENCES_PER_SOURCE; i++) lines.push(sentence(k, i));
  return `${lines.join('\n')}\n`;
}

function isoDay(day: number): string {
  return new Date(Date.UTC(2019, 0, 1 + day)).toISOString().slice(0, 10);
}

interface ProvinceSampler {
  iso: string;
  country: string;
  sample(rand: () => number): [number, number];
}

function provinceSamplers(): { pick(rand: () => number): ProvinceSampler } {
  const entries = Object.entries(PROVINCE_WEIGHTS).map(([iso, weight]) => {
    const feature = admin1(iso);
    const [w, s, e, n] = bbox(feature);
    const sampler: ProvinceSampler = {
      iso,
      country: feature.properties.country,
      sample(rand) {
        for (;;) {
          const p: [number, number] = [
            Number((w + rand() * (e - w)).toFixed(5)),
            Number((s + rand() * (n - s)).toFixed(5)),
          ];
          if (booleanPointInPolygon(p, feature)) return p;
        }
      },
    };
    return { sampler, weight };
  });
  const total = entries.reduce((t, e) => t + e.weight, 0);
  return {
    pick(rand) {
      let r = rand() * total;
      for (const e of entries) {
        r -= e.weight;
        if (r < 0) return e.sampler;
      }
      return (entries[entries.length - 1] as { sampler: ProvinceSampler }).sampler;
    },
  };
}

/**
 * The synthetic places of size `n` and `seed`, one at a time with their claims: the curated
 * files are written from it, and the 10^6 build (large.ts) streams it without writing them.
 */
export function* syntheticPlaces(
  n: number,
  seed: number,
): Generator<{ place: Place; claims: Claim[] }> {
  const rand = mulberry32(seed);
  const int = (max: number) => Math.floor(rand() * max);
  const provinces = provinceSamplers();
  const kinds = ['city', 'town', 'village', 'site'] as const;
  const precisions: Precision[] = ['site', 'settlement', 'settlement', 'district'];
  for (let i = 0; i < n; i++) {
    const province = provinces.pick(rand);
    const id = `s${seed}-p${i}`;
    const place: Place = {
      id,
      name: { en: `Bench place ${i}`, ar: `موقع تجريبي ${i}` },
      aliases: [],
      kind: kinds[int(kinds.length)] as Place['kind'],
      precision: precisions[int(precisions.length)] as Precision,
      country: province.country,
      province: province.iso,
      geometry: {
        from: 'curated-point',
        coordinates: province.sample(rand),
        source: 'synthetic benchmark point',
        uncertainty_km: 1,
      },
      approximate: false,
    };
    const claims: Claim[] = [];
    const count = 1 + int(3);
    for (let j = 0; j < count; j++) {
      const first = int(SOURCE_COUNT);
      const quoted =
        rand() < 0.4 ? [first, (first + 1 + int(SOURCE_COUNT - 1)) % SOURCE_COUNT] : [first];
      const day = int(330);
      claims.push({
        id: `s${seed}-c${i}-${j}`,
        places: [id],
        category: CATEGORIES[int(CATEGORIES.length)] as Claim['category'],
        summary: `Synthetic claim ${j + 1} at bench place ${i}.`,
        occurred: { start: isoDay(day), end: isoDay(day), precision: 'day', basis: 'synthetic' },
        quotes: quoted.map((k) => ({
          source: sourceId(k),
          text: sentence(k, int(SENTENCES_PER_SOURCE)),
        })),
      });
    }
    yield { place, claims };
  }
}

/** Writes a curated dataset of `n` places into `rootDir` (seeds/ and data/). */
function writeCuratedDataset(rootDir: string, n: number, seed: number): void {
  mkdirSync(join(rootDir, 'seeds'), { recursive: true });
  mkdirSync(join(rootDir, 'data'), { recursive: true });

  const sources: Source[] = [];
  const sums: string[] = [];
  for (let k = 0; k < SOURCE_COUNT; k++) {
    const file = `bench-${String.fromCharCode(97 + k)}.txt`;
    const bytes = Buffer.from(sourceText(k), 'utf8');
    writeFileSync(join(rootDir, 'seeds', file), bytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    sums.push(`${sha256}  ${file}`);
    sources.push({
      id: sourceId(k),
      file,
      sha256,
      publication: PUBLICATIONS[k] as string,
      headline: `Synthetic benchmark article ${String.fromCharCode(65 + k)}`,
      authors: [],
      date: `2019-12-${String(10 + k).padStart(2, '0')}`,
      date_precision: 'day',
      date_basis: 'synthetic benchmark data',
      language: 'en',
      // One rewrite, so corroboration has something to collapse, as in the real data.
      derived_from:
        k === SOURCE_COUNT - 1
          ? [{ source: sourceId(0), relation: 'rewrite', evidence: 'synthetic benchmark link' }]
          : [],
    });
  }
  writeFileSync(
    join(rootDir, 'seeds', 'sources.json'),
    `${JSON.stringify({ sources }, null, 2)}\n`,
  );
  writeFileSync(join(rootDir, 'seeds', 'SHA256SUMS'), `${sums.join('\n')}\n`);

  const places: Place[] = [];
  const claims: Claim[] = [];
  for (const g of syntheticPlaces(n, seed)) {
    places.push(g.place);
    claims.push(...g.claims);
  }
  writeFileSync(join(rootDir, 'data', 'places.json'), `${JSON.stringify({ places })}\n`);
  writeFileSync(join(rootDir, 'data', 'claims.json'), `${JSON.stringify({ claims })}\n`);
}

export interface BuiltDataset extends GeneratedPaths {
  summary: BuildSummary;
  /** seconds: writing the curated files, and the pipeline (checks, quote verification, output) */
  generateSeconds: number;
  buildSeconds: number;
  cached: boolean;
}

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * A short hash of everything that decides a dataset's bytes: this generator, the pipeline and the
 * data model. A cached dataset built by an older pipeline (say, before it wrote a new output file
 * the app now loads) is then never reused.
 */
function pipelineVersion(dataDirs: readonly string[] = []): string {
  const hash = createHash('sha256');
  const code = ['src/pipeline/data', 'src/pipeline/project', 'src/lib/data'];
  // Recursive: the data model's schemas live in a subfolder (src/lib/data/schema/).
  const under = (d: string) =>
    readdirSync(join(REPO, d), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => `${d}/${relative(join(REPO, d), join(e.parentPath, e.name))}`);
  const files = [
    'tests/bench/dataset.ts',
    ...code.flatMap(under).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')),
    ...dataDirs.flatMap(under),
  ].sort();
  for (const f of files) hash.update(f).update(readFileSync(join(REPO, f)));
  return hash.digest('hex').slice(0, 10);
}

/**
 * The published layer for size `n` and `seed`, from the cache when it is there: generates the
 * curated files, runs the real pipeline on them, and fails loudly if any check fails.
 */
export async function builtDataset(
  cacheDir: string,
  n: number,
  seed: number,
): Promise<BuiltDataset> {
  const version = pipelineVersion();
  const dir = join(cacheDir, `n${n}-seed${seed}`);
  const paths = { rootDir: join(dir, 'curated'), outDir: join(dir, 'public') };
  const meta = join(dir, 'built.json');
  if (existsSync(meta)) {
    const stored = JSON.parse(readFileSync(meta, 'utf8')) as Omit<BuiltDataset, 'cached'> & {
      version?: string;
    };
    if (stored.version === version) return { ...stored, ...paths, cached: true };
  }
  rmSync(dir, { recursive: true, force: true });
  let t = performance.now();
  writeCuratedDataset(paths.rootDir, n, seed);
  const generateSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  const result = await buildDataset({ rootDir: paths.rootDir, outDir: paths.outDir });
  const buildSeconds = (performance.now() - t) / 1000;
  if (result.errors.length > 0 || !result.summary) {
    throw new Error(
      `The synthetic dataset n=${n} seed=${seed} failed the pipeline:\n${formatReport(result).slice(0, 4000)}`,
    );
  }
  const built = { ...paths, summary: result.summary, generateSeconds, buildSeconds };
  writeFileSync(meta, `${JSON.stringify({ ...built, version }, null, 2)}\n`);
  return { ...built, cached: false };
}

/**
 * The 2019 data through the same pipeline into the bench's cache: the bench then measures what
 * the current pipeline publishes, never a stale public/data/ left by an older build.
 */
export async function builtRealDataset(cacheDir: string): Promise<BuiltDataset> {
  const version = pipelineVersion(['data', 'seeds']);
  const dir = join(cacheDir, 'real');
  const paths = { rootDir: REPO, outDir: join(dir, 'public') };
  const meta = join(dir, 'built.json');
  if (existsSync(meta)) {
    const stored = JSON.parse(readFileSync(meta, 'utf8')) as Omit<BuiltDataset, 'cached'> & {
      version?: string;
    };
    if (stored.version === version) return { ...stored, ...paths, cached: true };
  }
  rmSync(dir, { recursive: true, force: true });
  const t = performance.now();
  const result = await buildDataset({ rootDir: REPO, outDir: paths.outDir });
  const buildSeconds = (performance.now() - t) / 1000;
  if (result.errors.length > 0 || !result.summary) {
    throw new Error(`The 2019 data failed the pipeline:\n${formatReport(result).slice(0, 4000)}`);
  }
  const built = { ...paths, summary: result.summary, generateSeconds: 0, buildSeconds };
  writeFileSync(meta, `${JSON.stringify({ ...built, version }, null, 2)}\n`);
  return { ...built, cached: false };
}
