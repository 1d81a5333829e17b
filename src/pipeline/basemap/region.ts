/**
 * The basemap's extent and its hand-placed country label anchors.
 */
import type { BBox } from '../reference/index';

export type LonLat = [lon: number, lat: number];

/**
 * What the map is about: Iraq and eastern Syria with the neighbouring capitals in view, from the
 * Levant coast to the Zagros, and from south-east Turkey to Kuwait. The app fits to this.
 */
export const VIEW_BBOX: BBox = [34.0, 28.5, 50.0, 38.5];

/**
 * Geometry is clipped to a wider box so that the clip edge (which would read as a coastline) stays
 * off screen: it must contain the map's maxBounds (MAX_BOUNDS in src/lib/data/extents.ts).
 */
export const CLIP_BBOX: BBox = [29.5, 24.5, 54.5, 42.0];

/** Cities are kept a little beyond the view box so labels do not pop at its edge. */
export const CITY_BBOX: BBox = [33.5, 28.0, 50.5, 39.0];

/** The countries the map is about: their provinces are drawn and their towns labelled densely. */
export const FOCUS_COUNTRIES = ['IQ', 'SY'] as const;

export interface CountryLabel {
  a2: string;
  /** inside the country and inside VIEW_BBOX: centroids of Turkey or Saudi Arabia are far off screen */
  at: LonLat;
  /** small countries are labelled only once there is room; whole zooms (filters see only those) */
  minzoom: number;
}

export const COUNTRY_LABELS: readonly CountryLabel[] = [
  { a2: 'IQ', at: [43.2, 32.2], minzoom: 0 },
  { a2: 'SY', at: [38.3, 34.9], minzoom: 0 },
  { a2: 'TR', at: [39.6, 38.1], minzoom: 0 },
  { a2: 'IR', at: [48.2, 33.0], minzoom: 0 },
  { a2: 'JO', at: [37.0, 30.9], minzoom: 0 },
  { a2: 'SA', at: [42.0, 29.4], minzoom: 0 },
  { a2: 'KW', at: [47.55, 29.25], minzoom: 5 },
  { a2: 'LB', at: [35.85, 33.95], minzoom: 6 },
  { a2: 'IL', at: [34.95, 30.9], minzoom: 6 },
  { a2: 'PS', at: [35.25, 31.95], minzoom: 7 },
];
