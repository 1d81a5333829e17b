/**
 * The normalized published files (src/lib/data/published.ts): each fact once, one record per
 * line, so a one-claim edit is a one-line diff in each file that carries it.
 */
import type { Feature, Geometry } from 'geojson';
import { indexClaim } from '../../lib/data/claim-index.ts';
import { dominantCategory } from '../../lib/data/format.ts';
import {
  PUBLISHED_FILES,
  shardCountFor,
  shardFile,
  shardOf,
  type PublishedPlace,
  type PublishedSearchIndex,
  type SearchQuote,
} from '../../lib/data/published.ts';
import type { Place, Source, VerifiedClaim } from '../../lib/data/types.ts';
import { CATEGORIES } from '../../lib/data/vocabulary.ts';
import { anchorOf, areaKm2, shapeOf } from './anchor.ts';
import { corroborate } from './corroboration.ts';
import type { ResolvedGeometry } from './geometry.ts';

/** `{ head…, "key": [ one item per line ] }`, keys in the order given. */
function linesJson(head: Record<string, unknown>, key: string, items: readonly unknown[]) {
  const fields = Object.entries(head).map(
    ([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},\n`,
  );
  const body = items.map((item) => `    ${JSON.stringify(item)}`).join(',\n');
  return `{\n${fields.join('')}  ${JSON.stringify(key)}: [\n${body}${items.length ? '\n' : ''}  ]\n}\n`;
}

export function placeFeature(
  place: Place,
  geometry: ResolvedGeometry,
  claims: readonly VerifiedClaim[],
  sources: ReadonlyMap<string, Source>,
): Feature<Geometry, PublishedPlace> {
  const g = geometry.display;
  const properties: PublishedPlace = {
    id: place.id,
    name_en: place.name.en,
    name_ar: place.name.ar,
    kind: place.kind,
    precision: place.precision,
    country: place.country,
    province: place.province ?? null,
    approximate: place.approximate,
    geometry_source: geometry.source,
    ...(geometry.geonames_id !== undefined ? { geonames_id: geometry.geonames_id } : {}),
    ...(geometry.uncertainty_km !== undefined ? { uncertainty_km: geometry.uncertainty_km } : {}),
    ...(geometry.measured_length_km !== undefined
      ? { measured_length_km: geometry.measured_length_km }
      : {}),
    shape: shapeOf(g),
    anchor: anchorOf(g),
    area_km2: areaKm2(g),
    claim_count: claims.length,
    independent_origins: corroborate(
      claims.flatMap((c) => c.quotes.map((q) => q.source)),
      sources,
    ).independent_origins,
    dominant_category: dominantCategory(claims.map((c) => c.category)),
    category_counts: CATEGORIES.map((cat) => claims.filter((c) => c.category === cat).length),
  };
  return { type: 'Feature', id: place.id, geometry: g, properties };
}

/** places.geojson: one Feature per line. */
export function placesGeojson(features: readonly Feature<Geometry, PublishedPlace>[]): string {
  return linesJson({ type: 'FeatureCollection' }, 'features', features);
}

/** claim-index.json and claims/NN.json; `claims` sorted by id, each written to exactly one shard. */
export function claimFiles(claims: readonly VerifiedClaim[]): Map<string, string> {
  const shardCount = shardCountFor(claims.length);
  const out = new Map<string, string>();
  out.set(
    `data/${PUBLISHED_FILES.claimIndex}`,
    linesJson({ shard_count: shardCount }, 'claims', claims.map(indexClaim)),
  );
  const shards: VerifiedClaim[][] = Array.from({ length: shardCount }, () => []);
  for (const c of claims) shards[shardOf(c.id, shardCount)]!.push(c);
  shards.forEach((list, shard) => {
    out.set(`data/${shardFile(shard, shardCount)}`, linesJson({ shard }, 'claims', list));
  });
  return out;
}

/**
 * search-index.json: the aliases (the two names are in places.geojson) and every quote's text,
 * each quote once, at the claim's primary place (the first of its places on the map). Quotes
 * come place by place (places by id, then their claims by id): equally good matches are listed
 * in this order.
 */
export function searchIndexJson(
  places: readonly Place[],
  claimsAt: ReadonlyMap<string, readonly VerifiedClaim[]>,
): string {
  const onMap = new Set(places.map((p) => p.id));
  const aliases: PublishedSearchIndex['aliases'] = {};
  for (const p of places) if (p.aliases.length > 0) aliases[p.id] = p.aliases;
  const quotes: SearchQuote[] = [];
  const seen = new Set<string>();
  const claims = places
    .flatMap((p) => claimsAt.get(p.id) ?? [])
    .filter((c) => {
      if (seen.has(c.id)) return false;
      seen.add(c.id);
      return true;
    });
  for (const c of claims) {
    const place = c.places.find((id) => onMap.has(id)) ?? c.places[0] ?? '';
    c.quotes.forEach((q, quote) => {
      quotes.push({ claim: c.id, quote, place, source: q.source, start: q.start, text: q.text });
    });
  }
  const aliasLines = Object.entries(aliases)
    .map(([id, names]) => `    ${JSON.stringify(id)}: ${JSON.stringify(names)}`)
    .join(',\n');
  const quoteLines = quotes.map((q) => `    ${JSON.stringify(q)}`).join(',\n');
  return `{\n  "aliases": {\n${aliasLines}${aliasLines ? '\n' : ''}  },\n  "quotes": [\n${quoteLines}${quoteLines ? '\n' : ''}  ]\n}\n`;
}
