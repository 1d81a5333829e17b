/**
 * The published data, read back the way the tests want it: each place with its full claims and
 * aliases (the files keep each claim once, in its shard; the tests look them up by place).
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Geometry } from 'geojson';
import type {
  PublishedClaimIndex,
  PublishedPlace,
  PublishedSearchIndex,
  PublishedShard,
} from '../../src/lib/data/published';
import type { VerifiedClaim } from '../../src/lib/data/types';

/** A place as the tests read it: its published properties, its aliases and its full claims. */
export type TestPlace = PublishedPlace & { aliases: string[]; claims: VerifiedClaim[] };

export interface TestData {
  features: { type: 'Feature'; geometry: Geometry; properties: TestPlace }[];
  claimsById: Map<string, VerifiedClaim>;
}

/** Reads `<dir>data/`: dir is a folder URL or path ending in a slash (public/ or dist/). */
export function readPublished(dir: string | URL): TestData {
  const at = (rel: string) => (typeof dir === 'string' ? `${dir}${rel}` : new URL(rel, dir));
  const json = <T>(rel: string) => JSON.parse(readFileSync(at(rel), 'utf8')) as T;
  const places = json<{ features: { geometry: Geometry; properties: PublishedPlace }[] }>(
    'data/places.geojson',
  );
  const index = json<PublishedClaimIndex>('data/claim-index.json');
  const search = json<PublishedSearchIndex>('data/search-index.json');
  const claimsById = new Map<string, VerifiedClaim>();
  for (const file of readdirSync(at('data/claims/')).sort()) {
    for (const c of json<PublishedShard>(`data/claims/${file}`).claims) claimsById.set(c.id, c);
  }
  const features = places.features.map((f) => ({
    type: 'Feature' as const,
    geometry: f.geometry,
    properties: {
      ...f.properties,
      aliases: search.aliases[f.properties.id] ?? [],
      claims: index.claims
        .filter((c) => c.places.includes(f.properties.id))
        .map((c) => claimsById.get(c.id)!),
    },
  }));
  return { features, claimsById };
}
