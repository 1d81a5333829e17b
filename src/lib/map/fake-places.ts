/** Places for the incident-layer tests, with shape, anchor and area as the build computes them. */
import type { Geometry } from 'geojson';
import type { PublishedPlace } from '../data/published';
import { CATEGORIES } from '../data/vocabulary';
// The build computes shape, anchor and area; the tests build their places the same way.
import { anchorOf, areaKm2, shapeOf } from '../../pipeline/data/anchor';

/** A place's published properties; shape, anchor and area as the build computes them. */
function props(geometry: Geometry, overrides: Partial<PublishedPlace> = {}): PublishedPlace {
  return {
    id: 'qaim',
    name_en: 'Qaim',
    name_ar: 'القائم',
    kind: 'town',
    precision: 'settlement',
    country: 'IQ',
    province: 'IQ-AN',
    approximate: false,
    geometry_source: 'geonames',
    shape: shapeOf(geometry),
    anchor: anchorOf(geometry),
    area_km2: areaKm2(geometry),
    claim_count: 3,
    independent_origins: 1,
    dominant_category: 'battle-history',
    category_counts: CATEGORIES.map(() => 0),
    ...overrides,
  };
}

function place(geometry: Geometry, overrides: Partial<PublishedPlace> = {}) {
  return { geometry, properties: props(geometry, overrides) };
}

const square = (w: number, s: number, size: number): Geometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [w + size, s],
      [w + size, s + size],
      [w, s + size],
      [w, s],
    ],
  ],
});

export function places() {
  return [
    place(square(40, 30, 6), { id: 'big', kind: 'region', precision: 'region' }),
    place(square(41, 31, 1), { id: 'small', kind: 'province', precision: 'province' }),
    place({ type: 'Point', coordinates: [40.99, 34.39] }),
    place(
      {
        type: 'LineString',
        coordinates: [
          [40, 33],
          [42, 33],
        ],
      },
      { id: 'border', kind: 'border', precision: 'region', measured_length_km: 599.4 },
    ),
  ];
}
