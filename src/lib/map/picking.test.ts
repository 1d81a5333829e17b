import { describe, expect, it } from 'vitest';
import { pickOrder, pickPlace } from './picking';

describe('pickPlace', () => {
  const hit = (id: string, shape: 'point' | 'line' | 'area', area_km2 = 0) => ({
    properties: { id, shape, area_km2 },
  });

  it('prefers a point, then a line, then the smallest area', () => {
    expect(
      pickPlace([hit('iraq', 'area', 400_000), hit('border', 'line'), hit('qaim', 'point')]),
    ).toBe('qaim');
    expect(pickPlace([hit('iraq', 'area', 400_000), hit('border', 'line')])).toBe('border');
    expect(
      pickPlace([
        hit('iraq', 'area', 400_000),
        hit('anbar', 'area', 138_000),
        hit('desert', 'area', 27_000),
      ]),
    ).toBe('desert');
  });

  it('takes the topmost of several points', () => {
    expect(pickPlace([hit('baghouz', 'point'), hit('qaim', 'point')])).toBe('baghouz');
  });

  it('passes over places the filters hide (drawn transparent, still hit)', () => {
    const visible = new Set(['iraq', 'border']);
    expect(pickPlace([hit('iraq', 'area', 400_000), hit('qaim', 'point')], visible)).toBe('iraq');
    expect(pickPlace([hit('qaim', 'point')], visible)).toBeNull();
  });

  it('returns null for empty map', () => {
    expect(pickPlace([])).toBeNull();
    expect(pickPlace([{ properties: null }])).toBeNull();
  });
});

describe('picking among overlapping points', () => {
  const point = (id: string, distance: number, claim_count: number) => ({
    properties: { id, shape: 'point' as const, area_km2: 0, claim_count },
    distance,
  });

  it('takes the point whose centre is nearest, even under a smaller one drawn on top', () => {
    // Qaim's small dot covers Baghouz's centre at the overview: at Baghouz's centre, Baghouz.
    expect(pickPlace([point('qaim', 5.8, 3), point('baghouz', 0, 12)])).toBe('baghouz');
    expect(pickPlace([point('qaim', 0, 3), point('baghouz', 5.8, 12)])).toBe('qaim');
  });

  it('gives a tie to the smaller mark, which is drawn on top', () => {
    expect(pickPlace([point('big', 2, 12), point('small', 2, 1)])).toBe('small');
  });

  it('still prefers any point to a line or an area', () => {
    expect(
      pickPlace([
        { properties: { id: 'border', shape: 'line' }, distance: 0 },
        point('qaim', 9, 3),
      ]),
    ).toBe('qaim');
  });
});

describe('pickOrder', () => {
  const at = (id: string, shape: 'point' | 'line' | 'area', area_km2 = 0, distance?: number) => ({
    properties: { id, shape, area_km2, claim_count: 1 },
    distance,
  });

  it('orders the whole stack: points by distance, then lines, then areas small to large', () => {
    expect(
      pickOrder([
        at('iraq', 'area', 400_000),
        at('anbar', 'area', 138_000),
        at('border', 'line'),
        at('qaim', 'point', 0, 4),
        at('baghouz', 'point', 0, 1),
      ]),
    ).toEqual(['baghouz', 'qaim', 'border', 'anbar', 'iraq']);
  });

  it('lists a place hit twice once, at its nearest', () => {
    expect(
      pickOrder([
        at('qaim', 'point', 0, 6),
        at('baghouz', 'point', 0, 3),
        at('qaim', 'point', 0, 1),
      ]),
    ).toEqual(['qaim', 'baghouz']);
  });

  it('leaves out places the filters hide, and agrees with pickPlace', () => {
    const hits = [at('iraq', 'area', 400_000), at('syria', 'area', 185_000), at('qaim', 'point')];
    const visible = new Set(['iraq', 'syria']);
    expect(pickOrder(hits, visible)).toEqual(['syria', 'iraq']);
    expect(pickPlace(hits, visible)).toBe('syria');
  });
});
