import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { anchorOf, areaKm2, shapeOf } from './anchor.ts';

const square: Geometry = {
  type: 'Polygon',
  coordinates: [
    [
      [40, 30.5],
      [41, 30.5],
      [41, 31.5],
      [40, 31.5],
      [40, 30.5],
    ],
  ],
};

describe('anchorOf', () => {
  it('is the point itself for a point', () => {
    expect(anchorOf({ type: 'Point', coordinates: [1, 2] })).toEqual([1, 2]);
  });

  it('is the middle of a line, along its length', () => {
    const [lon, lat] = anchorOf({
      type: 'LineString',
      coordinates: [
        [40, 33],
        [42, 33],
      ],
    });
    expect(lon).toBeCloseTo(41, 1);
    expect(lat).toBeCloseTo(33, 1);
  });

  it('lies inside a ring-shaped area, not in its hole', () => {
    const ring: Geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [4, 0],
          [4, 4],
          [0, 4],
          [0, 0],
        ],
        [
          [1, 1],
          [1, 3],
          [3, 3],
          [3, 1],
          [1, 1],
        ],
      ],
    };
    const [x, y] = anchorOf(ring);
    expect(x > 1 && x < 3 && y > 1 && y < 3).toBe(false);
  });
});

describe('areaKm2 and shapeOf', () => {
  it('measures areas only', () => {
    expect(shapeOf(square)).toBe('area');
    // One degree square at 31°N is about 111 × 95 km.
    expect(areaKm2(square)).toBeGreaterThan(9_000);
    expect(areaKm2(square)).toBeLessThan(12_000);
    expect(areaKm2({ type: 'Point', coordinates: [1, 2] })).toBe(0);
    expect(shapeOf({ type: 'MultiLineString', coordinates: [] })).toBe('line');
  });
});
