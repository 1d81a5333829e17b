/**
 * The published, normalized files in `public/data/` that the build writes and the app loads.
 * Each fact is published once: a place carries what the map draws, a claim is written once in
 * exactly one shard, and the app looks things up by id. The build and the app both import this
 * module; neither re-derives what the other already knows.
 *
 *   places.geojson        the map layer, loaded first: one slim Feature per place
 *   claim-index.json      what filters, the timeline, the list and links need about every claim
 *   claims/NN.json        the full verified claims (quotes, offsets, numbers, conflicts), in shards
 *   sources.json          the articles' metadata
 *   briefings.json        briefings, referencing claims (and key quotes) by id
 *   search-index.json     aliases and quote text for search, loaded on first use (the two names
 *                         are in places.geojson already)
 *
 * Each file puts one record per line, so a one-claim edit is a one-hunk diff.
 *   downloads/           the GIS, spreadsheet and reference-manager downloads (downloads/files.ts)
 */
import type { Category, PlaceKind, Precision } from './vocabulary';
import type { LonLat, VerifiedClaim } from './types';

/** ISO 3166-2 code, e.g. `IQ-KI` (current codes only; Natural Earth's retired `IQ-TS` is mapped). */
type Iso3166_2 = string;

export const PUBLISHED_FILES = {
  places: 'places.geojson',
  claimIndex: 'claim-index.json',
  sources: 'sources.json',
  briefings: 'briefings.json',
  searchIndex: 'search-index.json',
  manifest: 'manifest.json',
} as const;

/** `claims/07.json`: shard file names are two or more digits, zero-padded. */
export function shardFile(shard: number, shardCount: number): string {
  const width = Math.max(2, String(shardCount - 1).length);
  return `claims/${String(shard).padStart(width, '0')}.json`;
}

/**
 * Shards by a hash of the claim id, not by place: a claim naming three places is still written
 * once, and adding or editing one claim rewrites one shard (one hunk in a snapshot diff). The
 * shard count grows in powers of two so that a place's few claims stay a few small requests.
 */
export function shardCountFor(claimCount: number): number {
  let n = 8;
  while (claimCount / n > 256) n *= 2;
  return n;
}

/** FNV-1a over the id's UTF-16 code units: stable across the build (Node) and the app. */
export function shardOf(claimId: string, shardCount: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < claimId.length; i++) {
    h ^= claimId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % shardCount;
}

export type Shape = 'point' | 'line' | 'area';

/** properties of one Feature in places.geojson: everything the map draws, nothing it doesn't */
export interface PublishedPlace {
  id: string;
  name_en: string;
  name_ar: string;
  kind: PlaceKind;
  precision: Precision;
  country: string;
  province: Iso3166_2 | null;
  approximate: boolean;
  geometry_source: string;
  shape: Shape;
  /** where the mark's glyph and label sit: a point, a line's midpoint along its length, a point inside an area */
  anchor: LonLat;
  /** area in km² (rounded) for areas, 0 otherwise */
  area_km2: number;
  claim_count: number;
  independent_origins: number;
  dominant_category: Category | null;
  /** claims per category, in the order of CATEGORIES */
  category_counts: number[];
  measured_length_km?: number;
  geonames_id?: number;
  uncertainty_km?: number;
}

/** One claim's facts in claim-index.json: enough to filter, count, date, list and link it. */
export interface IndexedClaim {
  id: string;
  places: string[];
  category: Category;
  summary: string;
  occurred: { start: string; end: string; precision: 'day' | 'month' | 'year' | 'range' } | null;
  reported: { first: string; last: string };
  /** the source id of each quote, in quote order */
  quote_sources: string[];
  /**
   * the origin sources behind the claim (corroboration.origins; its length is the number of
   * independent origins): the list and the map count distinct origins across a place's visible
   * claims, which a bare number cannot give
   */
  origins: string[];
  conflicts_with: string[];
}

export interface PublishedClaimIndex {
  shard_count: number;
  claims: IndexedClaim[];
}

/** claims/NN.json */
export interface PublishedShard {
  shard: number;
  claims: VerifiedClaim[];
}

/** One quote in search-index.json: indexed once, at the claim's primary place. */
export interface SearchQuote {
  claim: string;
  quote: number;
  place: string;
  source: string;
  /** offset of the quote in its source, so a match can be highlighted in the reader */
  start: number;
  text: string;
}

/** search-index.json: what search needs beyond places.geojson (which has the two names). */
export interface PublishedSearchIndex {
  /** place id → every spelling the articles use, for places that have aliases */
  aliases: Record<string, string[]>;
  quotes: SearchQuote[];
}

/** A step's key quote by reference: the app reads the claim's shard and formats the source. */
export interface PublishedKeyQuote {
  claim: string;
  quote: number;
}

// ─── Large datasets: vector tiles ────────────────────────────────────────────

/**
 * From this many places the build publishes the map layer as vector tiles (PMTiles, and a
 * z/x/y folder for hosts without Range requests) instead of a client-side GeoJSON.
 */
export const TILED_FROM_PLACES = 100_000;

/**
 * manifest.json: the first file the app reads, a few hundred bytes, saying how the layer is
 * published. `tiles: null` means places.geojson as before.
 */
export interface PublishedManifest {
  places: number;
  claims: number;
  tiles: PublishedTiles | null;
}

/**
 * How a tiled layer is published. Tile features carry only integers: `id` (the place's position
 * in the layer, the source's promoteId), `cat` (dominant category, index into `categories`, -1
 * for none), `cats` (bit k: a claim in categories[k]), `p` (index into `precisions`), `n`
 * (claims), `d0`/`d1` (first and last day of the dated claims, days since 1970-01-01) and `u`
 * (undated claims). Clusters add `count` (places) and, per member place, `c{k}` (a claim in
 * categories[k]) and `p{k}` (precision k); their `d0`/`d1` span the members and `u` counts
 * members with undated claims. Quotes and sources stay in the claim shards.
 */
export interface PublishedTiles {
  /** the archive, relative to data/ */
  pmtiles: string;
  /** the same tiles as files, relative to data/, for hosts without HTTP Range support */
  xyz: string;
  layers: { places: string; areas: string };
  promote_id: 'id';
  minzoom: number;
  maxzoom: number;
  /** the deepest zoom with clusters; single places from the next zoom on */
  cluster_max_zoom: number;
  /** west, south, east, north of the places */
  bounds: [number, number, number, number];
  categories: readonly Category[];
  precisions: readonly Precision[];
  /** the compact search index: names and positions by place id, in shards */
  search: { shards: string[]; places_per_shard: number };
}

/**
 * One shard of the compact search index of a tiled layer: places `first`… in layer order, their
 * two names, and positions as integers (degrees × 1e5, lon then lat) to fly to a match.
 */
export interface CompactSearchShard {
  first: number;
  en: string[];
  ar: string[];
  lonlat: number[];
}
