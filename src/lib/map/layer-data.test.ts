import { describe, expect, it } from 'vitest';
import { places } from './fake-places';
import { slimFeatures } from './layer-data';

describe('slimFeatures', () => {
  it('keeps flat properties only, without the claims', () => {
    const [point] = slimFeatures([places()[2]!]);
    expect(Object.keys(point!.properties).sort()).toEqual(
      [
        'approximate',
        'area_km2',
        'claim_count',
        'dominant_category',
        'id',
        'independent_origins',
        'kind',
        'length_km',
        'name_ar',
        'name_en',
        'precision',
        'shape',
      ].sort(),
    );
  });

  it('sorts areas largest first, so smaller areas draw above', () => {
    const ids = slimFeatures(places()).map((f) => f.properties.id);
    expect(ids.indexOf('big')).toBeLessThan(ids.indexOf('small'));
  });

  it('passes on the build’s shape and area, and the measured length of lines', () => {
    const byId = new Map(slimFeatures(places()).map((f) => [f.properties.id, f.properties]));
    expect(byId.get('qaim')).toMatchObject({ shape: 'point', area_km2: 0, length_km: 0 });
    expect(byId.get('border')).toMatchObject({ shape: 'line', length_km: 599.4 });
    // One degree square at 31°N is about 111 × 95 km.
    expect(byId.get('small')!.area_km2).toBeGreaterThan(9_000);
    expect(byId.get('small')!.area_km2).toBeLessThan(12_000);
  });
});
