/**
 * What "About this map" says, worked out from the published data: how the articles depend on
 * each other and what that does to the count of independent origins, how many places sit at
 * each precision, how each place was located, and which are approximate and why. Pure.
 */
import type { IndexedClaim, PublishedPlace } from '../data/published';
import type { PublishedSource } from '../data/types';
import { PRECISIONS, type Precision } from '../data/vocabulary';

interface Derivation {
  source: PublishedSource;
  /** what it derives from directly, with the relation */
  from: {
    source: PublishedSource;
    relation: PublishedSource['derived_from'][number]['relation'];
  }[];
  /** the independent origins it leads back to */
  origins: PublishedSource[];
}

export interface OriginsSummary {
  /** the articles that derive from no other: each an independent origin */
  origins: PublishedSource[];
  /** the articles that depend on another, with what they lead back to */
  derived: Derivation[];
  /** claims by their number of independent origins, most first: [[2, 12], [1, 61]] */
  claimsByOrigins: [origins: number, claims: number][];
}

export function originsSummary(
  sources: readonly PublishedSource[],
  claims: Iterable<Pick<IndexedClaim, 'origins'>>,
): OriginsSummary {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const lookup = (ids: readonly string[]) => ids.flatMap((id) => byId.get(id) ?? []);
  const isOrigin = (s: PublishedSource) => s.origins.length === 1 && s.origins[0] === s.id;
  const counts = new Map<number, number>();
  for (const c of claims) {
    const n = new Set(c.origins).size;
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  return {
    origins: sources.filter(isOrigin),
    derived: sources
      .filter((s) => !isOrigin(s))
      .map((s) => ({
        source: s,
        from: s.derived_from.flatMap((d) => {
          const to = byId.get(d.source);
          return to ? [{ source: to, relation: d.relation }] : [];
        }),
        origins: lookup(s.origins),
      })),
    claimsByOrigins: [...counts].sort((a, b) => b[0] - a[0]),
  };
}

/** How many places are drawn at each precision, in the ladder's order. */
export function placesByPrecision(
  places: readonly Pick<PublishedPlace, 'precision'>[],
): [Precision, number][] {
  return PRECISIONS.map((p) => [p, places.filter((x) => x.precision === p).length]);
}

const LOCATION_METHODS = ['geonames', 'natural-earth', 'curated'] as const;
export type LocationMethod = (typeof LOCATION_METHODS)[number];

/**
 * Where a place's shape came from, read from the `geometry_source` the build writes: "GeoNames …"
 * for a settlement, "Natural Earth …" for a province, a union, a cut or a border, and anything
 * else ("curated point/line/area: …") hand-placed or hand-drawn.
 */
export function locationMethod(place: Pick<PublishedPlace, 'geometry_source'>): LocationMethod {
  const from = place.geometry_source.trimStart();
  if (from.startsWith('GeoNames')) return 'geonames';
  if (from.startsWith('Natural Earth')) return 'natural-earth';
  return 'curated';
}

/** The places located each way, in the data's order; methods that located none are left out. */
export function placesByMethod<P extends Pick<PublishedPlace, 'geometry_source'>>(
  places: readonly P[],
): [LocationMethod, P[]][] {
  return LOCATION_METHODS.map((m): [LocationMethod, P[]] => [
    m,
    places.filter((p) => locationMethod(p) === m),
  ]).filter(([, list]) => list.length > 0);
}
