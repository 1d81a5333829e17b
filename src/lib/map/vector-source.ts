/**
 * The tiled incident layer (10^5 places and more): the `pmtiles` protocol registered once, the
 * vector source chosen by what the host can serve (HTTP Range → the PMTiles archive, else the
 * z/x/y folder), and the layers' paint and filter expressions over the tiles' integer attributes
 * (see PublishedTiles in src/lib/data/published.ts), in the vocabulary's colours.
 *
 * Filters that tiles can answer are expressions here: category, precision and dates. Sources and
 * "independent origins only" need the claims, so at place level they stay feature-state from the
 * claim index, and clusters (which cannot know them) are drawn by the other filters alone.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  Map as MapLibreMap,
  VectorSourceSpecification,
} from 'maplibre-gl';
import { Protocol } from 'pmtiles';
import type { PublishedTiles } from '../data/published';
import { CATEGORIES, CATEGORY_COLORS, NO_CATEGORY_COLOR, PRECISIONS } from '../data/vocabulary';
import type { Category, Precision } from '../data/vocabulary';

type AddProtocol = (name: string, load: Protocol['tile']) => void;

let protocol: Protocol | undefined;

/** Registers `pmtiles://` with MapLibre (`addProtocol` from maplibre-gl) the first time only. */
export function registerPmtiles(addProtocol: AddProtocol): Protocol {
  if (!protocol) {
    protocol = new Protocol();
    addProtocol('pmtiles', protocol.tile);
  }
  return protocol;
}

/**
 * Whether `url` is served with HTTP Range support: asks for its first 16 bytes and expects a
 * 206 with exactly those. A host that ignores Range answers 200 with the whole file, so the
 * request is aborted as soon as the status is known rather than downloading an archive.
 */
export async function supportsRange(url: string, fetcher: typeof fetch = fetch): Promise<boolean> {
  const abort = new AbortController();
  try {
    const res = await fetcher(url, { headers: { Range: 'bytes=0-15' }, signal: abort.signal });
    if (res.status !== 206) {
      abort.abort();
      return false;
    }
    return (await res.arrayBuffer()).byteLength === 16;
  } catch {
    return false;
  } finally {
    abort.abort();
  }
}

/** The vector source for the tiles under `dataUrl` (the absolute URL of data/, ending in /). */
export function tiledSourceSpec(
  tiles: PublishedTiles,
  dataUrl: string,
  range: boolean,
): VectorSourceSpecification {
  const common = { type: 'vector', promoteId: tiles.promote_id } as const;
  if (range) return { ...common, url: `pmtiles://${new URL(tiles.pmtiles, dataUrl).href}` };
  // The template's braces must stay as they are: resolve only the folder before them.
  const folder = tiles.xyz.slice(0, tiles.xyz.indexOf('{'));
  return {
    ...common,
    tiles: [new URL(folder, dataUrl).href + tiles.xyz.slice(folder.length)],
    minzoom: tiles.minzoom,
    maxzoom: tiles.maxzoom,
    bounds: tiles.bounds,
  };
}

/** Probes the host, then adds the tiled source; resolves with whether it reads the archive. */
export async function addTiledSource(
  map: Pick<MapLibreMap, 'addSource'>,
  id: string,
  tiles: PublishedTiles,
  dataUrl: string,
  fetcher: typeof fetch = fetch,
): Promise<{ range: boolean }> {
  const range = await supportsRange(new URL(tiles.pmtiles, dataUrl).href, fetcher);
  map.addSource(id, tiledSourceSpec(tiles, dataUrl, range));
  return { range };
}

/** What the tiled layers can filter on; days are day numbers since 1970-01-01, inclusive. */
export interface TileFilters {
  categories: readonly Category[] | null;
  precisions: readonly Precision[] | null;
  dayRange: readonly [number, number] | null;
  keepUndated: boolean;
}

const IS_CLUSTER: ExpressionSpecification = ['has', 'count'];

/** Bit k of the `cats` mask (expressions have no bitwise operators: ⌊cats ÷ 2^k⌋ mod 2). */
const hasCategory = (k: number): ExpressionSpecification => [
  '==',
  ['%', ['floor', ['/', ['get', 'cats'], 2 ** k]], 2],
  1,
];

