import { expression } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it, vi } from 'vitest';
import type { PublishedTiles } from '../data/published';
import { mulberry32 } from '../data/random';
import { claimMatches, type Filters } from '../data/visibility';
import {
  CATEGORIES,
  CATEGORY_COLORS,
  NO_CATEGORY_COLOR,
  PRECISIONS,
  type Category,
} from '../data/vocabulary';
import {
  addTiledSource,
  categoryColor,
  clusterCount,
  clusterFilter,
  placeFilter,
  registerPmtiles,
  supportsRange,
  tiledLayers,
  tiledSourceSpec,
  type TileFilters,
} from './vector-source';

const SPEC = {
  type: 'boolean',
  'property-type': 'data-driven',
  expression: { parameters: ['zoom', 'feature'] },
};

/** Evaluates an expression the way MapLibre does for a feature with these properties. */
function evaluate(expr: unknown, properties: Record<string, number>, type = 'boolean'): unknown {
  const parsed = expression.createExpression(expr, { ...SPEC, type } as never);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom: 8 }, { type: 'Point', properties } as never);
}

const TILES: PublishedTiles = {
  pmtiles: 'tiles/places.pmtiles',
  xyz: 'tiles/xyz/{z}/{x}/{y}.pbf',
  layers: { places: 'places', areas: 'areas' },
  promote_id: 'id',
  minzoom: 0,
  maxzoom: 11,
  cluster_max_zoom: 10,
  bounds: [38.7, 29.1, 48.5, 37.3],
  categories: CATEGORIES,
  precisions: PRECISIONS,
  search: { shards: ['tiles/search/000.json'], places_per_shard: 65_536 },
};
const DATA = 'https://example.test/app/data/';

const DAY0 = Date.UTC(2019, 0, 1) / 86_400_000;
const iso = (day: number) => new Date((DAY0 + day) * 86_400_000).toISOString().slice(0, 10);

interface Claim {
  category: Category;
  day: number | null;
}

/** Tile attributes of a place, as the tiler computes them (features.ts PlaceAccumulator). */
function props(claims: Claim[], precision: number): Record<string, number> {
  let cats = 0;
  const days = claims.flatMap((c) => (c.day === null ? [] : [DAY0 + c.day]));
  for (const c of claims) cats |= 1 << CATEGORIES.indexOf(c.category);
  const undated = claims.filter((c) => c.day === null).length;
  return {
    id: 1,
    cat: CATEGORIES.indexOf(claims[0]?.category as Category),
    cats,
    p: precision,
    n: claims.length,
    ...(days.length ? { d0: Math.min(...days), d1: Math.max(...days) } : {}),
    ...(undated ? { u: undated } : {}),
  };
}

function randomFilters(rand: () => number): { tile: TileFilters; app: Filters } {
  const pick = <T>(list: readonly T[]) => (rand() < 0.3 ? null : list.filter(() => rand() < 0.4));
  const categories = pick(CATEGORIES);
  const precisions = pick(PRECISIONS);
  const a = Math.floor(rand() * 300);
  const range = rand() < 0.4 ? null : ([a, a + Math.floor(rand() * 60)] as const);
  const keepUndated = rand() < 0.5;
  return {
    tile: {
      categories,
      precisions,
      dayRange: range && [DAY0 + range[0], DAY0 + range[1]],
      keepUndated,
    },
    app: {
      categories,
      sources: null,
      independentOnly: false,
      precisions,
      dateRange: range && [iso(range[0]), iso(range[1])],
      keepUndated,
    },
  };
}

/** The app's own definition: the place's precision is chosen and one of its claims matches. */
function appShows(claims: Claim[], precision: number, f: Filters): boolean {
  if (f.precisions && !f.precisions.includes(PRECISIONS[precision] as never)) return false;
  return claims.some((c) =>
    claimMatches(
      {
        category: c.category,
        quote_sources: ['s'],
        occurred: c.day === null ? null : { start: iso(c.day), end: iso(c.day), precision: 'day' },
      },
      f,
      new Map(),
    ),
  );
}

describe('placeFilter', () => {
  it("agrees with the app's filters for one-claim places and never hides a place that matches", () => {
    const rand = mulberry32(3);
    let exact = 0;
    for (let i = 0; i < 3000; i++) {
      const claims: Claim[] = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => ({
        category: CATEGORIES[Math.floor(rand() * CATEGORIES.length)] as Category,
        day: rand() < 0.15 ? null : Math.floor(rand() * 330),
      }));
      const precision = Math.floor(rand() * PRECISIONS.length);
      const f = randomFilters(rand);
      const tiles = evaluate(placeFilter(f.tile), props(claims, precision));
      const app = appShows(claims, precision, f.app);
      if (claims.length === 1) {
        expect(tiles, JSON.stringify({ claims, precision, f: f.app })).toBe(app);
        exact++;
      } else if (app) expect(tiles, JSON.stringify({ claims, precision, f: f.app })).toBe(true);
    }
    expect(exact).toBeGreaterThan(500);
  });

  it('hides clusters from the place layers', () => {
    const all = { categories: null, precisions: null, dayRange: null, keepUndated: false };
    expect(evaluate(placeFilter(all), { count: 4, id: 9 })).toBe(false);
    expect(evaluate(placeFilter(all), { id: 9, cat: 0, cats: 1, p: 0, n: 1 })).toBe(true);
  });
});

