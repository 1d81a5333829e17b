/**
 * `npm run bench`: what citemap costs on top of MapLibre. Builds the app and a bare-MapLibre page
 * (tests/bench/bare/: same style, basemap, fonts, worker and incident data, one circle layer),
 * generates seeded synthetic datasets through the real data pipeline, and drives both pages in
 * headless Chromium, interleaved, in a fresh browser context per run. Prints a Markdown table of
 * medians and app ÷ bare ratios against the targets, and writes tests/bench/results/latest.{md,json}.
 *
 *   npm run bench -- --sizes 100,1000 --runs 1     a quick look
 *   npm run bench                                  the full run (10^2…10^5, 5 runs each)
 *
 * Flags: --sizes (comma list of place counts; `real` is the published 2019 dataset), --runs,
 * --seed, --port, --clicks (per run), --skip-build (reuse dist-bench/), --out (results folder).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Feature, FeatureCollection } from 'geojson';
import { CHROMIUM_ARGS, chromiumPath } from '../browser/chromium.ts';
import { builtDataset, type BuiltDataset } from './dataset.ts';
import { fileFor, serveBench, type BenchServerOptions, type Variant } from './server.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '../..');
const DIST = join(REPO, 'dist-bench');
const VIEWPORT = { width: 1280, height: 800 };
const PANS = 60;
const EDIT_SIZE = 100;

// ─── Options ─────────────────────────────────────────────────────────────────

interface Options {
  sizes: Size[];
  runs: number;
  seed: number;
  port: number;
  clicks: number;
  build: boolean;
  out: string;
}

type Size = number | 'real';

function parseOptions(argv: string[]): Options {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (!a.startsWith('--')) throw new Error(`Unexpected argument ${a}`);
    const [key, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
    if (key === 'skip-build') flags.set(key, 'true');
    else flags.set(key, inline ?? (argv[++i] as string));
  }
  const known = ['sizes', 'runs', 'seed', 'port', 'clicks', 'skip-build', 'out'];
  for (const k of flags.keys()) {
    if (!known.includes(k)) throw new Error(`Unknown flag --${k} (known: ${known.join(', ')})`);
  }
  const sizes = (flags.get('sizes') ?? '100,1000,10000,100000,real').split(',').map((s): Size => {
    if (s === 'real') return 'real';
    const n = Number(s);
    if (!Number.isInteger(n) || n < EDIT_SIZE)
      throw new Error(`--sizes: ${s} is not a whole number ≥ ${EDIT_SIZE}`);
    return n;
  });
  const runs = Number(flags.get('runs') ?? 5);
  return {
    sizes,
    runs,
    seed: Number(flags.get('seed') ?? 2019),
    port: Number(flags.get('port') ?? 4391),
    clicks: Number(flags.get('clicks') ?? Math.max(5, Math.ceil(24 / runs))),
    build: flags.get('skip-build') !== 'true',
    out: resolve(REPO, flags.get('out') ?? 'tests/bench/results'),
  };
}

const log = (...args: unknown[]) => console.error('[bench]', ...args);

// ─── Statistics ──────────────────────────────────────────────────────────────

function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank: the smallest value with at least q of the values at or below it.
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  ] as number;
}
const median = (v: readonly number[]) => quantile(v, 0.5);

// ─── Builds and data ─────────────────────────────────────────────────────────

function build(): void {
  const vite = join(REPO, 'node_modules/.bin/vite');
  log('building the app → dist-bench/app');
  execFileSync(vite, ['build', '--outDir', '../dist-bench/app', '--logLevel', 'warn'], {
    cwd: REPO,
    stdio: 'inherit',
  });
  log('building the bare-MapLibre page → dist-bench/bare');
  execFileSync(
    vite,
    ['build', '-c', 'tests/bench/bare/vite.config.ts', '--outDir', join(DIST, 'bare')],
    {
      cwd: REPO,
      stdio: 'inherit',
    },
  );
}

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

interface SizeData {
  size: Size;
  variant: string;
  main?: BuiltDataset;
  swap?: BuiltDataset;
  dataDir: string;
  swapDir?: string;
  swapHow?: string;
}

async function prepareSize(size: Size, seed: number, cacheDir: string): Promise<SizeData> {
  if (size === 'real') return { size, variant: 'real', dataDir: join(DIST, 'app') };
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
    JSON.parse(readFileSync(join(d.outDir, 'data/incidents.geojson'), 'utf8')) as FeatureCollection;
  // The payloads follow both datasets and the app's own data preparation: rebuilt when any changes.
  const layers = join(REPO, 'src/lib/map/incident-layers.ts');
  const key = createHash('sha256')
    .update(readFileSync(join(main.outDir, 'data/incidents.geojson')))
    .update(readFileSync(join(swap.outDir, 'data/incidents.geojson')))
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

// ─── Bytes ───────────────────────────────────────────────────────────────────

const gzipCache = new Map<string, { raw: number; gzip: number }>();
function sizes(file: string): { raw: number; gzip: number } {
  let s = gzipCache.get(file);
  if (!s) {
    const bytes = readFileSync(file);
    s = { raw: bytes.length, gzip: gzipSync(bytes).length };
    gzipCache.set(file, s);
  }
  return s;
}

type ByteKind = 'html' | 'js' | 'css' | 'font' | 'basemap' | 'data' | 'sources' | 'other';
function byteKind(path: string): ByteKind {
  if (/\/basemap\//.test(path)) return 'basemap';
  if (/\/data\//.test(path)) return 'data';
  if (/\/sources\//.test(path)) return 'sources';
  if (/\.(m?js)$/.test(path)) return 'js';
  if (/\.css$/.test(path)) return 'css';
  if (/\.woff2?$/.test(path)) return 'font';
  if (/(\.html|\/)$/.test(path)) return 'html';
  return 'other';
}

/** The JS the app's index.html loads up front (entry and preloads), gzipped, vs MapLibre's own. */
function mainJsBudget(): Record<string, number | string[]> {
  const html = readFileSync(join(DIST, 'app/index.html'), 'utf8');
  const files = [
    ...html.matchAll(
      /<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.m?js)"/g,
    ),
  ].map((m) => m[1] as string);
  const appGzip = files.reduce((t, f) => t + sizes(join(DIST, 'app', f)).gzip, 0);
  const maplibre = sizes(join(REPO, 'node_modules/maplibre-gl/dist/maplibre-gl.mjs')).gzip;
  const worker = sizes(join(REPO, 'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs')).gzip;
  return {
    files,
    appGzip,
    maplibreGzip: maplibre,
    maplibreWorkerGzip: worker,
    ratio: appGzip / maplibre,
  };
}

