/**
 * Test-data factories for the reading-UI modules (filters, state, search, citations, timeline).
 * Test-only: every call returns fresh objects, so no test can mutate another's data. Override
 * any field through the partial argument.
 */
import type { PlaceFeatureProperties, Source, VerifiedClaim, VerifiedQuote } from '../data/types';

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

export interface FeatureLike {
  type: 'Feature';
  properties: PlaceFeatureProperties;
  geometry: { type: 'Point'; coordinates: [number, number] };
}

export function makeFeature(overrides: Partial<PlaceFeatureProperties> = {}): FeatureLike {
  const claims = overrides.claims ?? [makeClaim()];
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [44.39, 35.47] },
    properties: {
      id: 'kirkuk',
      name_en: 'Kirkuk',
      name_ar: 'كركوك',
      aliases: ['Kirkuk'],
      kind: 'city',
      precision: 'settlement',
      country: 'IQ',
      province: 'IQ-KI',
      approximate: false,
      geometry_source: 'geonames',
      claim_ids: claims.map((c) => c.id),
      claim_count: claims.length,
      independent_origins: 1,
      dominant_category: claims[0]?.category ?? null,
      claims,
      ...overrides,
    },
  };
}