describe('clusters', () => {
  const cluster = {
    id: 99,
    count: 5,
    n: 9,
    c0: 3,
    c2: 4,
    p1: 2,
    p3: 3,
    d0: DAY0 + 10,
    d1: DAY0 + 40,
    u: 1,
  };
  const f = (o: Partial<TileFilters>): TileFilters => ({
    categories: null,
    precisions: null,
    dayRange: null,
    keepUndated: false,
    ...o,
  });

  it('counts the places that can pass: precisions exactly, categories capped at the size', () => {
    expect(evaluate(clusterCount(f({})), cluster, 'number')).toBe(5);
    expect(evaluate(clusterCount(f({ precisions: ['settlement'] })), cluster, 'number')).toBe(2);
    expect(
      evaluate(clusterCount(f({ categories: ['attack', 'border-crossing'] })), cluster, 'number'),
    ).toBe(5);
    expect(evaluate(clusterCount(f({ categories: ['kidnapping'] })), cluster, 'number')).toBe(0);
    expect(
      evaluate(
        clusterCount(f({ categories: ['attack'], precisions: ['province'] })),
        cluster,
        'number',
      ),
    ).toBe(3);
  });

  it('hides a cluster no place of which can pass, or whose dates miss the range', () => {
    expect(evaluate(clusterFilter(f({ categories: ['kidnapping'] })), cluster)).toBe(false);
    expect(evaluate(clusterFilter(f({ dayRange: [DAY0 + 41, DAY0 + 50] })), cluster)).toBe(false);
    expect(
      evaluate(clusterFilter(f({ dayRange: [DAY0 + 41, DAY0 + 50], keepUndated: true })), cluster),
    ).toBe(true);
    expect(evaluate(clusterFilter(f({ dayRange: [DAY0, DAY0 + 10] })), cluster)).toBe(true);
    expect(evaluate(clusterFilter(f({})), { id: 1, cat: 0, cats: 1, p: 0, n: 1 })).toBe(false);
  });
});

describe('paint', () => {
  it('colours by the vocabulary: the dominant category code picks its colour', () => {
    CATEGORIES.forEach((c, k) => {
      expect(evaluate(categoryColor, { cat: k }, 'string')).toBe(CATEGORY_COLORS[c]);
    });
    expect(evaluate(categoryColor, { cat: -1 }, 'string')).toBe(NO_CATEGORY_COLOR);
  });

  it('builds layers MapLibre accepts, reading the manifest’s layer names', () => {
    const layers = tiledLayers('incidents', TILES, {
      categories: ['attack'],
      precisions: null,
      dayRange: [DAY0, DAY0 + 5],
      keepUndated: false,
    });
    expect(layers.map((l) => [l.type, 'source-layer' in l ? l['source-layer'] : null])).toEqual([
      ['fill', 'areas'],
      ['circle', 'places'],
      ['circle', 'places'],
    ]);
    for (const l of layers) {
      evaluate((l as { filter: unknown }).filter, {
        id: 1,
        cat: 0,
        cats: 1,
        p: 0,
        n: 1,
        d0: DAY0,
        d1: DAY0,
      });
    }
  });
});

describe('sources', () => {
  it('reads the archive through pmtiles:// when the host serves ranges, else the z/x/y folder', () => {
    expect(tiledSourceSpec(TILES, DATA, true)).toEqual({
      type: 'vector',
      promoteId: 'id',
      url: 'pmtiles://https://example.test/app/data/tiles/places.pmtiles',
    });
    expect(tiledSourceSpec(TILES, DATA, false)).toEqual({
      type: 'vector',
      promoteId: 'id',
      tiles: ['https://example.test/app/data/tiles/xyz/{z}/{x}/{y}.pbf'],
      minzoom: 0,
      maxzoom: 11,
      bounds: TILES.bounds,
    });
  });

  it('registers the protocol once', () => {
    const add = vi.fn();
    const a = registerPmtiles(add);
    expect(registerPmtiles(add)).toBe(a);
    expect(add).toHaveBeenCalledTimes(1);
    expect(add.mock.calls[0]?.[0]).toBe('pmtiles');
  });

  it('probes Range support with a 16-byte request and stops a server that sends everything', async () => {
    const calls: { range: string | null; signal: AbortSignal }[] = [];
    const host = (status: number, bytes: number): typeof fetch =>
      (async (_url: string, init: RequestInit) => {
        calls.push({
          range: new Headers(init.headers).get('range'),
          signal: init.signal as AbortSignal,
        });
        return new Response(new Uint8Array(bytes), { status });
      }) as typeof fetch;
    expect(await supportsRange('x', host(206, 16))).toBe(true);
    expect(calls[0]?.range).toBe('bytes=0-15');
    expect(await supportsRange('x', host(200, 1000))).toBe(false);
    expect(calls[1]?.signal.aborted).toBe(true);
    expect(await supportsRange('x', host(206, 40))).toBe(false);
    expect(
      await supportsRange('x', (() => Promise.reject(new TypeError('offline'))) as typeof fetch),
    ).toBe(false);
  });

  it('adds the source the probe chose', async () => {
    const added: unknown[] = [];
    const map = { addSource: (id: string, spec: unknown) => added.push([id, spec]) };
    const plain = (async () => new Response('whole file', { status: 200 })) as typeof fetch;
    expect(await addTiledSource(map as never, 'incidents', TILES, DATA, plain)).toEqual({
      range: false,
    });
    expect(added[0]).toEqual(['incidents', tiledSourceSpec(TILES, DATA, false)]);
  });
});
