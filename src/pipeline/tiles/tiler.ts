/**
 * Cuts tile places into vector tiles: points through supercluster (clusters carry per-category,
 * per-precision and date aggregates, so a filter can still be honest at low zoom), areas and
 * lines through geojson-vt, each tile encoded with vt-pbf. Yields every tile inside the bounds,
 * empty ones as zero bytes (the z/x/y folder writes them, so a plain server never answers 404).
 */
import type { Feature, Point } from 'geojson';
import GeoJSONVT from 'geojson-vt';
import Supercluster from 'supercluster';
import { fromGeojsonVt } from 'vt-pbf';
import { CATEGORIES, PRECISIONS } from '../../lib/data/vocabulary.ts';
import type { PlaceTileProps, TilePlace } from './features.ts';
import type { RawTile } from './pmtiles.ts';

export const EXTENT = 4096;
/** The names of the tile layers the map reads. */
export const TILE_LAYERS = { places: 'places', areas: 'areas' } as const;

export interface TilerOptions {
  /** west, south, east, north */
  bounds: [number, number, number, number];
  minZoom?: number;
  /** the deepest tiles written; MapLibre overzooms them beyond */
  maxZoom?: number;
  /** the deepest zoom with clusters; single places from the next zoom on */
  clusterMaxZoom?: number;
  /** cluster radius in screen pixels (of a 512-pixel tile) */
  radius?: number;
}

export const TILE_DEFAULTS = { minZoom: 0, maxZoom: 11, clusterMaxZoom: 10, radius: 40 } as const;

/**
 * A cluster's aggregates. `c{k}` counts member places with a claim in CATEGORIES[k] (a place in
 * two categories counts in both), `p{k}` places of PRECISIONS[k], `u` places with undated claims;
 * `d0`/`d1` span the members' dated claims; `n` sums their claims.
 */
type ClusterProps = Record<string, number>;

const CAT_KEYS = CATEGORIES.map((_, k) => `c${k}`);
const PREC_KEYS = PRECISIONS.map((_, k) => `p${k}`);

function mapProps(p: PlaceTileProps): ClusterProps {
  const out: ClusterProps = { n: p.n, d0: p.d0 ?? Infinity, d1: p.d1 ?? -Infinity, u: p.u ? 1 : 0 };
  CAT_KEYS.forEach((key, k) => (out[key] = (p.cats >> k) & 1));
  PREC_KEYS.forEach((key, k) => (out[key] = p.p === k ? 1 : 0));
  return out;
}

function reduceProps(acc: ClusterProps, p: Readonly<ClusterProps>): void {
  for (const key in p) {
    if (key === 'd0') acc.d0 = Math.min(acc.d0 as number, p.d0 as number);
    else if (key === 'd1') acc.d1 = Math.max(acc.d1 as number, p.d1 as number);
    else acc[key] = (acc[key] ?? 0) + (p[key] as number);
  }
}

type Tags = Record<string, number>;

/** A cluster's tags as the map reads them: its id, size, dominant category and aggregates. */
function clusterTags(t: Record<string, unknown>): Tags {
  const out: Tags = {
    id: t.cluster_id as number,
    count: t.point_count as number,
    n: t.n as number,
  };
  let cat = -1;
  let best = 0;
  CAT_KEYS.forEach((key, k) => {
    const v = t[key] as number;
    if (v > 0) out[key] = v;
    if (v > best) [cat, best] = [k, v];
  });
  out.cat = cat;
  for (const key of PREC_KEYS) if ((t[key] as number) > 0) out[key] = t[key] as number;
  if (Number.isFinite(t.d0)) [out.d0, out.d1] = [t.d0 as number, t.d1 as number];
  if ((t.u as number) > 0) out.u = t.u as number;
  return out;
}

function placeTags(id: number, p: PlaceTileProps): Tags {
  return { id, ...p } as Tags;
}