// ─── One run ─────────────────────────────────────────────────────────────────

type Kind = 'app' | 'bare';

interface RunResult {
  kind: Kind;
  size: Size;
  idleMs: number;
  dataAtFirstIdle: boolean;
  blockingMs: number | null;
  jsHeapUsed: number | null;
  uaMemory: number | null;
  panFrameMs: number | null;
  editMs: number | string | null;
  swapMs: number | string | null;
  clicks: number[];
  clickNotes: string[];
  filters: number[];
  filterNotes: string[];
  /** per filter change: ms until the list's count was painted, and until the map was idle */
  filterParts: { list: number; map: number }[];
  bytesBeforeIdle: Partial<Record<ByteKind, { raw: number; gzip: number }>>;
  errors: string[];
  mapSize: { w: number; h: number };
}

interface Ctx {
  browser: Browser;
  server: BenchServerOptions;
  origin: string;
  initScript: string;
  opts: Options;
}

/**
 * Polls an expression until it is defined. (page.waitForFunction would evaluate the string with
 * eval, which the app's Content-Security-Policy rightly forbids; page.evaluate is not affected.)
 */
async function waitValue<T>(page: Page, expr: string, timeoutMs: number): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = (await page.evaluate(expr)) as T | undefined | null;
    if (v !== undefined && v !== null) return v;
    if (Date.now() > end) throw new Error(`${expr} still undefined after ${timeoutMs} ms`);
    await page.waitForTimeout(100);
  }
}

async function filterCheckbox(page: Page) {
  const box = page.getByRole('checkbox', { name: /^attack/i }).first();
  return (await box.count()) > 0 ? box : null;
}

