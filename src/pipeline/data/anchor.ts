/**
 * What the map needs to place a mark, computed once at build time so the browser does no
 * geometry work: the drawing's shape, the point its glyph and label sit on, and its area.
 */
import { along, area, booleanPointInPolygon, centroid, length, pointOnFeature } from '@turf/turf';
import type { Feature, Geometry, LineString } from 'geojson';
import type { Shape } from '../../lib/data/published.ts';
import type { LonLat } from '../../lib/data/types.ts';
import { COORDINATE_PRECISION } from './geometry.ts';

export function shapeOf(geometry: Geometry): Shape {
  switch (geometry.type) {
    case 'Point':
    case 'MultiPoint':
      return 'point';
    case 'LineString':
    case 'MultiLineString':
      return 'line';
    default:
      return 'area';
  }
}

function rounded([lon, lat]: number[]): LonLat {
  return [
    Number((lon as number).toFixed(COORDINATE_PRECISION)),
    Number((lat as number).toFixed(COORDINATE_PRECISION)),
  ];
}

/**
 * One point per place, where its label, tooltip and keyboard cursor go: the point itself, the
 * middle of a line along its length, or a point inside an area (its centroid when that lies
 * inside, as for a province; otherwise a point on the surface, as for a ring round a city).
 */
export function anchorOf(geometry: Geometry): LonLat {
  const g = geometry;
  const feature: Feature<Geometry> = { type: 'Feature', geometry: g, properties: {} };
  if (g.type === 'Point') return rounded(g.coordinates);
  if (g.type === 'LineString') {
    const line = feature as Feature<LineString>;
    return rounded(along(line, length(line) / 2).geometry.coordinates);
  }
  if (g.type === 'MultiLineString') {
    // The longest part carries the label.
    const parts = g.coordinates.map((c): Feature<LineString> => ({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: c },
      properties: {},
    }));
    const longest = parts.reduce((a, b) => (length(b) > length(a) ? b : a));
    return rounded(along(longest, length(longest) / 2).geometry.coordinates);
  }
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
    const c = centroid(feature);
    if (booleanPointInPolygon(c, g)) return rounded(c.geometry.coordinates);
  }
  return rounded(pointOnFeature(feature).geometry.coordinates);
}

/** Area in km², rounded, for areas; 0 for points and lines. */
export function areaKm2(geometry: Geometry): number {
  if (shapeOf(geometry) !== 'area') return 0;
  return Math.round(area({ type: 'Feature', geometry, properties: {} }) / 1e6);
}
