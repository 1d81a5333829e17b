/**
 * The bench's report: medians and app ÷ bare ratios against the targets, as the Markdown that is
 * printed and written to latest.md. Pure: the same results always give the same text.
 */
import type { Options, Size } from './args.ts';
import type { JsBudget } from './bytes.ts';
import { EDIT_SIZE, PANS } from './config.ts';
import type { DataBuildReport } from './data-build.ts';
import type { BuiltDataset } from './dataset.ts';
import type { Kind, RunResult } from './measure.ts';
import { median, quantile } from './stats.ts';

export interface Row {
  size: string;
  metric: string;
  app: number | null;
  bare: number | null;
  unit: 'ms' | 'MB';
  /** app ÷ bare ceiling, or an absolute ms ceiling for app-only rows */
  target: { ratio: number } | { ms: number; at: Size[] } | null;
  note?: string;
}

export const sizeLabel = (s: Size) =>
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

/** The comparison rows of one size, from its measured runs (warm-ups excluded). */
export function rowsFor(size: Size, runs: RunResult[]): Row[] {
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

/** The comparison table (the README's Performance table). */
export function table(rows: Row[]): string {
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

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  os: string;
  node: string;
  chromium: string;
  loadAverageBefore: string;
  loadAverageAfter: string;
}

interface ReportInput {
  started: Date;
  machine: Machine;
  opts: Pick<Options, 'runs' | 'seed'>;
  rows: Row[];
  budgets: JsBudget;
  runs: RunResult[];
  /** the synthetic datasets measured, in order (the real data has none) */
  datasets: {
    size: Size;
    main?: Pick<BuiltDataset, 'summary' | 'buildSeconds'>;
    build?: DataBuildReport;
  }[];
  /** runs that never produced a result, and why */
  failures?: readonly string[];
}

/** The data build targets, at 10^6 places: under 5 minutes on this machine, under 4 GB. */
const BUILD_TARGET = { places: 1_000_000, seconds: 300, rssMB: 4096 } as const;

/** The data builds, one row per synthetic size: what ran, wall time and peak memory. */
export function buildTable(builds: readonly DataBuildReport[]): string | null {
  if (builds.length === 0) return null;
  const lines = [
    '| size | build | places | claims | quotes verified | PMTiles | wall time | peak memory (maxRSS) | target | result |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
  ];
  for (const b of builds) {
    const applies = b.n >= BUILD_TARGET.places;
    const ok = b.seconds < BUILD_TARGET.seconds && b.maxRssMB < BUILD_TARGET.rssMB;
    lines.push(
      `| ${sizeLabel(b.n)} | ${b.how} | ${b.places} | ${b.claims} | ${b.quotes} | ` +
        `${b.pmtilesBytes === null ? '—' : `${(b.pmtilesBytes / 1e6).toFixed(1)} MB (${b.tiles} tiles)`} | ` +
        `${b.seconds.toFixed(1)} s | ${b.maxRssMB} MB | ${applies ? '< 300 s, < 4096 MB' : '—'} | ` +
        `${applies ? (ok ? 'pass' : '**fail**') : ''} |`,
    );
  }
  return lines.join('\n');
}

/** The notes under the tables: what a probe could not measure, deduplicated, in run order. */
function notesFor(all: readonly RunResult[]): string[] {
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
  return [...new Set(notes)];
}

/** The whole report: heading, machine, the comparison table, budgets, datasets, notes, errors. */
export function renderMarkdown(input: ReportInput): string {
  const { started, machine, opts, rows, budgets, runs: all } = input;
  const realApp = all.filter((r) => r.size === 'real' && r.kind === 'app');
  const firstView = realApp[0]?.bytesBeforeIdle;
  const notes = notesFor(all);
  const builds = input.datasets.flatMap((d) => (d.build ? [d.build] : []));
  const errors = [
    ...new Set(all.flatMap((r) => r.errors.map((e) => `${sizeLabel(r.size)} ${r.kind}: ${e}`))),
  ];
  const pipeline = input.datasets
    .filter((d) => d.main)
    .map(
      (d) =>
        `| ${sizeLabel(d.size)} | ${d.main?.summary.places} | ${d.main?.summary.claims} | ${d.main?.summary.quotes} | ${((d.main?.summary.bytes['data/places.geojson'] ?? 0) / 1e6).toFixed(1)} MB | ${d.main?.buildSeconds.toFixed(1)} s |`,
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
      `| main JS (entry + preloads, gzip) | ${kb(budgets.appGzip)} = ${budgets.ratio.toFixed(2)} × maplibre-gl.mjs (${kb(budgets.maplibreGzip)}) | ≤ 1.3 × | ${budgets.ratio <= 1.3 ? 'pass' : '**fail**'} |`,
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
          '| size | places | claims | quotes | places.geojson | pipeline |',
          '| --- | ---: | ---: | ---: | ---: | ---: |',
          ...pipeline,
        ].join('\n')
      : null,
    builds.length ? '### Data builds (each in its own process, cold)' : null,
    buildTable(builds),
    input.failures?.length ? '### Runs that failed' : null,
    input.failures?.length ? input.failures.map((f) => `- ${f}`).join('\n') : null,
    notes.length ? '### Notes' : null,
    notes.length ? notes.map((n) => `- ${n}`).join('\n') : null,
    errors.length ? '### Page errors' : null,
    errors.length
      ? errors
          .slice(0, 30)
          .map((e) => `- ${e}`)
          .join('\n')
      : null,
  ];
  return sections.filter((s) => s !== null).join('\n\n');
}
