/**
 * What the incident sources hold: a slim copy of each published place (flat properties only, as
 * MapLibre wants them) and one anchor point per place. Shape, anchor and area come from the build:
 * the browser does no geometry work.
 */
import type { Feature, Geometry, Point } from 'geojson';
import type { PublishedPlace, Shape } from '../data/published';
import type { Category, PlaceKind, Precision } from '../data/types';

/** What MapLibre gets per place: flat properties only, no claims array. */
export interface SlimProperties {
  id: string;
  name_en: string;
  name_ar: string;
  kind: PlaceKind;
  precision: Precision;
  claim_count: number;
  independent_origins: number;
  dominant_category: Category | null;
  approximate: boolean;
  shape: Shape;
  /** area in km² for areas, 0 otherwise: fades big areas and draws small ones on top */
  area_km2: number;
  /** the measured length for lines, 0 otherwise */
  length_km: number;
}

export type SlimFeature = Feature<Geometry, SlimProperties>;

interface PlaceFeatureInput {
  geometry: Geometry;
  properties: PublishedPlace;
}

/**
 * The slim copy MapLibre draws, areas sorted largest first so smaller ones draw above them
 * (fill-sort-key does the same per layer; the order keeps the source honest on its own).
 */
export function slimFeatures(features: readonly PlaceFeatureInput[]): SlimFeature[] {
  const slim = features.map((f): SlimFeature => {
    const p = f.properties;
    return {
      type: 'Feature',
      geometry: f.geometry,
      properties: {
        id: p.id,
        name_en: p.name_en,
        name_ar: p.name_ar,
        kind: p.kind,
        precision: p.precision,
        claim_count: p.claim_count,
        independent_origins: p.independent_origins,
        dominant_category: p.dominant_category,
        approximate: p.approximate,
        shape: p.shape,
        area_km2: p.area_km2,
        length_km: p.shape === 'line' ? (p.measured_length_km ?? 0) : 0,
      },
    };
  });
  return slim.sort(
    (a, b) =>
      b.properties.area_km2 - a.properties.area_km2 ||
      a.properties.id.localeCompare(b.properties.id),
  );
}

/** One point per place, at the anchor the build computed (label, tooltip, keyboard cursor). */
function anchorFeatures(
  features: readonly PlaceFeatureInput[],
  slim: readonly SlimFeature[],
): Feature<Point, SlimProperties>[] {
  const anchorOf = new Map(features.map((f) => [f.properties.id, f.properties.anchor]));
  return slim.map((f) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: anchorOf.get(f.properties.id)! },
    properties: f.properties,
  }));
}

export interface IncidentData {
  slim: SlimFeature[];
  anchors: Feature<Point, SlimProperties>[];
}

export function prepareIncidentData(features: readonly PlaceFeatureInput[]): IncidentData {
  const slim = slimFeatures(features);
  return { slim, anchors: anchorFeatures(features, slim) };
}
