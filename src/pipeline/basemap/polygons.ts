/**
 * Polygons a GIS reads as valid: clipped and repaired by a real polygon-overlay routine
 * (polyclip-ts, a Martinez–Rueda sweep line), then wound as RFC 7946 asks (exteriors
 * counter-clockwise, holes clockwise).
 *
 * Why not clip by box and round alone: world-atlas already ships Jordan, Palestine and Dhekelia
 * with self-touching rings, a box clip that cuts through a coastline (Turkmenistan's at 42°N)
 * leaves a ring that doubles back on the cut edge, and rounding to 4 decimals can make two
 * nearby edges touch. A union of the polygon with itself rebuilds the rings from the
 * arrangement of its edges, which resolves all three.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { intersection, union, type Geom } from 'polyclip-ts';
import type { BBox } from '../reference/index';
import { roundGeometry } from './geometry';

type Ring = [number, number][];

function boxPolygon([w, s, e, n]: BBox): Ring[] {
  return [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ];
}

function asGeom(g: Polygon | MultiPolygon): Geom {
  return (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Geom;
}

/** Twice the signed area (shoelace): positive when the ring runs counter-clockwise. */
export function signedArea2(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = ring[i - 1] as [number, number];
    const [x1, y1] = ring[i] as [number, number];
    sum += x0 * y1 - x1 * y0;
  }
  return sum;
}

/** RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise. */
export function rewind(g: MultiPolygon): MultiPolygon {
  return {
    type: 'MultiPolygon',
    coordinates: g.coordinates.map((poly) =>
      poly.map((ring, i) => {
        const ccw = signedArea2(ring) > 0;
        return ccw === (i === 0) ? ring : [...ring].reverse();
      }),
    ),
  };
}

function isRounded(g: MultiPolygon): boolean {
  const r = roundGeometry(g);
  return r !== null && JSON.stringify(r.coordinates) === JSON.stringify(g.coordinates);
}

/** Rounds and rebuilds until rounding changes nothing (the overlay adds unrounded crossings). */
const MAX_PASSES = 4;

/**
 * Clips to a box (when given), rounds to the basemap's precision and repairs: the result is a
 * valid MultiPolygon wound per RFC 7946, or null when nothing is left.
 */
export function cleanPolygons(g: Polygon | MultiPolygon, box?: BBox): MultiPolygon | null {
  const first = roundGeometry(g);
  if (!first) return null;
  let shaped = box ? intersection(asGeom(first), boxPolygon(box)) : union(asGeom(first));
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    if (shaped.length === 0) return null;
    const current: MultiPolygon = { type: 'MultiPolygon', coordinates: shaped };
    if (isRounded(current)) return rewind(current);
    const rounded = roundGeometry(current);
    if (!rounded) return null;
    shaped = union(asGeom(rounded));
  }
  throw new Error(`cleanPolygons: rounding still moves vertices after ${MAX_PASSES} passes`);
}
