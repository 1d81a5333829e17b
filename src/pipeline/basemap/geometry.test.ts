import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { clipGeometry, labelAnchor, pointInPolygon, roundGeometry } from './geometry';

/** A "C" opening east: its centroid lies in the gap, outside the shape. */
const C_SHAPE: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [10, 0],
      [10, 2],
      [2, 2],
      [2, 8],
      [10, 8],
      [10, 10],
      [0, 10],
      [0, 0],
    ],
  ],
};

describe('roundGeometry', () => {
  it('rounds to 4 decimals and drops vertices that collapse into one', () => {
    const g = roundGeometry({
      type: 'LineString',
      coordinates: [
        [44.123456, 33.000001],
        [44.123451, 33.000004],
        [44.5, 33.5],
      ],
    });
    expect(g).toEqual({
      type: 'LineString',
      coordinates: [
        [44.1235, 33],
        [44.5, 33.5],
      ],
    });
  });

  it('drops rings that degenerate, and polygons that lose their outer ring', () => {
    const tiny: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [0.00001, 0],
          [0, 0.00001],
          [0, 0],
        ],
      ],
    };
    expect(roundGeometry(tiny)).toBeNull();
    const multi = roundGeometry({
      type: 'MultiPolygon',
      coordinates: [tiny.coordinates, C_SHAPE.coordinates],
    });
    expect(multi?.coordinates).toHaveLength(1);
  });
});

describe('clipGeometry', () => {
  it('clips to the box and returns null outside it', () => {
    const clipped = clipGeometry(C_SHAPE, [0, 0, 5, 5]);
    for (const [x, y] of clipped!.coordinates[0]!) {
      expect(x).toBeLessThanOrEqual(5);
      expect(y).toBeLessThanOrEqual(5);
    }
    expect(clipGeometry(C_SHAPE, [20, 20, 30, 30])).toBeNull();
  });
});

describe('labelAnchor', () => {
  it('finds a point well inside a shape whose centroid is outside', () => {
    const at = labelAnchor(C_SHAPE);
    expect(pointInPolygon(at, C_SHAPE)).toBe(true);
    expect(pointInPolygon([6, 5], C_SHAPE)).toBe(false);
    // The spine of the C (x in 0..2) is the widest part.
    expect(at[0]).toBeLessThan(2);
  });
});
