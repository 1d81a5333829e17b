import { describe, expect, it } from 'vitest';
import type { Size } from './args.ts';
import type { JsBudget } from './bytes.ts';
import type { Kind, RunResult } from './measure.ts';
import { buildTable, renderMarkdown, rowsFor, sizeLabel, table, type Machine } from './report.ts';

/** A run with nothing measured beyond its first idle; each test sets what it needs. */
function run(kind: Kind, size: Size, over: Partial<RunResult> = {}): RunResult {
  return {
    kind,
    size,
    idleMs: 1000,
    dataAtFirstIdle: true,
    blockingMs: null,
    jsHeapUsed: null,
    uaMemory: null,
    panFrameMs: null,
    editMs: null,
    swapMs: null,
    clicks: [],
    clickNotes: [],
    filters: [],
    filterNotes: [],
    filterParts: [],
    bytesBeforeIdle: {},
    errors: [],
    mapSize: { w: 900, h: 700 },
    ...over,
  };
}

const HEADER = [
  '| size | metric | app (median) | bare (median) | app ÷ bare | target | result |',
  '| --- | --- | ---: | ---: | ---: | --- | --- |',
];

describe('sizeLabel', () => {
  it('names powers of ten, other sizes with their count, and the real data', () => {
    expect(sizeLabel(100)).toBe('10^2');
    expect(sizeLabel(10_000)).toBe('10^4');
    expect(sizeLabel(250)).toBe('10^2 (250)');
    expect(sizeLabel('real')).toBe('2019 data');
  });
});

describe('rowsFor and table', () => {
  it('prints medians, ratios and verdicts of three runs per page', () => {
    const runs = [
      run('app', 100, {
        idleMs: 1200,
        swapMs: 150,
        panFrameMs: 20,
        blockingMs: 0,
        uaMemory: 31.6e6,
        clicks: [50, 60],
      }),
      run('app', 100, {
        idleMs: 1000,
        swapMs: 'swap: no idle within 60 s',
        panFrameMs: 20,
        blockingMs: 0,
        uaMemory: 31.6e6,
        clicks: [70],
      }),
      run('app', 100, {
        idleMs: 1100,
        swapMs: 130,
        panFrameMs: 20,
        blockingMs: 0,
        uaMemory: 31.6e6,
        clicks: [90, 80],
      }),
      ...[800, 1000, 900].map((idleMs) =>
        run('bare', 100, { idleMs, swapMs: 100, panFrameMs: 16, blockingMs: 0, uaMemory: 26.9e6 }),
      ),
    ];
    expect(table(rowsFor(100, runs)).split('\n')).toEqual([
      ...HEADER,
      '| 10^2 | time to first idle, with data | 1100 ms | 900 ms | 1.22 | ≤ 1.25 | pass |',
      '| 10^2 | data swap (setData) → idle | 130 ms | 100 ms | 1.30 | ≤ 1.25 | **fail** |',
      '| 10^2 | small edit (updateData +100 −100) → idle | n/a | n/a | n/a | ≤ 1.25 | n/a |',
      '| 10^2 | pan frame (median of 60) | 20.0 ms | 16.0 ms | 1.25 | ≤ 1.25 | pass |',
      '| 10^2 | total blocking time to first idle | 0.0 ms | 0.0 ms | 1.00 (both 0) | ≤ 1.30 | pass |',
      '| 10^2 | memory (measureUserAgentSpecificMemory: page + workers) | 31.6 MB | 26.9 MB | 1.17 | ≤ 1.15 | **fail** |',
      '| 10^2 | click → citation panel painted (p95) | 90.0 ms | — |  | — |  |',
      '| 10^2 | filter → map and list updated (p95) | n/a | — |  | — |  |',
    ]);
  });

  it('holds app-only rows to their absolute target at 10^4 only', () => {
    const runs = [
      run('app', 10_000, { clicks: [40, 120], filters: [30, 60], blockingMs: 50, jsHeapUsed: 4e7 }),
      run('bare', 10_000, { blockingMs: 0, jsHeapUsed: 2e7, uaMemory: 3e7 }),
    ];
    expect(table(rowsFor(10_000, runs)).split('\n').slice(6)).toEqual([
      '| 10^4 | total blocking time to first idle | 50.0 ms | 0.0 ms | ∞ (bare 0) | ≤ 1.30 | **fail** |',
      '| 10^4 | memory (JS heap used, main thread) | 40.0 MB | 30.0 MB | 1.33 | ≤ 1.15 | **fail** |',
      '| 10^4 | click → citation panel painted (p95) | 120 ms | — |  | p95 < 100 ms | **fail** |',
      '| 10^4 | filter → map and list updated (p95) | 60.0 ms | — |  | p95 < 100 ms | pass |',
    ]);
  });
});

