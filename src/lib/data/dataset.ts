import type { FeatureCollection, Geometry } from 'geojson';
import type {
  PlaceFeatureProperties,
  PublishedBriefing,
  PublishedSource,
  VerifiedClaim,
} from './types';
import { buildFilterIndex, type FilterIndex } from '../filters/filters';
import { buildSearchIndex, type SearchIndex } from '../search/search';
import { buildKnown, type KnownIds } from '../state/hash';

export type PlaceFeature = GeoJSON.Feature<Geometry, PlaceFeatureProperties>;

/** The curated, verified layer as the app holds it: read-only, loaded once, indexed once. */
export interface Dataset {
  readonly features: readonly PlaceFeature[];
  readonly sources: readonly PublishedSource[];
  readonly placesById: ReadonlyMap<string, PlaceFeature>;
  readonly claimsById: ReadonlyMap<string, VerifiedClaim>;
  readonly sourcesById: ReadonlyMap<string, PublishedSource>;
  /** the briefings, in file-name order, each step's key quote resolved by the build */
  readonly briefings: readonly PublishedBriefing[];
  readonly briefingsById: ReadonlyMap<string, PublishedBriefing>;
  readonly filterIndex: FilterIndex;
  readonly searchIndex: SearchIndex;
  readonly known: KnownIds;
  /** the largest claim count of any place, for the size scale */
  readonly maxClaims: number;
}

export function indexDataset(
  collection: FeatureCollection<Geometry, PlaceFeatureProperties>,
  sources: readonly PublishedSource[],
  briefings: readonly PublishedBriefing[] = [],
): Dataset {
  const features = collection.features as PlaceFeature[];
  const claimsById = new Map<string, VerifiedClaim>();
  for (const f of features) for (const c of f.properties.claims) claimsById.set(c.id, c);
  let searchIndex: SearchIndex | undefined;
  return {
    features,
    sources,
    placesById: new Map(features.map((f) => [f.properties.id, f])),
    claimsById,
    sourcesById: new Map(sources.map((s) => [s.id, s])),
    briefings,
    briefingsById: new Map(briefings.map((b) => [b.id, b])),
    filterIndex: buildFilterIndex(features, sources),
    // Built on the first search, not at start-up: with 10⁴ places it takes half a second, and
    // the map should be on screen before anyone types.
    get searchIndex() {
      return (searchIndex ??= buildSearchIndex(features, sources));
    },
    // With the step counts known, a `b=id:step` hash opens that briefing at that step.
    known: buildKnown(features, sources, new Map(briefings.map((b) => [b.id, b.steps.length]))),
    maxClaims: features.reduce((m, f) => Math.max(m, f.properties.claim_count), 1),
  };
}

async function fetchOk(url: URL, what: string): Promise<Response> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Could not load ${what} (${url.pathname}): HTTP ${res.status}`);
  return res;
}

/** Loads the verified layer, the source metadata and the briefings the build wrote to public/data/. */
export async function loadDataset(base: string | URL = document.baseURI): Promise<Dataset> {
  const [incidents, sources, briefings] = await Promise.all([
    fetchOk(new URL('data/incidents.geojson', base), 'the incident layer').then(
      (r) => r.json() as Promise<FeatureCollection<Geometry, PlaceFeatureProperties>>,
    ),
    fetchOk(new URL('data/sources.json', base), 'the source metadata').then(
      (r) => r.json() as Promise<PublishedSource[]>,
    ),
    fetchOk(new URL('data/briefings.json', base), 'the briefings').then(
      (r) => r.json() as Promise<PublishedBriefing[]>,
    ),
  ]);
  return indexDataset(incidents, sources, briefings);
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
