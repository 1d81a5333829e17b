import type { FeatureCollection, Geometry } from 'geojson';
import { ClaimStore } from './claim-store.svelte';
import {
  PUBLISHED_FILES,
  type IndexedClaim,
  type PublishedClaimIndex,
  type PublishedPlace,
  type PublishedSearchIndex,
  type PublishedShard,
} from './published';
import type { PublishedBriefing, PublishedSource } from './types';
import type { PlaceClaims } from './visibility';

export type PlaceFeature = GeoJSON.Feature<Geometry, PublishedPlace>;

/** A place with the claims drawn there (the index's facts, in claim-id order). */
export interface IndexedPlace extends PlaceClaims {
  readonly properties: PublishedPlace;
  readonly claims: readonly IndexedClaim[];
}

/**
 * The curated, verified data as the app holds it: read-only, loaded once, indexed once. The
 * claims here are the index's facts; their quotes come from `claims` (the store of shards).
 */
export interface Dataset {
  readonly features: readonly PlaceFeature[];
  /** every place with its claims, in the order of `features` */
  readonly places: readonly IndexedPlace[];
  readonly sources: readonly PublishedSource[];
  readonly placesById: ReadonlyMap<string, PlaceFeature>;
  readonly claimsById: ReadonlyMap<string, IndexedClaim>;
  /** place id → the claims drawn there */
  readonly claimsAt: ReadonlyMap<string, readonly IndexedClaim[]>;
  /** claim id → the places it is drawn at (on the map) */
  readonly placesOfClaim: ReadonlyMap<string, readonly string[]>;
  readonly sourcesById: ReadonlyMap<string, PublishedSource>;
  /** source id → the claims quoting it */
  readonly claimsQuoting: ReadonlyMap<string, readonly string[]>;
  /** the briefings, in file-name order; key quotes by reference */
  readonly briefings: readonly PublishedBriefing[];
  readonly briefingsById: ReadonlyMap<string, PublishedBriefing>;
  /** the full claims, loaded by shard */
  readonly claims: ClaimStore;
  /** the largest claim count of any place, for the size scale */
  readonly maxClaims: number;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexDataset(
  collection: FeatureCollection<Geometry, PublishedPlace>,
  claimIndex: PublishedClaimIndex,
  sources: readonly PublishedSource[],
  briefings: readonly PublishedBriefing[] = [],
  claims: ClaimStore = new ClaimStore(claimIndex.shard_count, () =>
    Promise.reject(new Error('no claim shards in this dataset')),
  ),
): Dataset {
  const features = collection.features as PlaceFeature[];
  const placesById = new Map(features.map((f) => [f.properties.id, f]));
  const claimsById = new Map<string, IndexedClaim>();
  const claimsAt = new Map<string, IndexedClaim[]>();
  const placesOfClaim = new Map<string, string[]>();
  const claimsQuoting = new Map<string, string[]>();
  for (const c of claimIndex.claims) {
    claimsById.set(c.id, c);
    for (const place of new Set(c.places)) {
      if (!placesById.has(place)) continue;
      push(claimsAt, place, c);
      push(placesOfClaim, c.id, place);
    }
    for (const source of new Set(c.quote_sources)) push(claimsQuoting, source, c.id);
  }
  const places = features.map((f): IndexedPlace => ({
    id: f.properties.id,
    precision: f.properties.precision,
    properties: f.properties,
    claims: claimsAt.get(f.properties.id) ?? [],
  }));
  return {
    features,
    places,
    sources,
    placesById,
    claimsById,
    claimsAt,
    placesOfClaim,
    sourcesById: new Map(sources.map((s) => [s.id, s])),
    claimsQuoting,
    briefings,
    briefingsById: new Map(briefings.map((b) => [b.id, b])),
    claims,
    maxClaims: features.reduce((m, f) => Math.max(m, f.properties.claim_count), 1),
  };
}

async function fetchOk(url: URL, what: string): Promise<Response> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Could not load ${what} (${url.pathname}): HTTP ${res.status}`);
  return res;
}

function fetchJson<T>(base: string | URL, file: string, what: string): Promise<T> {
  return fetchOk(new URL(`data/${file}`, base), what).then((r) => r.json() as Promise<T>);
}

/**
 * Loads what the first view needs, in parallel: the places layer, the claim index, the source
 * metadata and the briefings. Full claims come later, shard by shard, from `dataset.claims`.
 */
export async function loadDataset(base: string | URL = document.baseURI): Promise<Dataset> {
  const [places, claimIndex, sources, briefings] = await Promise.all([
    fetchJson<FeatureCollection<Geometry, PublishedPlace>>(
      base,
      PUBLISHED_FILES.places,
      'the places layer',
    ),
    fetchJson<PublishedClaimIndex>(base, PUBLISHED_FILES.claimIndex, 'the claim index'),
    fetchJson<PublishedSource[]>(base, PUBLISHED_FILES.sources, 'the source metadata'),
    fetchJson<PublishedBriefing[]>(base, PUBLISHED_FILES.briefings, 'the briefings'),
  ]);
  const store = new ClaimStore(claimIndex.shard_count, (path) =>
    fetchJson<PublishedShard>(base, path, 'the claims'),
  );
  return indexDataset(places, claimIndex, sources, briefings, store);
}

let searchFile: Promise<PublishedSearchIndex> | undefined;

/** search-index.json, fetched on the first search (and again after a failure). */
export function loadSearchFile(
  base: string | URL = document.baseURI,
): Promise<PublishedSearchIndex> {
  if (!searchFile) {
    searchFile = fetchJson<PublishedSearchIndex>(
      base,
      PUBLISHED_FILES.searchIndex,
      'the search index',
    );
    searchFile.catch(() => (searchFile = undefined));
  }
  return searchFile;
}

const texts = new Map<string, Promise<string>>();

/**
 * The archived article text, exactly as stored: read as UTF-8 text so the UTF-16 offsets the
 * build recorded index the same characters here.
 */
export function loadSourceText(
  source: PublishedSource,
  base: string | URL = document.baseURI,
): Promise<string> {
  let text = texts.get(source.id);
  if (!text) {
    text = fetchOk(new URL(source.path, base), `the article "${source.headline}"`).then((r) =>
      r.text(),
    );
    text.catch(() => texts.delete(source.id));
    texts.set(source.id, text);
  }
  return text;
}

/** Fetches the full claims drawn at a place (the shards they are in); failures land in `claims.error`. */
export function loadPlaceClaims(data: Dataset, placeId: string): Promise<void> {
  const ids = data.claimsAt.get(placeId)?.map((c) => c.id) ?? [];
  return data.claims.load(ids).catch(() => undefined);
}

/** Fetches the full claims quoting a source: the reader walks every passage cited anywhere. */
export function loadClaimsQuoting(data: Dataset, sourceId: string): Promise<void> {
  return data.claims.load(data.claimsQuoting.get(sourceId) ?? []).catch(() => undefined);
}