async function measure(
  ctx: Ctx,
  kind: Kind,
  data: SizeData,
  mapSize: { w: number; h: number } | null,
  interactions: boolean,
): Promise<RunResult> {
  const context: BrowserContext = await ctx.browser.newContext({
    viewport: VIEWPORT,
    serviceWorkers: 'block',
  });
  const errors: string[] = [];
  const requests: { path: string; at: number }[] = [];
  context.on('request', (r) => requests.push({ path: new URL(r.url()).pathname, at: Date.now() }));
  context.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  try {
    await context.addInitScript({ content: ctx.initScript });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const query = kind === 'bare' && mapSize ? `?w=${mapSize.w}&h=${mapSize.h}` : '';
    await page.goto(`${ctx.origin}/${kind}/${data.variant}/${query}`);
    const loadTimeout = 900_000;
    const idleMs = await waitValue<number>(page, 'window.__bench?.dataIdle', loadTimeout);
    const dataAtFirstIdle = (await page.evaluate('window.__bench.dataAtFirstIdle')) as boolean;
    if (await page.evaluate('window.__bench.noIncidentSource === true')) {
      errors.push('no incident GeoJSON source on the map 30 s after its first idle');
    }
    const timeOrigin = (await page.evaluate('performance.timeOrigin')) as number;
    const blocking = (await page.evaluate(
      `window.__bench.longTasksSupported ? window.__bench.blockingTime(${idleMs}) : null`,
    )) as number | null;
    const size = (await page.evaluate(
      '(() => { const c = window.citemap.map.getCanvas(); return { w: c.clientWidth, h: c.clientHeight }; })()',
    )) as { w: number; h: number };

    const bytesBeforeIdle: RunResult['bytesBeforeIdle'] = {};
    const seen = new Set<string>();
    for (const r of requests) {
      if (r.at > timeOrigin + idleMs || seen.has(r.path)) continue;
      seen.add(r.path);
      const file = fileFor(ctx.server, r.path);
      if (!file || !existsSync(file)) continue;
      const s = sizes(file);
      const k = byteKind(r.path);
      const t = (bytesBeforeIdle[k] ??= { raw: 0, gzip: 0 });
      t.raw += s.raw;
      t.gzip += s.gzip;
    }

    // Memory once the first view has settled: a forced GC, then the main thread's JS heap, and
    // (cross-origin isolated pages only) the browser's own estimate including workers.
    await page.waitForTimeout(1000);
    await cdp.send('HeapProfiler.collectGarbage');
    const metrics = (await cdp.send('Performance.getMetrics')).metrics;
    const jsHeapUsed = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
    const uaMemory = (await page.evaluate('window.__bench.uaMemory()')) as number | null;

    const frames = (await page.evaluate(`window.__bench.pan(${PANS})`)) as number[];

    const clicks: number[] = [];
    const clickNotes: string[] = [];
    const filters: number[] = [];
    const filterNotes: string[] = [];
    const filterParts: { list: number; map: number }[] = [];
    if (interactions) {
      for (let i = 0; i < ctx.opts.clicks; i++) {
        const target = (await page.evaluate('window.__bench.clickTarget()')) as {
          x: number;
          y: number;
        } | null;
        if (!target) {
          clickNotes.push('no clickable incident point on screen');
          break;
        }
        await page.evaluate('window.__bench.armPanel()');
        await page.mouse.click(target.x, target.y);
        const r = (await page.evaluate('window.__bench.pending')) as number | { timeout: string };
        if (typeof r === 'number') clicks.push(r);
        else clickNotes.push(r.timeout);
        await page.waitForTimeout(150);
      }
      const box = await filterCheckbox(page);
      if (!box) filterNotes.push('no category checkbox named "Attack…" on the page');
      for (let i = 0; box && i < ctx.opts.clicks; i++) {
        const armed = (await page.evaluate('window.__bench.armFilter()')) as boolean;
        if (!armed) {
          filterNotes.push('no [data-testid="list-summary"] on the page');
          break;
        }
        await box.click();
        const r = (await page.evaluate('window.__bench.pending')) as number | { timeout: string };
        if (typeof r === 'number') {
          filters.push(r);
          filterParts.push(
            (await page.evaluate('window.__bench.lastFilterParts')) as {
              list: number;
              map: number;
            },
          );
        } else filterNotes.push(r.timeout);
        await page.waitForTimeout(150);
      }
    }

    let editMs: RunResult['editMs'] = null;
    let swapMs: RunResult['swapMs'] = null;
    if (data.swapDir) {
      const base = `${ctx.origin}/swap/${data.variant}`;
      const edit = (await page.evaluate(
        `window.__bench.edit(${JSON.stringify(`${base}/edit.json`)})`,
      )) as number | { timeout: string };
      editMs = typeof edit === 'number' ? edit : edit.timeout;
      const swap = (await page.evaluate(
        `window.__bench.swap(${JSON.stringify(`${base}/features.json`)}, ${JSON.stringify(`${base}/anchors.json`)})`,
      )) as number | { timeout: string };
      swapMs = typeof swap === 'number' ? swap : swap.timeout;
    }

    return {
      kind,
      size: data.size,
      idleMs,
      dataAtFirstIdle,
      blockingMs: blocking,
      jsHeapUsed,
      uaMemory,
      panFrameMs: median(frames),
      editMs,
      swapMs,
      clicks,
      clickNotes,
      filters,
      filterNotes,
      filterParts,
      bytesBeforeIdle,
      errors,
      mapSize: size,
    };
  } finally {
    await context.close();
  }
}

