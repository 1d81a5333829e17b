/**
 * The contract between the basemap build (src/pipeline/basemap/) and the style: the file the
 * build writes and the values of each feature's `layer` property. Dependency-free so the browser
 * bundle can import it without pulling in the build's Node code.
 */

/** The basemap file under public/basemap/, one GeoJSON FeatureCollection. */
export const BASEMAP_FILE = 'basemap.geojson';
export const BASEMAP_MANIFEST_FILE = 'manifest.json';

/** Every value of the `layer` property, in the order the build writes features. */
export const BASEMAP_LAYERS = [
  /** admin-0 polygons clipped to the region; `focus` is true for Iraq and Syria */
  'country',
  /** admin-1 polygons of Iraq and Syria: iso, name_en, name_ar, country */
  'province',
  /** lines between two provinces of one country */
  'province-boundary',
  /** land borders between countries */
  'country-boundary',
  /** the Iraq–Syria border, drawn on top of country-boundary */
  'iraq-syria-border',
  /** Euphrates, Tigris, Shatt al-Arab: approximate, hand-drawn */
  'river',
  /** points: a2, name_en, name_ar, minzoom */
  'country-label',
  /** points: iso, name_en, name_ar, country */
  'province-label',
  /** points: geonames_id, name_en, name_ar?, country, rank 1–5, minzoom, capital?, population */
  'city',
] as const;

export type BasemapLayer = (typeof BASEMAP_LAYERS)[number];

/** Shown in the map's attribution control; also written to the manifest. */
export const BASEMAP_ATTRIBUTION =
  'Boundaries: Natural Earth (public domain) · Places: GeoNames (CC BY 4.0) · Rivers: approximate, drawn by citemap';
