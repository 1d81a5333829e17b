/**
 * Geometry helpers for the basemap build: clipping, fixed-precision rounding and label anchors.
 * All pure and deterministic, so the build's bytes depend only on its inputs.
 */
import type {
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { bboxClip } from '@turf/turf';
import type { BBox } from '../reference/index';
import type { LonLat } from './region';

/** 4 decimals ≈ 11 m: under a tenth of a pixel at zoom 9, and half the size of full precision. */
const COORDINATE_DIGITS = 4;

export function roundCoordinate(x: number, digits = COORDINATE_DIGITS): number {
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  // -0 would serialize as 0 anyway, but keep the value canonical for equality checks.
  return Object.is(r, -0) ? 0 : r;
}

function roundLine(line: Position[], digits: number): Position[] {
  const out: Position[] = [];
  for (const p of line) {
    const q = [roundCoordinate(p[0]!, digits), roundCoordinate(p[1]!, digits)];
    const last = out[out.length - 1];
    // Rounding can collapse neighbouring vertices; repeated points only cost bytes.
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

function roundHoles(rings: Position[][], digits: number): Position[][] {
  const out: Position[][] = [];
  for (const ring of rings) {
    const r = roundLine(ring, digits);
    // A ring needs 3 distinct corners plus the closing point.
    if (r.length >= 4) out.push(r);
  }
  return out;
}

type LinealOrPolygonal = LineString | MultiLineString | Polygon | MultiPolygon;

/**
 * Rounds to fixed precision and drops parts that collapse (a polygon without its outer ring is
 * dropped whole, holes alone); returns null if nothing is left.
 * Multi-geometries with one part are kept as Multi so a layer's geometry type is stable.
 */
export function roundGeometry<G extends LinealOrPolygonal>(
  g: G,
  digits = COORDINATE_DIGITS,
): G | null {
  switch (g.type) {
    case 'LineString': {
      const c = roundLine(g.coordinates, digits);
      return c.length >= 2 ? ({ type: 'LineString', coordinates: c } as G) : null;
    }
    case 'MultiLineString': {
      const c = g.coordinates.map((l) => roundLine(l, digits)).filter((l) => l.length >= 2);
      return c.length ? ({ type: 'MultiLineString', coordinates: c } as G) : null;
    }
    case 'Polygon':
      return roundPolygon(g.coordinates, digits) as G | null;
    case 'MultiPolygon': {
      const c = g.coordinates
        .map((p) => roundPolygon(p, digits)?.coordinates)
        .filter((p): p is Position[][] => p !== undefined);
      return c.length ? ({ type: 'MultiPolygon', coordinates: c } as G) : null;
    }
    default:
      return null;
  }
}

function roundPolygon(rings: Position[][], digits: number): Polygon | null {
  const [outer, ...holes] = rings;
  if (!outer) return null;
  const o = roundLine(outer, digits);
  if (o.length < 4) return null;
  return { type: 'Polygon', coordinates: [o, ...roundHoles(holes, digits)] };
}

/** Clips to a box; returns null when nothing is inside. */
export function clipGeometry<G extends LinealOrPolygonal>(g: G, bbox: BBox): G | null {
  const [w, s, e, n] = bbox;
  const clipped = bboxClip({ type: 'Feature', properties: {}, geometry: g }, [w, s, e, n])
    .geometry as Geometry;
  switch (clipped.type) {
    case 'LineString':
      return clipped.coordinates.length >= 2 ? (clipped as G) : null;
    case 'MultiLineString': {
      const c = clipped.coordinates.filter((l) => l.length >= 2);
      return c.length ? ({ ...clipped, coordinates: c } as G) : null;
    }
    case 'Polygon': {
      const c = clipped.coordinates.filter((r) => r.length >= 4);
      return c.length ? ({ ...clipped, coordinates: c } as G) : null;
    }
    case 'MultiPolygon': {
      const c = clipped.coordinates
        .map((p) => p.filter((r) => r.length >= 4))
        .filter((p) => p.length > 0);
      return c.length ? ({ ...clipped, coordinates: c } as G) : null;
    }
    default:
      return null;
  }
}

// ─── Label anchors ───────────────────────────────────────────────────────────

function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function insideRing(x: number, y: number, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function pointInPolygon([x, y]: LonLat, g: Polygon | MultiPolygon): boolean {
  return polygonsOf(g).some(
    ([outer, ...holes]) =>
      outer !== undefined && insideRing(x, y, outer) && !holes.some((h) => insideRing(x, y, h)),
  );
}

/** Squared distance from a point to the polygon's boundary, in "equirectangular degrees". */
function boundaryDistance2([x, y]: LonLat, g: Polygon | MultiPolygon, kx: number): number {
  let best = Infinity;
  for (const poly of polygonsOf(g)) {
    for (const ring of poly) {
      for (let i = 1; i < ring.length; i++) {
        const [ax, ay] = ring[i - 1] as [number, number];
        const [bx, by] = ring[i] as [number, number];
        const dx = (bx - ax) * kx;
        const dy = by - ay;
        const px = (x - ax) * kx;
        const py = y - ay;
        const len2 = dx * dx + dy * dy;
        const t = len2 ? Math.max(0, Math.min(1, (px * dx + py * dy) / len2)) : 0;
        const ex = px - t * dx;
        const ey = py - t * dy;
        best = Math.min(best, ex * ex + ey * ey);
      }
    }
  }
  return best;
}

/**
 * The point deepest inside a polygon (an approximate pole of inaccessibility), found by a coarse
 * grid search refined once around the best cell. Centroids fall outside crescent shapes such as
 * Rif Dimashq, which wraps around Damascus.
 */
export function labelAnchor(g: Polygon | MultiPolygon, steps = 24): LonLat {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const poly of polygonsOf(g)) {
    for (const [x, y] of (poly[0] ?? []) as [number, number][]) {
      w = Math.min(w, x);
      e = Math.max(e, x);
      s = Math.min(s, y);
      n = Math.max(n, y);
    }
  }
  const kx = Math.cos((((s + n) / 2) * Math.PI) / 180);
  let best: LonLat | null = null;
  let bestD = -1;
  const search = (x0: number, y0: number, x1: number, y1: number) => {
    for (let i = 0; i <= steps; i++) {
      for (let j = 0; j <= steps; j++) {
        const p: LonLat = [x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * j) / steps];
        if (!pointInPolygon(p, g)) continue;
        const d = boundaryDistance2(p, g, kx);
        if (d > bestD) {
          bestD = d;
          best = p;
        }
      }
    }
  };
  search(w, s, e, n);
  if (!best) throw new Error('labelAnchor: polygon has no interior point on the search grid');
  const [bx, by] = best as LonLat;
  const cw = (e - w) / steps;
  const ch = (n - s) / steps;
  search(bx - cw, by - ch, bx + cw, by + ch);
  const [x, y] = best as LonLat;
  return [roundCoordinate(x, 3), roundCoordinate(y, 3)];
}