// ─── Report ──────────────────────────────────────────────────────────────────

interface Row {
  size: string;
  metric: string;
  app: number | null;
  bare: number | null;
  unit: 'ms' | 'MB';
  /** app ÷ bare ceiling, or an absolute ms ceiling for app-only rows */
  target: { ratio: number } | { ms: number; at: Size[] } | null;
  note?: string;
}

const sizeLabel = (s: Size) =>
  s === 'real'
    ? '2019 data'
    : `10^${Math.round(Math.log10(s))}` + (Number.isInteger(Math.log10(s)) ? '' : ` (${s})`);

function fmt(v: number | null, unit: Row['unit']): string {
  if (v === null) return 'n/a';
  if (unit === 'MB') return `${(v / 1e6).toFixed(1)} MB`;
  return v >= 100 ? `${v.toFixed(0)} ms` : `${v.toFixed(1)} ms`;
}

function verdict(row: Row): { ratio: string; target: string; result: string } {
  if (row.target === null) return { ratio: '', target: '', result: '' };
  if ('ms' in row.target) {
    const applies = row.target.at.some((s) => sizeLabel(s) === row.size);
    const target = applies ? `p95 < ${row.target.ms} ms` : '—';
    if (!applies || row.app === null) return { ratio: '', target, result: applies ? 'n/a' : '' };
    return { ratio: '', target, result: row.app < row.target.ms ? 'pass' : '**fail**' };
  }
  const target = `≤ ${row.target.ratio.toFixed(2)}`;
  if (row.app === null || row.bare === null) return { ratio: 'n/a', target, result: 'n/a' };
  if (row.bare === 0) {
    return row.app === 0
      ? { ratio: '1.00 (both 0)', target, result: 'pass' }
      : { ratio: '∞ (bare 0)', target, result: '**fail**' };
  }
  const ratio = row.app / row.bare;
  return {
    ratio: ratio.toFixed(2),
    target,
    result: ratio <= row.target.ratio ? 'pass' : '**fail**',
  };
}

function rowsFor(size: Size, runs: RunResult[]): Row[] {
  const label = sizeLabel(size);
  const of = (kind: Kind, pick: (r: RunResult) => number | string | null): number | null =>
    median(
      runs
        .filter((r) => r.kind === kind)
        .map(pick)
        .filter((v): v is number => typeof v === 'number'),
    );
  const app = runs.filter((r) => r.kind === 'app');
  const both = (
    metric: string,
    unit: Row['unit'],
    ratio: number,
    pick: (r: RunResult) => number | string | null,
    note?: string,
  ): Row => ({
    size: label,
    metric,
    app: of('app', pick),
    bare: of('bare', pick),
    unit,
    target: { ratio },
    ...(note ? { note } : {}),
  });
  const memoryPick = (r: RunResult) => r.uaMemory ?? r.jsHeapUsed;
  const memoryWhat = runs.every((r) => r.uaMemory !== null)
    ? 'memory (measureUserAgentSpecificMemory: page + workers)'
    : 'memory (JS heap used, main thread)';
  const rows: Row[] = [
    both('time to first idle, with data', 'ms', 1.25, (r) => r.idleMs),
    both('data swap (setData) → idle', 'ms', 1.25, (r) => r.swapMs),
    both(`small edit (updateData +${EDIT_SIZE} −${EDIT_SIZE}) → idle`, 'ms', 1.25, (r) => r.editMs),
    both(`pan frame (median of ${PANS})`, 'ms', 1.25, (r) => r.panFrameMs),
    both('total blocking time to first idle', 'ms', 1.3, (r) => r.blockingMs),
    both(memoryWhat, 'MB', 1.15, memoryPick),
    {
      size: label,
      metric: 'click → citation panel painted (p95)',
      app: quantile(
        app.flatMap((r) => r.clicks),
        0.95,
      ),
      bare: null,
      unit: 'ms',
      target: { ms: 100, at: [10_000] },
    },
    {
      size: label,
      metric: 'filter → map and list updated (p95)',
      app: quantile(
        app.flatMap((r) => r.filters),
        0.95,
      ),
      bare: null,
      unit: 'ms',
      target: { ms: 100, at: [10_000] },
    },
  ];
  return rows;
}

