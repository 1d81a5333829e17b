/**
 * `npm run bench`: what citemap costs on top of MapLibre. Builds the app and a bare-MapLibre page
 * (tests/bench/bare/: same style, basemap, fonts, worker and incident data, one circle layer),
 * generates seeded synthetic datasets through the real data pipeline, and drives both pages in
 * headless Chromium, interleaved, in a fresh browser context per run. Prints a Markdown table of
 * medians and app ÷ bare ratios against the targets, and writes tests/bench/results/latest.{md,json}.
 *
 *   npm run bench -- --sizes 100,1000 --runs 1     a quick look
 *   npm run bench                                  the full run (10^2…10^5, 5 runs each)
 *   npm run bench -- --help                        every flag (args.ts)
 *
 * The pieces: args.ts (flags), build.ts (dist-bench/app and dist-bench/bare), dataset.ts and
 * payloads.ts (the data per size), server.ts, measure.ts with in-page.js (one run in Chromium:
 * what each metric measures is documented there), report.ts (the table), bytes.ts and stats.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../browser/chromium.ts';
import { BenchArgsError, HELP, parseBenchArgs } from './args.ts';
import { APP_DIR, assertBuilt, BARE_DIR, buildPages } from './build.ts';
import { mainJsBudget } from './bytes.ts';
import { HERE, log } from './config.ts';
import { measure, type Ctx, type Kind, type RunResult } from './measure.ts';
import { prepareSize, type SizeData } from './payloads.ts';
import { renderMarkdown, rowsFor, sizeLabel, type Machine, type Row } from './report.ts';
import { serveBench, type BenchServerOptions, type Variant } from './server.ts';

/**
 * One measured run, or null when the page never got there (say, the app's first idle with data
 * not within the load timeout at a size it cannot hold yet): the failure is reported, the bench
 * goes on.
 */
async function attempt(
  ctx: Ctx,
  kind: Kind,
  data: SizeData,
  mapSize: { w: number; h: number } | null,
  interactions: boolean,
  failures: string[],
): Promise<RunResult | null> {
  try {
    return await measure(ctx, kind, data, mapSize, interactions);
  } catch (e) {
    const what = `${sizeLabel(data.size)} ${kind}: ${e instanceof Error ? e.message : String(e)}`;
    log(`run failed: ${what}`);
    failures.push(what);
    return null;
  }
}

async function main(argv: string[]): Promise<void> {
  const parsed = parseBenchArgs(argv);
  if (parsed.help) {
    console.log(HELP);
    return;
  }
  const opts = parsed.options;
  const started = new Date();
  const loadBefore = os.loadavg();
  if (opts.build) buildPages();
  else assertBuilt();

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
    appDir: APP_DIR,
    bareDir: BARE_DIR,
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
  const failures: string[] = [];
  try {
    for (const data of prepared) {
      const label = sizeLabel(data.size);
      log(`${label}: warm-up (app, then bare)…`);
      const warm = await attempt(ctx, 'app', data, null, false, failures);
      const mapSize = warm?.mapSize ?? null;
      await attempt(ctx, 'bare', data, mapSize, false, failures);
      const runs: RunResult[] = [];
      for (let i = 0; i < opts.runs; i++) {
        // Interleaved, and the order alternates, so drift on a busy machine hits both alike.
        const order: Kind[] = i % 2 === 0 ? ['app', 'bare'] : ['bare', 'app'];
        for (const kind of order) {
          const r = await attempt(ctx, kind, data, mapSize, kind === 'app', failures);
          if (!r) continue;
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
  const machine: Machine = {
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
  const md = renderMarkdown({
    started,
    machine,
    opts,
    rows,
    budgets,
    runs: all,
    datasets: prepared,
    failures,
  });

  mkdirSync(opts.out, { recursive: true });
  writeFileSync(join(opts.out, 'latest.md'), `${md}\n`);
  writeFileSync(
    join(opts.out, 'latest.json'),
    `${JSON.stringify({ started: started.toISOString(), options: opts, machine, rows, budgets, runs: all, failures, swap: prepared.map((d) => ({ size: d.size, how: d.swapHow })), builds: prepared.flatMap((d) => (d.build ? [d.build] : [])) }, null, 2)}\n`,
  );
  console.log(md);
  log(`wrote ${join(opts.out, 'latest.md')} and latest.json`);
}

try {
  await main(process.argv.slice(2));
} catch (e) {
  if (!(e instanceof BenchArgsError)) throw e;
  console.error(`[bench] ${e.message}\nRun \`npm run bench -- --help\` for every flag.`);
  process.exitCode = 2;
}
