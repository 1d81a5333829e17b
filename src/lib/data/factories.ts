/**
 * Test-data factories for the reading-UI modules (filters, state, search, citations, timeline).
 * Test-only: every call returns fresh objects, so no test can mutate another's data. Override
 * any field through the partial argument.
 */
import { ClaimStore } from './claim-store.svelte';
import { indexClaim } from './claim-index';
import { indexDataset, type Dataset } from './dataset';
import {
  shardCountFor,
  shardOf,
  type IndexedClaim,
  type PublishedPlace,
  type PublishedSearchIndex,
} from './published';
import type {
  PublishedBriefing,
  PublishedSource,
  Source,
  VerifiedClaim,
  VerifiedQuote,
} from './types';
import { CATEGORIES } from './vocabulary';

export function makeSource(overrides: Partial<Source> = {}): Source {
  return {
    id: 'wapo-2019-07-21',
    file: '003_4dd1e7653c4ee551.txt',
    sha256: '0'.repeat(64),
    publication: 'The Washington Post',
    headline: 'ISIS militants return to Iraq, continue fight',
    authors: ['Louisa Loveluck', 'Mustafa Salim'],
    date: '2019-07-21',
    date_precision: 'day',
    date_basis: 'Published: July 21, 2019',
    language: 'en',
    derived_from: [],
    ...overrides,
  };
}

export function makeQuote(overrides: Partial<VerifiedQuote> = {}): VerifiedQuote {
  const text = overrides.text ?? 'An explosion earlier this month in the northern city of Kirkuk';
  const start = overrides.start ?? 100;
  return { source: 'wapo-2019-07-21', text, start, end: start + text.length, ...overrides };
}

export function makeClaim(overrides: Partial<VerifiedClaim> = {}): VerifiedClaim {
  const quotes = overrides.quotes ?? [makeQuote()];
  const sources = [...new Set(quotes.map((q) => q.source))];
  return {
    id: 'kirkuk-motorcycle-blast',
    places: ['kirkuk'],
    category: 'attack',
    summary: 'An explosion killed two motorcyclists in Kirkuk.',
    occurred: { start: '2019-07-01', end: '2019-07-21', precision: 'range', basis: 'test' },
    quotes,
    reported: { first: '2019-07-21', last: '2019-07-21' },
    corroboration: { articles: sources.length, independent_origins: 1, origins: sources },
    ...overrides,
  };
}

/**
 * A place as the app indexes it (an IndexedPlace, with a Point geometry): its published
 * properties and its claims' index facts, plus the full claims in `full` for tests that need
 * the quotes.
 */
export interface FeatureLike {
  type: 'Feature';
  id: string;
  precision: PublishedPlace['precision'];
  properties: PublishedPlace;
  geometry: { type: 'Point'; coordinates: [number, number] };
  claims: IndexedClaim[];
  full: VerifiedClaim[];
  aliases: string[];
}

export function makeFeature(
  overrides: Partial<PublishedPlace> & { claims?: VerifiedClaim[]; aliases?: string[] } = {},
): FeatureLike {
  const { claims: given, aliases = ['Kirkuk'], ...props } = overrides;
  const claims = given ?? [makeClaim()];
  const properties: PublishedPlace = {
    id: 'kirkuk',
    name_en: 'Kirkuk',
    name_ar: 'كركوك',
    kind: 'city',
    precision: 'settlement',
    country: 'IQ',
    province: 'IQ-KI',
    approximate: false,
    geometry_source: 'geonames',
    shape: 'point',
    anchor: [44.39, 35.47],
    area_km2: 0,
    claim_count: claims.length,
    independent_origins: 1,
    dominant_category: claims[0]?.category ?? null,
    category_counts: CATEGORIES.map((c) => claims.filter((x) => x.category === c).length),
    ...props,
  };
  return {
    type: 'Feature',
    id: properties.id,
    precision: properties.precision,
    geometry: { type: 'Point', coordinates: properties.anchor },
    properties,
    claims: claims.map(indexClaim),
    full: claims,
    aliases,
  };
}

/** search-index.json for these places, as the build writes it (each claim once, at its primary place). */
export function makeSearchFile(features: readonly FeatureLike[]): PublishedSearchIndex {
  const onMap = new Set(features.map((f) => f.id));
  const seen = new Set<string>();
  const quotes: PublishedSearchIndex['quotes'] = [];
  for (const f of features) {
    for (const c of f.full) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      const place = c.places.find((id) => onMap.has(id)) ?? f.id;
      c.quotes.forEach((q, quote) =>
        quotes.push({ claim: c.id, quote, place, source: q.source, start: q.start, text: q.text }),
      );
    }
  }
  return { aliases: Object.fromEntries(features.map((f) => [f.id, f.aliases])), quotes };
}

/** A Dataset over these places (claims served from memory, as if every shard had loaded). */
export function makeDataset(
  features: readonly FeatureLike[],
  sources: readonly PublishedSource[] = [],
  briefings: readonly PublishedBriefing[] = [],
): Dataset {
  const full = new Map(features.flatMap((f) => f.full.map((c) => [c.id, c] as const)));
  const claims = [...full.values()];
  const shardCount = shardCountFor(claims.length);
  const store = new ClaimStore(shardCount, (path) => {
    const shard = Number(/(\d+)\.json$/.exec(path)?.[1]);
    return Promise.resolve({
      shard,
      claims: claims.filter((c) => shardOf(c.id, shardCount) === shard),
    });
  });
  return indexDataset(
    {
      type: 'FeatureCollection',
      features: features.map((f) => ({
        type: 'Feature',
        geometry: f.geometry,
        properties: f.properties,
      })),
    },
    { shard_count: shardCount, claims: claims.map(indexClaim) },
    sources,
    briefings,
    store,
  );
}
