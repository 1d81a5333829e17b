/**
 * The claim rows as GeoJSON layers (RFC 7946), one geometry type per file so GDAL, QGIS and
 * GeoPackage read a typed layer: every row as a Point at its place's anchor, and the rows at
 * areas and lines again with the place's own shape (MultiPolygon, MultiLineString). Properties
 * are the data dictionary's flat scalar fields (fields.ts), null when empty. One feature per
 * line, so a one-claim edit is a one-hunk diff.
 */
import type { Geometry, MultiLineString, MultiPolygon, Point, Position } from 'geojson';
import { FEATURE_FIELDS } from './fields';
import type { PlacedRow } from './rows';

export type LayerGeometry = 'Point' | 'MultiPolygon' | 'MultiLineString';

function properties(row: PlacedRow['row']): Record<string, unknown> {
  return Object.fromEntries(FEATURE_FIELDS.map((f) => [f.name, row[f.name as keyof typeof row]]));
}

function polygons(g: Geometry): Position[][][] {
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  if (g.type === 'GeometryCollection') return g.geometries.flatMap(polygons);
  return [];
}

function lines(g: Geometry): Position[][] {
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'MultiLineString') return g.coordinates;
  if (g.type === 'GeometryCollection') return g.geometries.flatMap(lines);
  return [];
}

/** The row's geometry as the layer's type, or null when the place has no such shape. */
function layerGeometry(
  placed: PlacedRow,
  type: LayerGeometry,
): Point | MultiPolygon | MultiLineString | null {
  if (type === 'Point') return { type, coordinates: [placed.row.lon, placed.row.lat] };
  if (type === 'MultiPolygon') {
    const c = placed.shape === 'area' ? polygons(placed.geometry) : [];
    return c.length > 0 ? { type, coordinates: c } : null;
  }
  const c = placed.shape === 'line' ? lines(placed.geometry) : [];
  return c.length > 0 ? { type, coordinates: c } : null;
}

/** A FeatureCollection of the rows that have a `type` geometry, one feature per line. */
export function claimsGeojson(rows: readonly PlacedRow[], type: LayerGeometry): string {
  const features: string[] = [];
  for (const placed of rows) {
    const geometry = layerGeometry(placed, type);
    if (!geometry) continue;
    features.push(
      JSON.stringify({ type: 'Feature', geometry, properties: properties(placed.row) }),
    );
  }
  const body = features.map((f) => `  ${f}`).join(',\n');
  return `{"type": "FeatureCollection", "features": [\n${body}${features.length ? '\n' : ''}]}\n`;
}