/** The x and y ranges of the tiles at zoom z that touch the bounds. */
export function tileRange(z: number, [w, s, e, n]: [number, number, number, number]) {
  const size = 2 ** z;
  const x = (lon: number) =>
    Math.min(size - 1, Math.max(0, Math.floor(((lon + 180) / 360) * size)));
  const y = (lat: number) => {
    const r = (lat * Math.PI) / 180;
    const v = ((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * size;
    return Math.min(size - 1, Math.max(0, Math.floor(v)));
  };
  return { x0: x(w), x1: x(e), y0: y(n), y1: y(s) };
}

/** Every tile from minZoom to maxZoom inside the bounds, in zoom order. */
export function* cutTiles(places: readonly TilePlace[], options: TilerOptions): Generator<RawTile> {
  const o = { ...TILE_DEFAULTS, ...options };
  const points: Feature<Point, { id: number; p: PlaceTileProps }>[] = [];
  const shapes: Feature[] = [];
  for (const place of places) {
    if (place.geometry.type === 'Point') {
      points.push({
        type: 'Feature',
        geometry: place.geometry,
        properties: { id: place.id, p: place.props },
      });
    } else {
      shapes.push({
        type: 'Feature',
        geometry: place.geometry,
        properties: placeTags(place.id, place.props),
      });
    }
  }
  const clusters = new Supercluster<{ id: number; p: PlaceTileProps }, ClusterProps>({
    minZoom: o.minZoom,
    maxZoom: o.clusterMaxZoom,
    radius: (o.radius * EXTENT) / 512,
    extent: EXTENT,
    map: (props) => mapProps(props.p),
    reduce: reduceProps,
  }).load(points);
  const areas =
    shapes.length > 0
      ? new GeoJSONVT(
          { type: 'FeatureCollection', features: shapes },
          {
            maxZoom: o.maxZoom,
            indexMaxZoom: Math.min(5, o.maxZoom),
            extent: EXTENT,
            buffer: 64,
          },
        )
      : null;

  for (let z = o.minZoom; z <= o.maxZoom; z++) {
    const r = tileRange(z, o.bounds);
    for (let x = r.x0; x <= r.x1; x++) {
      for (let y = r.y0; y <= r.y1; y++) {
        const layers: Parameters<typeof fromGeojsonVt>[0] = {};
        const pt = clusters.getTile(z, x, y);
        if (pt && pt.features.length > 0) {
          layers[TILE_LAYERS.places] = {
            features: pt.features.map((f) => ({
              type: 1,
              geometry: f.geometry,
              tags:
                f.tags && 'cluster' in f.tags
                  ? clusterTags(f.tags as Record<string, unknown>)
                  : placeTags((f.tags as { id: number }).id, (f.tags as { p: PlaceTileProps }).p),
            })),
          };
        }
        const at = areas?.getTile(z, x, y);
        if (at && at.features.length > 0) {
          layers[TILE_LAYERS.areas] = {
            features: at.features.map((f) => ({
              type: f.type,
              geometry: f.geometry,
              tags: f.tags as Tags,
            })),
          };
        }
        const data =
          Object.keys(layers).length > 0
            ? fromGeojsonVt(layers, { version: 2, extent: EXTENT })
            : new Uint8Array(0);
        yield { z, x, y, data };
      }
    }
  }
}

/** The `vector_layers` entry of the archive's metadata (TileJSON 3.0): what each layer holds. */
export function vectorLayers(maxZoom: number) {
  const fields: Record<string, string> = {
    id: 'Number',
    cat: 'Number',
    cats: 'Number',
    p: 'Number',
    n: 'Number',
    d0: 'Number',
    d1: 'Number',
    u: 'Number',
  };
  const clusterFields = Object.fromEntries(
    ['count', ...CAT_KEYS, ...PREC_KEYS].map((k) => [k, 'Number']),
  );
  return [
    {
      id: TILE_LAYERS.places,
      minzoom: 0,
      maxzoom: maxZoom,
      fields: { ...fields, ...clusterFields },
    },
    { id: TILE_LAYERS.areas, minzoom: 0, maxzoom: maxZoom, fields },
  ];
}