function dateTest(range: readonly [number, number], keepUndated: boolean): ExpressionSpecification {
  const overlaps: ExpressionSpecification = [
    'all',
    ['has', 'd0'],
    ['<=', ['get', 'd0'], range[1]],
    ['>=', ['get', 'd1'], range[0]],
  ];
  return keepUndated ? ['any', overlaps, ['>', ['coalesce', ['get', 'u'], 0], 0]] : overlaps;
}

/** A single place passes: a claim in a chosen category, its precision chosen, its dates overlap. */
export function placeFilter(f: TileFilters): FilterSpecification {
  const parts: ExpressionSpecification[] = [['!', IS_CLUSTER]];
  if (f.categories) {
    parts.push(['any', false, ...f.categories.map((c) => hasCategory(CATEGORIES.indexOf(c)))]);
  }
  if (f.precisions) {
    parts.push(['in', ['get', 'p'], ['literal', f.precisions.map((p) => PRECISIONS.indexOf(p))]]);
  }
  if (f.dayRange) parts.push(dateTest(f.dayRange, f.keepUndated));
  return ['all', ...parts];
}

/**
 * How many of a cluster's places can pass: the smaller of its places in the chosen categories
 * (an upper bound: a place in two chosen categories counts twice, so it is capped at `count`)
 * and its places of the chosen precisions (exact). Dates cannot thin a count (a cluster keeps
 * only its span), so they hide a cluster whose span misses the range.
 */
export function clusterCount(f: TileFilters): ExpressionSpecification {
  const sum = (keys: string[]): ExpressionSpecification => [
    '+',
    0,
    0,
    ...keys.map((k): ExpressionSpecification => ['coalesce', ['get', k], 0]),
  ];
  const all: ExpressionSpecification = ['get', 'count'];
  const counts: ExpressionSpecification[] = [];
  if (f.categories) counts.push(sum(f.categories.map((c) => `c${CATEGORIES.indexOf(c)}`)));
  if (f.precisions) counts.push(sum(f.precisions.map((p) => `p${PRECISIONS.indexOf(p)}`)));
  return counts.length === 0 ? all : ['min', all, ...counts];
}

export function clusterFilter(f: TileFilters): FilterSpecification {
  const parts: ExpressionSpecification[] = [IS_CLUSTER, ['>', clusterCount(f), 0]];
  if (f.dayRange) parts.push(dateTest(f.dayRange, f.keepUndated));
  return ['all', ...parts];
}

/** The dominant category's colour, by its code in the tiles. */
export const categoryColor: ExpressionSpecification = [
  'match',
  ['get', 'cat'],
  ...CATEGORIES.flatMap((c, k) => [k, CATEGORY_COLORS[c]]),
  NO_CATEGORY_COLOR,
] as unknown as ExpressionSpecification;

const TILED_LAYER_IDS = {
  areas: 'tiled-areas',
  clusters: 'tiled-clusters',
  places: 'tiled-places',
} as const;

/** The tiled layers: areas under clusters under single places, all filtered by `f`. */
export function tiledLayers(
  source: string,
  tiles: PublishedTiles,
  f: TileFilters,
): LayerSpecification[] {
  return [
    {
      id: TILED_LAYER_IDS.areas,
      type: 'fill',
      source,
      'source-layer': tiles.layers.areas,
      filter: placeFilter(f),
      paint: { 'fill-color': categoryColor, 'fill-opacity': 0.25 },
    },
    {
      id: TILED_LAYER_IDS.clusters,
      type: 'circle',
      source,
      'source-layer': tiles.layers.places,
      filter: clusterFilter(f),
      paint: {
        'circle-color': categoryColor,
        'circle-radius': ['min', 28, ['+', 6, ['*', 1.5, ['sqrt', clusterCount(f)]]]],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1,
      },
    },
    {
      id: TILED_LAYER_IDS.places,
      type: 'circle',
      source,
      'source-layer': tiles.layers.places,
      filter: placeFilter(f),
      paint: {
        'circle-color': categoryColor,
        'circle-radius': ['+', 4, ['*', 1.5, ['sqrt', ['get', 'n']]]],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1,
      },
    },
  ];
}
