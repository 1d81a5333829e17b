import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { cleanPolygons, rewind, signedArea2 } from './polygons';

const square = (x: number, y: number, size: number): Position[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

function exteriorsAndHoles(g: MultiPolygon): { exteriors: number[]; holes: number[] } {
  const exteriors: number[] = [];
  const holes: number[] = [];
  for (const poly of g.coordinates)
    poly.forEach((ring, i) => (i === 0 ? exteriors : holes).push(signedArea2(ring)));
  return { exteriors, holes };
}

describe('cleanPolygons', () => {
  it('winds exteriors counter-clockwise and holes clockwise (RFC 7946)', () => {
    const clockwise: Polygon = {
      type: 'Polygon',
      coordinates: [square(0, 0, 4).reverse(), square(1, 1, 1)],
    };
    const { exteriors, holes } = exteriorsAndHoles(cleanPolygons(clockwise)!);
    expect(exteriors.every((a) => a > 0)).toBe(true);
    expect(holes).toHaveLength(1);
    expect(holes.every((a) => a < 0)).toBe(true);
  });

  it('splits a self-intersecting ring (a bow tie) into valid parts', () => {
    const bowTie: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [2, 2],
          [2, 0],
          [0, 2],
          [0, 0],
        ],
      ],
    };
    const g = cleanPolygons(bowTie)!;
    expect(g.coordinates).toHaveLength(2);
    for (const [outer] of g.coordinates) expect(signedArea2(outer!)).toBeCloseTo(2, 6);
  });

  it('clips to a box without leaving a ring that doubles back on the cut', () => {
    // A U shape cut across both arms: two separate pieces, not one ring running along the edge.
    const u: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [3, 3],
          [2, 3],
          [2, 1],
          [1, 1],
          [1, 3],
          [0, 3],
          [0, 0],
        ],
      ],
    };
    const g = cleanPolygons(u, [-1, 2, 4, 4])!;
    expect(g.coordinates).toHaveLength(2);
    expect(g.coordinates.flat(2).every(([, y]) => y! >= 2)).toBe(true);
  });

  it('returns null when nothing is inside the box', () => {
    expect(cleanPolygons({ type: 'Polygon', coordinates: [square(0, 0, 1)] }, [5, 5, 6, 6])).toBe(
      null,
    );
  });

  it('rounds every vertex, including the crossings the overlay adds', () => {
    const g = cleanPolygons(
      { type: 'Polygon', coordinates: [square(0.123456, 0.123456, 1)] },
      [0, 0, 0.55555, 5],
    )!;
    for (const [x, y] of g.coordinates.flat(2)) {
      expect(Math.round(x! * 1e4) / 1e4).toBe(x);
      expect(Math.round(y! * 1e4) / 1e4).toBe(y);
    }
  });
});

describe('rewind', () => {
  it('leaves correctly wound rings alone', () => {
    const g: MultiPolygon = { type: 'MultiPolygon', coordinates: [[square(0, 0, 1)]] };
    expect(rewind(g)).toEqual(g);
  });
});
