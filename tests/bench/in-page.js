/**
 * Benchmark probes, injected into every page before its own scripts run (Playwright
 * `addInitScript`), identical for the app and the bare-MapLibre page. Plain browser JavaScript:
 * tests/bench/run.ts only calls `window.__bench.*` by name, so nothing is serialised from Node.
 *
 * Both pages expose `window.citemap.map` and set `[data-testid="map"]` aria-busy="false" at the
 * map's first `idle`; the probes rely on nothing else of either page.
 */
(() => {
  const bench = {
    /** long tasks on the main thread: { start, duration } in ms since navigation start */
    longTasks: [],
    longTasksSupported: true,
    /** performance.now() when aria-busy turned "false" (the page's first map idle) */
    firstIdle: undefined,
    /** performance.now() at the first idle with the incident data on the map */
    dataIdle: undefined,
    /** whether the incident data was already on the map at the first idle */
    dataAtFirstIdle: undefined,
  };
  window.__bench = bench;

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        bench.longTasks.push({ start: e.startTime, duration: e.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    bench.longTasksSupported = false;
  }

  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  /** Resolves after the next paint: a frame, then a task queued from inside it. */
  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      }),
    );
  const timeout = (promise, ms, what) =>
    Promise.race([
      promise,
      new Promise((resolve) =>
        setTimeout(() => resolve({ timeout: `${what}: no result in ${ms} ms` }), ms),
      ),
    ]);

  /** The incident sources: every GeoJSON or vector (tiled, 10^5 and up) source but the basemap. */
  function incidentSources(map) {
    const sources = map.getStyle()?.sources ?? {};
    return Object.keys(sources).filter(
      (id) => (sources[id].type === 'geojson' || sources[id].type === 'vector') && id !== 'basemap',
    );
  }
  bench.incidentSources = () => incidentSources(window.citemap.map);

  /** Every given source loaded (with none given: the map as a whole). */
  function allLoaded(map, ids) {
    if (ids.length === 0) return map.loaded();
    return ids.every((id) => map.getSource(id) && map.isSourceLoaded(id));
  }

  /** performance.now() at the next `idle` at which every incident source is loaded. */
  function nextIdle(map, ids) {
    return new Promise((resolve) => {
      const on = () => {
        const t = performance.now();
        if (!allLoaded(map, ids)) return;
        map.off('idle', on);
        resolve(t);
      };
      map.on('idle', on);
    });
  }

  /**
   * Resolves once the map is idle after the frames just drawn: MapLibre may fire `idle` inside the
   * very frame a caller awaited, before a new listener could hear it, so `render` and `idle` are
   * tracked here and compared.
   */
  function settled(map) {
    let lastRender = performance.now();
    let lastIdle = -1;
    const onRender = () => (lastRender = performance.now());
    const onIdle = () => (lastIdle = performance.now());
    map.on('render', onRender);
    map.on('idle', onIdle);
    const done = () => {
      map.off('render', onRender);
      map.off('idle', onIdle);
    };
    return {
      /** resolves at the first idle with no render after it */
      idle: () =>
        new Promise((resolve) => {
          const check = () => {
            if (
              lastIdle >= lastRender ||
              (map.loaded() && !map.isMoving() && performance.now() - lastRender > 1000)
            ) {
              done();
              resolve(lastIdle >= lastRender ? lastIdle : performance.now());
            } else requestAnimationFrame(check);
          };
          check();
        }),
    };
  }

  function onFirstIdle() {
    bench.firstIdle = performance.now();
    const map = window.citemap?.map;
    const ids = map ? incidentSources(map) : [];
    bench.dataAtFirstIdle = Boolean(map) && ids.length > 0 && allLoaded(map, ids);
    if (bench.dataAtFirstIdle) {
      bench.dataIdle = bench.firstIdle;
      return;
    }
    // The data layer arrives after the first idle: wait for the first idle that has it (a page
    // with no incident source after 30 s is reported as such, timed to its first idle).
    const poll = () => {
      const m = window.citemap?.map;
      const now = m ? incidentSources(m) : [];
      if (now.length === 0) {
        if (performance.now() - bench.firstIdle < 30_000) requestAnimationFrame(poll);
        else [bench.noIncidentSource, bench.dataIdle] = [true, bench.firstIdle];
        return;
      }
      if (allLoaded(m, now) && m.loaded()) bench.dataIdle = performance.now();
      else nextIdle(m, now).then((t) => (bench.dataIdle = t));
    };
    poll();
  }

  new MutationObserver(() => {
    if (bench.firstIdle !== undefined) return;
    const el = document.querySelector('[data-testid="map"]');
    if (el && el.getAttribute('aria-busy') === 'false') onFirstIdle();
  }).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['aria-busy'],
  });

  /** Total blocking time between navigation start and `until`: Σ (duration − 50 ms). */
  bench.blockingTime = (until) =>
    bench.longTasks
      .filter((t) => t.start < until)
      .reduce(
        (sum, t) => sum + Math.max(0, Math.min(t.start + t.duration, until) - t.start - 50),
        0,
      );

  /** Bytes of memory the page uses, main thread and workers, if the browser can say. */
  bench.uaMemory = async () => {
    if (!self.crossOriginIsolated || !performance.measureUserAgentSpecificMemory) return null;
    const result = await timeout(performance.measureUserAgentSpecificMemory(), 60_000, 'memory');
    return result.timeout ? null : result.bytes;
  };

  /** Frame times (ms) of `n` programmatic pans round a circle, each drawn before the next. */
  bench.pan = async (n) => {
    const map = window.citemap.map;
    await nextFrame();
    const watch = settled(map);
    let last = performance.now();
    const frames = [];
    for (let i = 0; i < n; i++) {
      const a = (2 * Math.PI * i) / n;
      map.panBy([Math.round(40 * Math.cos(a)), Math.round(40 * Math.sin(a))], { duration: 0 });
      // MapLibre's own frame callback was queued by panBy, so it runs (and draws) before ours.
      await nextFrame();
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    await timeout(watch.idle(), 60_000, 'idle after panning');
    return frames;
  };

  async function fetchJson(url) {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    return res.json();
  }

  /** The data for a source: the anchors file for an anchor source, the features otherwise. */
  function dataFor(id, byKind) {
    return /anchor/.test(id) ? byKind.anchors : byKind.features;
  }

  /** ms from `updateData` (100 added, 100 removed, on every incident source) to idle. */
  bench.edit = async (url) => {
    const map = window.citemap.map;
    const diffs = await fetchJson(url);
    const ids = incidentSources(map);
    if (ids.length === 0) return { timeout: 'no incident source on the map' };
    await nextFrame();
    const t0 = performance.now();
    for (const id of ids) map.getSource(id).updateData(dataFor(id, diffs));
    const t = await timeout(nextIdle(map, ids), 120_000, 'idle after updateData');
    return typeof t === 'number' ? t - t0 : t;
  };

  /** ms from `setData` with a whole new layer of the same size (every incident source) to idle. */
  bench.swap = async (featuresUrl, anchorsUrl) => {
    const map = window.citemap.map;
    const ids = incidentSources(map);
    if (ids.length === 0) return { timeout: 'no incident source on the map' };
    const byKind = { features: await fetchJson(featuresUrl) };
    if (ids.some((id) => /anchor/.test(id))) byKind.anchors = await fetchJson(anchorsUrl);
    await nextFrame();
    const t0 = performance.now();
    for (const id of ids) map.getSource(id).setData(dataFor(id, byKind));
    const t = await timeout(nextIdle(map, ids), 300_000, 'idle after setData');
    return typeof t === 'number' ? t - t0 : t;
  };

  // ─── App only: click → citation panel, filter → map and list ───────────────

  const PANEL = '.citation-panel';
  const PANEL_TITLE = '.citation-panel h2';
  const LIST_SUMMARY = '[data-testid="list-summary"]';

  const panelText = () => {
    const el = document.querySelector(PANEL_TITLE) ?? document.querySelector(PANEL);
    return el ? el.textContent : null;
  };

  /**
   * A point of the incident layer to click: on screen, not under an overlay, and not the place
   * already open in the panel. Page coordinates, or null when there is none.
   */
  bench.clickTarget = () => {
    const map = window.citemap.map;
    const sources = new Set(incidentSources(map));
    const layers = map
      .getStyle()
      .layers.filter((l) => l.type === 'circle' && sources.has(l.source))
      .map((l) => l.id);
    const features = map
      .queryRenderedFeatures({ layers })
      .filter((f) => f.geometry.type === 'Point');
    const canvas = map.getCanvas();
    const rect = canvas.getBoundingClientRect();
    const open = panelText() ?? '';
    for (let tries = 0; tries < 200 && features.length > 0; tries++) {
      const f = features[Math.floor(Math.random() * features.length)];
      const name = f.properties?.name_en;
      if (name && open === name) continue;
      const p = map.project(f.geometry.coordinates);
      const x = rect.left + p.x;
      const y = rect.top + p.y;
      if (p.x < 40 || p.y < 40 || p.x > rect.width - 40 || p.y > rect.height - 40) continue;
      if (document.elementFromPoint(x, y) !== canvas) continue;
      return { x, y, name: name ?? null };
    }
    return null;
  };

  /** Waits for the next click; resolves with ms from it until `done()` holds and is painted. */
  function armAfterClick(done, what, setup) {
    let t0;
    const before = setup();
    bench.pending = timeout(
      new Promise((resolve) => {
        window.addEventListener(
          'click',
          (event) => {
            t0 = event.timeStamp;
            const check = () => {
              const end = done(before, t0);
              if (end === undefined) return false;
              observer.disconnect();
              before.cleanup?.();
              Promise.resolve(end).then((t) => resolve(t - t0));
              return true;
            };
            const observer = new MutationObserver(check);
            observer.observe(document.body, {
              subtree: true,
              childList: true,
              characterData: true,
            });
            before.recheck = check;
            queueMicrotask(check);
          },
          { capture: true, once: true },
        );
      }),
      15_000,
      what,
    );
  }

  /** Arms the click → citation panel measurement (the panel shows a different place, painted). */
  bench.armPanel = () =>
    armAfterClick(
      (before) => {
        const now = panelText();
        return now !== null && now !== before.text ? afterPaint() : undefined;
      },
      'citation panel',
      () => ({ text: panelText() }),
    );

  /**
   * Arms the filter → map and list measurement: the list's count text changed and painted, and
   * the map re-rendered and went idle after the click.
   */
  bench.armFilter = () => {
    if (!document.querySelector(LIST_SUMMARY)) return false;
    const map = window.citemap.map;
    armAfterClick(
      (before, t0) => {
        const summary = document.querySelector(LIST_SUMMARY)?.textContent;
        if (summary === before.summary) return undefined;
        before.summaryAt ??= afterPaint();
        if (!(before.idle > t0 && before.idle >= before.render)) return undefined;
        return before.summaryAt.then((t) => {
          bench.lastFilterParts = { list: t - t0, map: before.idle - t0 };
          return Math.max(t, before.idle);
        });
      },
      'filter',
      () => {
        const state = {
          summary: document.querySelector(LIST_SUMMARY)?.textContent,
          idle: -1,
          render: -1,
        };
        const onRender = () => (state.render = performance.now());
        const onIdle = () => {
          state.idle = performance.now();
          state.recheck?.();
        };
        map.on('render', onRender);
        map.on('idle', onIdle);
        state.cleanup = () => {
          map.off('render', onRender);
          map.off('idle', onIdle);
        };
        return state;
      },
    );
    return true;
  };
})();