describe('renderMarkdown', () => {
  const machine: Machine = {
    cpu: 'Test CPU',
    cores: 2,
    memoryGB: 24,
    os: 'Linux 6.0',
    node: 'v20.20.2',
    chromium: '156.0.0.0',
    loadAverageBefore: '1.00 1.00 1.00',
    loadAverageAfter: '2.00 2.00 2.00',
  };
  const budgets: JsBudget = {
    files: ['./assets/index.js'],
    appGzip: 300 * 1024,
    maplibreGzip: 250 * 1024,
    maplibreWorkerGzip: 100 * 1024,
    ratio: 1.2,
  };

  it('writes the heading, machine, tables, notes and errors of one real-data run', () => {
    const runs = [
      run('app', 'real', {
        idleMs: 2000,
        dataAtFirstIdle: false,
        editMs: null,
        clickNotes: ['no clickable incident point on screen'],
        errors: ['console: boom'],
        bytesBeforeIdle: {
          js: { raw: 900_000, gzip: 300 * 1024 },
          font: { raw: 60_000, gzip: 50 * 1024 },
          css: { raw: 30_000, gzip: 10 * 1024 },
          basemap: { raw: 700_000, gzip: 400 * 1024 },
          data: { raw: 200_000, gzip: 40 * 1024 },
        },
      }),
      run('bare', 'real', { idleMs: 1000 }),
    ];
    const md = renderMarkdown({
      started: new Date('2026-12-01T08:05:59Z'),
      machine,
      opts: { runs: 1, seed: 2019 },
      rows: rowsFor('real', runs).slice(0, 1),
      budgets,
      runs,
      datasets: [{ size: 'real' }],
    });
    expect(md).toBe(
      [
        '## citemap vs bare MapLibre — 2026-12-01 08:05 UTC',
        'Machine: Test CPU, 2 cores, 24 GB; Linux 6.0; Node v20.20.2; Chromium 156.0.0.0 (headless, SwiftShader WebGL). Load average 1.00 1.00 1.00 before, 2.00 2.00 2.00 after. 1 run(s) per page and size, interleaved, after one warm-up each; seed 2019.',
        [
          ...HEADER,
          '| 2019 data | time to first idle, with data | 2000 ms | 1000 ms | 2.00 | ≤ 1.25 | **fail** |',
        ].join('\n'),
        '### Absolute budgets',
        [
          '| budget | measured | target | result |',
          '| --- | ---: | --- | --- |',
          '| main JS (entry + preloads, gzip) | 300 KB = 1.20 × maplibre-gl.mjs (250 KB) | ≤ 1.3 × | pass |',
          '| basemap + data before first idle, 2019 data (gzip) | 440 KB (basemap 400 KB, data 40 KB) | ≤ 500 KB | pass |',
          '| everything before first idle, 2019 data (gzip) | 800 KB (JS 300 KB, fonts 50 KB, CSS 10 KB) | — | |',
        ].join('\n'),
        '### Notes',
        [
          '- click → panel: no clickable incident point on screen',
          '- 2019 data app: the incident data was not on the map at the first idle; time to idle counts to the first idle with it.',
        ].join('\n'),
        '### Page errors',
        '- 2019 data app: console: boom',
      ].join('\n\n'),
    );
  });

  it('lists the synthetic datasets and says when the real data was not measured', () => {
    const runs = [run('app', 1000), run('bare', 1000)];
    const md = renderMarkdown({
      started: new Date('2026-12-01T08:00:00Z'),
      machine,
      opts: { runs: 1, seed: 7 },
      rows: [],
      budgets: { ...budgets, ratio: 1.31 },
      runs,
      datasets: [
        {
          size: 1000,
          main: {
            buildSeconds: 3.25,
            summary: {
              places: 1000,
              claims: 2012,
              quotes: 2800,
              bytes: { 'data/places.geojson': 2_345_678 },
            } as never,
          },
        },
      ],
    });
    expect(md.split('\n\n').slice(3)).toEqual([
      '### Absolute budgets',
      [
        '| budget | measured | target | result |',
        '| --- | ---: | --- | --- |',
        '| main JS (entry + preloads, gzip) | 300 KB = 1.31 × maplibre-gl.mjs (250 KB) | ≤ 1.3 × | **fail** |',
        '| basemap + data before first idle, 2019 data | n/a (run with `--sizes …,real`) | ≤ 500 KB | n/a |',
      ].join('\n'),
      '### Synthetic datasets (real pipeline, quotes verified)',
      [
        '| size | places | claims | quotes | places.geojson | pipeline |',
        '| --- | ---: | ---: | ---: | ---: | ---: |',
        '| 10^3 | 1000 | 2012 | 2800 | 2.3 MB | 3.3 s |',
      ].join('\n'),
    ]);
  });
});

describe('buildTable', () => {
  const build = (n: number, seconds: number, maxRssMB: number) => ({
    n,
    how: 'streamed' as const,
    seconds,
    pipelineSeconds: 0,
    tileSeconds: seconds,
    maxRssMB,
    places: n,
    claims: 2 * n,
    quotes: 3 * n,
    pmtilesBytes: 28_400_000,
    tiles: 2404,
    dataDir: '/x',
  });

  it('judges the 10^6 build against 5 minutes and 4 GB, and only that size', () => {
    const rows = (buildTable([build(100_000, 500, 5000), build(1_000_000, 204, 1254)]) ?? '').split(
      '\n',
    );
    expect(rows[2]).toMatch(/^\| 10\^5 \| streamed .*\| 500\.0 s \| 5000 MB \| — \| {2}\|$/);
    expect(rows[3]).toMatch(
      /\| 28\.4 MB \(2404 tiles\) \| 204\.0 s \| 1254 MB \| < 300 s, < 4096 MB \| pass \|$/,
    );
    expect(buildTable([build(1_000_000, 301, 100)])).toMatch(/\*\*fail\*\* \|$/);
    expect(buildTable([build(1_000_000, 10, 4096)])).toMatch(/\*\*fail\*\* \|$/);
    expect(buildTable([])).toBeNull();
  });
});
