/**
 * One measured page load in headless Chromium: first idle, blocking time, bytes, memory, pan
 * frames, and (for the app) click → panel and filter → update, then the edit and swap payloads.
 * The probes themselves run in the page (in-page.js); this side only calls `window.__bench.*`.
 */
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Options, Size } from './args.ts';
import { byteKind, fileSize, type ByteKind, type FileSize } from './bytes.ts';
import { PANS, VIEWPORT } from './config.ts';
import type { SizeData } from './payloads.ts';
import { fileFor, type BenchServerOptions } from './server.ts';
import { median } from './stats.ts';

export type Kind = 'app' | 'bare';

export interface RunResult {
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
  bytesBeforeIdle: Partial<Record<ByteKind, FileSize>>;
  errors: string[];
  mapSize: { w: number; h: number };
}

/** What every run shares: the browser, the bench server, the probes and the flags. */
export interface Ctx {
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

/**
 * Loads `kind`'s page for `data` in a fresh browser context and measures it; `mapSize` sizes the
 * bare map like the app's map area, `interactions` times clicks and filters (app only).
 */
export async function measure(
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
    const params = new URLSearchParams();
    if (kind === 'bare' && mapSize)
      [
        ['w', mapSize.w],
        ['h', mapSize.h],
      ].forEach(([k, v]) => params.set(String(k), String(v)));
    // The bare page draws the published tiles; the app reads the layer its own way.
    if (kind === 'bare' && data.tiled) params.set('tiles', '1');
    const query = params.size > 0 ? `?${params}` : '';
    await page.goto(`${ctx.origin}/${kind}/${data.variant}/${query}`);
    const loadTimeout = 900_000;
    const idleMs = await waitValue<number>(page, 'window.__bench?.dataIdle', loadTimeout);
    const dataAtFirstIdle = (await page.evaluate('window.__bench.dataAtFirstIdle')) as boolean;
    if (await page.evaluate('window.__bench.noIncidentSource === true')) {
      errors.push('no incident source (GeoJSON or vector) on the map 30 s after its first idle');
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
      const s = fileSize(file);
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