function table(rows: Row[]): string {
  const lines = [
    '| size | metric | app (median) | bare (median) | app ÷ bare | target | result |',
    '| --- | --- | ---: | ---: | ---: | --- | --- |',
  ];
  for (const row of rows) {
    const v = verdict(row);
    const bare = row.target && 'ms' in row.target ? '—' : fmt(row.bare, row.unit);
    lines.push(
      `| ${row.size} | ${row.metric} | ${fmt(row.app, row.unit)} | ${bare} | ${v.ratio} | ${v.target} | ${v.result} |`,
    );
  }
  return lines.join('\n');
}

// ─── Main ────────────────────────────────────────────────────────────────────

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const started = new Date();
  const loadBefore = os.loadavg();
  if (opts.build) build();
  else if (
    !existsSync(join(DIST, 'app/index.html')) ||
    !existsSync(join(DIST, 'bare/index.html'))
  ) {
    throw new Error(
      '--skip-build, but dist-bench/app or dist-bench/bare is missing: run without it once.',
    );
  }

  const cacheDir = join(HERE, '.cache');
  const prepared: SizeData[] = [];
  for (const size of opts.sizes) prepared.push(await prepareSize(size, opts.seed, cacheDir));

  const variants = new Map<string, Variant>(
    prepared.map((d) => [
      d.variant,
      { dataDir: d.dataDir, ...(d.swapDir ? { swapDir: d.swapDir } : {}) },
    ]),
  );
  const server: BenchServerOptions = {
    appDir: join(DIST, 'app'),
    bareDir: join(DIST, 'bare'),
    variants,
    port: opts.port,
  };
  const http = await serveBench(server);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    // Without this, measureUserAgentSpecificMemory waits for the next natural GC (up to 20 s).
    args: [...CHROMIUM_ARGS, '--enable-blink-features=ForceEagerMeasureMemory'],
  });
  const ctx: Ctx = {
    browser,
    server,
    origin: `http://127.0.0.1:${opts.port}`,
    initScript: readFileSync(join(HERE, 'in-page.js'), 'utf8'),
    opts,
  };

  const all: RunResult[] = [];
  const rows: Row[] = [];
  try {
    for (const data of prepared) {
      const label = sizeLabel(data.size);
      log(`${label}: warm-up (app, then bare)…`);
      const warm = await measure(ctx, 'app', data, null, false);
      const mapSize = warm.mapSize;
      await measure(ctx, 'bare', data, mapSize, false);
      const runs: RunResult[] = [];
      for (let i = 0; i < opts.runs; i++) {
        // Interleaved, and the order alternates, so drift on a busy machine hits both alike.
        const order: Kind[] = i % 2 === 0 ? ['app', 'bare'] : ['bare', 'app'];
        for (const kind of order) {
          const r = await measure(ctx, kind, data, mapSize, kind === 'app');
          runs.push(r);
          log(
            `${label} run ${i + 1}/${opts.runs} ${kind}: idle ${r.idleMs.toFixed(0)} ms, ` +
              `swap ${typeof r.swapMs === 'number' ? r.swapMs.toFixed(0) : r.swapMs}, ` +
              `pan ${r.panFrameMs?.toFixed(1)} ms, TBT ${r.blockingMs?.toFixed(0)} ms` +
              (kind === 'app' ? `, clicks ${r.clicks.length}, filters ${r.filters.length}` : '') +
              (r.errors.length ? `, ${r.errors.length} error(s)` : ''),
          );
        }
      }
      all.push(...runs);
      rows.push(...rowsFor(data.size, runs));
    }
  } finally {
    await browser.close();
    http.close();
  }

  const budgets = mainJsBudget();
  const realApp = all.filter((r) => r.size === 'real' && r.kind === 'app');
  const firstView = realApp[0]?.bytesBeforeIdle;
  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: browser.version(),
    loadAverageBefore: loadBefore.map((v) => v.toFixed(2)).join(' '),
    loadAverageAfter: os
      .loadavg()
      .map((v) => v.toFixed(2))
      .join(' '),
  };

  const notes: string[] = [];
  const appNotes = (pick: (r: RunResult) => string[]) => [
    ...new Set(all.filter((r) => r.kind === 'app').flatMap(pick)),
  ];
  for (const n of appNotes((r) => r.clickNotes)) notes.push(`click → panel: ${n}`);
  for (const n of appNotes((r) => r.filterNotes)) notes.push(`filter → update: ${n}`);
  for (const r of all) {
    if (!r.dataAtFirstIdle)
      notes.push(
        `${sizeLabel(r.size)} ${r.kind}: the incident data was not on the map at the first idle; time to idle counts to the first idle with it.`,
      );
    if (typeof r.swapMs === 'string') notes.push(`${sizeLabel(r.size)} ${r.kind}: ${r.swapMs}`);
    if (typeof r.editMs === 'string') notes.push(`${sizeLabel(r.size)} ${r.kind}: ${r.editMs}`);
  }
  const errors = [
    ...new Set(all.flatMap((r) => r.errors.map((e) => `${sizeLabel(r.size)} ${r.kind}: ${e}`))),
  ];
  const pipeline = prepared
    .filter((d) => d.main)
    .map(
      (d) =>
        `| ${sizeLabel(d.size)} | ${d.main?.summary.places} | ${d.main?.summary.claims} | ${d.main?.summary.quotes} | ${((d.main?.summary.bytes['data/incidents.geojson'] ?? 0) / 1e6).toFixed(1)} MB | ${d.main?.buildSeconds.toFixed(1)} s |`,
    );
  const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
  const fv = firstView ?? {};
  const fvBasemapData = (fv.basemap?.gzip ?? 0) + (fv.data?.gzip ?? 0);

  const allBytes = Object.values(fv).reduce((t, v) => t + (v?.gzip ?? 0), 0);
  const sections: (string | null)[] = [
    `## citemap vs bare MapLibre — ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB; ${machine.os}; Node ${machine.node}; ` +
      `Chromium ${machine.chromium} (headless, SwiftShader WebGL). Load average ${machine.loadAverageBefore} before, ` +
      `${machine.loadAverageAfter} after. ${opts.runs} run(s) per page and size, interleaved, after one warm-up each; seed ${opts.seed}.`,
    table(rows),
    '### Absolute budgets',
    [
      '| budget | measured | target | result |',
      '| --- | ---: | --- | --- |',
      `| main JS (entry + preloads, gzip) | ${kb(budgets.appGzip as number)} = ${(budgets.ratio as number).toFixed(2)} × maplibre-gl.mjs (${kb(budgets.maplibreGzip as number)}) | ≤ 1.3 × | ${(budgets.ratio as number) <= 1.3 ? 'pass' : '**fail**'} |`,
      firstView
        ? `| basemap + data before first idle, 2019 data (gzip) | ${kb(fvBasemapData)} (basemap ${kb(fv.basemap?.gzip ?? 0)}, data ${kb(fv.data?.gzip ?? 0)}) | ≤ 500 KB | ${fvBasemapData <= 500 * 1024 ? 'pass' : '**fail**'} |`
        : '| basemap + data before first idle, 2019 data | n/a (run with `--sizes …,real`) | ≤ 500 KB | n/a |',
      firstView
        ? `| everything before first idle, 2019 data (gzip) | ${kb(allBytes)} (JS ${kb(fv.js?.gzip ?? 0)}, fonts ${kb(fv.font?.gzip ?? 0)}, CSS ${kb(fv.css?.gzip ?? 0)}) | — | |`
        : null,
    ]
      .filter((l) => l !== null)
      .join('\n'),
    pipeline.length ? '### Synthetic datasets (real pipeline, quotes verified)' : null,
    pipeline.length
      ? [
          '| size | places | claims | quotes | incidents.geojson | pipeline |',
          '| --- | ---: | ---: | ---: | ---: | ---: |',
          ...pipeline,
        ].join('\n')
      : null,
    notes.length ? '### Notes' : null,
    notes.length ? [...new Set(notes)].map((n) => `- ${n}`).join('\n') : null,
    errors.length ? '### Page errors' : null,
    errors.length
      ? errors
          .slice(0, 30)
          .map((e) => `- ${e}`)
          .join('\n')
      : null,
  ];
  const md = sections.filter((s) => s !== null).join('\n\n');

  mkdirSync(opts.out, { recursive: true });
  writeFileSync(join(opts.out, 'latest.md'), `${md}\n`);
  writeFileSync(
    join(opts.out, 'latest.json'),
    `${JSON.stringify({ started: started.toISOString(), options: opts, machine, rows, budgets, runs: all, swap: prepared.map((d) => ({ size: d.size, how: d.swapHow })) }, null, 2)}\n`,
  );
  console.log(md);
  log(`wrote ${join(opts.out, 'latest.md')} and latest.json`);
}

await main();
