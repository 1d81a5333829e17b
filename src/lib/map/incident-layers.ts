/**
 * The verified layer on the map: one GeoJSON source of slim features and a handful of MapLibre
 * layers that draw them (never a DOM marker per feature, so tens of thousands of places stay fast).
 *
 * The encoding comes from src/lib/legend/scales.ts so map and legend cannot disagree: size by claim
 * count, colour plus a glyph letter by dominant category, and drawing style by geo-precision. A
 * province- or region-level report is a soft, hatched, dash-outlined area and never a crisp dot;
 * very large areas are faded so "all of Iraq" does not drown the map, and smaller areas draw above
 * larger ones. Selection, hover and the keyboard cursor are feature-state (`promoteId: 'id'`), so
 * they never touch the data.
 */
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  GeoJSONSource,
  GeoJSONSourceDiff,
  GeoJSONSourceSpecification,
  LayerSpecification,
  Map as MapLibreMap,
  StyleImageSource,
} from 'maplibre-gl';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { PublishedPlace, Shape } from '../data/published';
import type { Category, PlaceKind, Precision } from '../data/types';
import { CATEGORY_COLORS, NO_CATEGORY_COLOR, CATEGORIES, PRECISIONS } from '../data/vocabulary';
import {
  PRECISION_STYLE,
  colorExpression,
  glyphExpression,
  radiusExpression,
  sizeScale,
} from '../legend/scales';
import { countsText } from '../data/format';
import { labelTextField, type LabelLanguage } from './labels';
import { FONTS } from './style';
import { changedMarks, fullMark, type Mark } from './visible-marks';

export const INCIDENT_SOURCE = 'incidents';
/** one point per place (a town's point, a line's midpoint, an area's label point) */
export const ANCHOR_SOURCE = 'incident-anchors';

export const LAYER = {
  areaFill: 'incidents-area-fill',
  areaHatch: 'incidents-area-hatch',
  areaOutline: 'incidents-area-outline',
  areaHighlight: 'incidents-area-highlight',
  line: 'incidents-line',
  lineHighlight: 'incidents-line-highlight',
  lineLabel: 'incidents-line-label',
  areaLabel: 'incidents-area-label',
  pointHalo: 'incidents-point-halo',
  point: 'incidents-point',
  pointRing: 'incidents-point-ring',
  pointGlyph: 'incidents-point-glyph',
  pointLabel: 'incidents-point-label',
} as const;

/** Point kinds the basemap has no label for (it labels GeoNames towns and cities). */
const UNLABELLED_KINDS: PlaceKind[] = ['village', 'site', 'base'];

/** The layers a pointer can hit, i.e. what `queryRenderedFeatures` is asked about. */
export const INTERACTIVE_LAYERS: readonly string[] = [
  LAYER.point,
  LAYER.pointHalo,
  LAYER.line,
  LAYER.areaFill,
];

/** Feature-state keys. `cursor` is the keyboard cursor, drawn in the focus colour. */
export type MarkKey = 'selected' | 'hovered' | 'cursor';

/**
 * The feature-state key of a place the filters leave out: every layer draws it fully transparent.
 * See showPlaces for why this is feature-state and not a layer filter.
 */
export const HIDDEN = 'hidden';

/**
 * What a mark encodes under the current filters. Paint reads feature-state (`applyMarks` sets it,
 * cheaply, on the main thread), falling back to the build's full count before any filter.
 */
export const MARK_CLAIMS: ExpressionSpecification = [
  'coalesce',
  ['feature-state', 'claims'],
  ['get', 'claim_count'],
];
export const MARK_CATEGORY: ExpressionSpecification = [
  'coalesce',
  ['feature-state', 'category'],
  ['get', 'dominant_category'],
];

const INK = '#1d1d1b';
const FOCUS = '#1f5fbf';
const HATCH_PREFIX = 'citemap-hatch-';

export type { Shape };

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
 * (fill-sort-key does the same per layer; the order keeps the source honest on its own). Shape
 * and area come from the build: the browser does no geometry work.
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
export function anchorFeatures(
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

// ─── Style ───────────────────────────────────────────────────────────────────

function state(key: MarkKey | typeof HIDDEN): ExpressionSpecification {
  return ['boolean', ['feature-state', key], false];
}

/** An opacity that drops to 0 for a place the filters leave out (feature-state `hidden`). */
function unlessHidden(opacity: number | ExpressionSpecification): ExpressionSpecification {
  return ['case', state(HIDDEN), 0, opacity] as ExpressionSpecification;
}

function byPrecision<T extends number | string | number[] | null>(
  pick: (p: Precision) => T,
): ExpressionSpecification {
  const [first, ...rest] = PRECISIONS;
  const branches = rest.flatMap((p) => [p, literal(pick(p))]);
  return [
    'match',
    ['get', 'precision'],
    first,
    literal(pick(first)),
    ...branches,
    literal(pick(first)),
  ] as ExpressionSpecification;
}

function literal(v: unknown): unknown {
  return Array.isArray(v) ? ['literal', v] : v;
}

function zoomed(...stops: number[]): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], ...stops] as ExpressionSpecification;
}

/**
 * 1 for an area up to a large province, falling to 0.2 for a whole country: a claim about "Iraq"
 * is real but says little about where, so it must not drown the map.
 */
export const AREA_FADE: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['get', 'area_km2'],
  25_000,
  1,
  100_000,
  0.5,
  450_000,
  0.2,
];

/** Areas larger than this get no name label on the map (the basemap names countries). */
export const AREA_LABEL_MAX_KM2 = 150_000;

const isShape = (shape: Shape): ExpressionSpecification => ['==', ['get', 'shape'], shape];
const precisionIn = (ps: Precision[]): ExpressionSpecification => [
  'in',
  ['get', 'precision'],
  ['literal', ps],
];

/** Whether white or ink reads better on a category colour (WCAG relative luminance). */
export function glyphInk(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with white (1.05 / (L + .05)) against contrast with near-black ink.
  return 1.05 / (lum + 0.05) >= (lum + 0.05) / 0.0625 ? '#ffffff' : INK;
}

function glyphInkExpression(): ExpressionSpecification {
  const branches = CATEGORIES.flatMap((c) => [c, glyphInk(CATEGORY_COLORS[c])]);
  return ['match', MARK_CATEGORY, ...branches, INK] as unknown as ExpressionSpecification;
}

/** The smallest claim count whose circle is big enough to hold its glyph. */
export function glyphInsideFrom(maxClaims: number, minRadius = 8): number {
  const scale = sizeScale(maxClaims);
  for (let n = 1; n <= Math.max(2, maxClaims); n++) if (scale(n) >= minRadius) return n;
  return Infinity;
}

/** A label's text: the place's name in the reader's language and its claim count. */
export function areaLabelField(lang: LabelLanguage): ExpressionSpecification {
  const name: ExpressionSpecification =
    lang === 'ar' ? ['coalesce', ['get', 'name_ar'], ['get', 'name_en']] : ['get', 'name_en'];
  const count: ExpressionSpecification = [
    'case',
    ['==', ['get', 'claim_count'], 1],
    '1 claim',
    ['concat', ['to-string', ['get', 'claim_count']], ' claims'],
  ];
  return ['format', name, {}, '\n', {}, count, { 'font-scale': 0.85 }];
}

/** A line's label: its name and, for the border, the length measured along the drawn line. */
export function lineLabelField(lang: LabelLanguage): ExpressionSpecification {
  const name: ExpressionSpecification =
    lang === 'ar' ? ['coalesce', ['get', 'name_ar'], ['get', 'name_en']] : ['get', 'name_en'];
  return [
    'case',
    ['>', ['get', 'length_km'], 0],
    ['concat', name, ' · ', ['to-string', ['round', ['get', 'length_km']]], ' km measured'],
    name,
  ];
}

export interface IncidentLayer {
  spec: LayerSpecification;
  /** the basemap layer it goes under; missing ids fall back to the top */
  before?: string;
}

/** The hatch layer of one category; `none` (a place without one) keeps the plain id. */
export function hatchLayerId(category: Category | 'none'): string {
  return category === 'none' ? LAYER.areaHatch : `${LAYER.areaHatch}-${category}`;
}

/**
 * Every layer, bottom to top, with where it goes among the basemap layers.
 *
 * Paint follows the filters through feature-state (MARK_CLAIMS, MARK_CATEGORY). Layout cannot
 * read feature-state (https://maplibre.org/maplibre-style-spec/expressions/#feature-state), so
 * every symbol layer (glyphs, names with counts) draws from the anchor source, whose properties
 * `applyMarks` updates; the large source of areas and lines is never re-tiled by a filter.
 */
export function incidentLayers(maxClaims: number, lang: LabelLanguage): IncidentLayer[] {
  const radius = radiusExpression(maxClaims, MARK_CLAIMS);
  /** for layout, on the anchor source, whose `claim_count` is the visible count */
  const layoutRadius = radiusExpression(maxClaims);
  const color = colorExpression(MARK_CATEGORY);
  const hatched = PRECISIONS.filter((p) => PRECISION_STYLE[p].hatch);
  const dotted = PRECISIONS.filter((p) => PRECISION_STYLE[p].dot);
  const haloed = PRECISIONS.filter(
    (p) => PRECISION_STYLE[p].haloRadius > 0 || !PRECISION_STYLE[p].dot,
  );
  const insideFrom = glyphInsideFrom(maxClaims);
  const inside: ExpressionSpecification = ['>=', ['get', 'claim_count'], insideFrom];
  const emphasis = (selected: number, cursor: number, hovered: number, rest: number) =>
    [
      'case',
      state('selected'),
      selected,
      state('cursor'),
      cursor,
      state('hovered'),
      hovered,
      rest,
    ] as ExpressionSpecification;
  const markColor: ExpressionSpecification = [
    'case',
    state('selected'),
    INK,
    state('cursor'),
    FOCUS,
    INK,
  ];
  const sortKey: DataDrivenPropertyValueSpecification<number> = ['-', 0, ['get', 'area_km2']];

  return [
    {
      before: 'province-boundary',
      spec: {
        id: LAYER.areaFill,
        type: 'fill',
        source: INCIDENT_SOURCE,
        filter: isShape('area'),
        layout: { 'fill-sort-key': sortKey },
        paint: {
          'fill-color': color,
          'fill-opacity': unlessHidden([
            '*',
            byPrecision((p) => PRECISION_STYLE[p].fillOpacity),
            AREA_FADE,
            emphasis(2.4, 2, 1.7, 1),
          ]),
          'fill-antialias': false,
        },
      },
    },
    // One hatch layer per category: `fill-pattern` cannot read feature-state, so the category the
    // filters leave picks the layer through its opacity instead.
    ...[...CATEGORIES, 'none' as const].map((c): IncidentLayer => ({
      before: 'province-boundary',
      spec: {
        id: hatchLayerId(c),
        type: 'fill',
        source: INCIDENT_SOURCE,
        filter: ['all', isShape('area'), precisionIn(hatched)],
        layout: { 'fill-sort-key': sortKey },
        paint: {
          'fill-pattern': HATCH_PREFIX + c,
          'fill-opacity': unlessHidden([
            'case',
            ['==', ['coalesce', MARK_CATEGORY, 'none'], c],
            ['*', 0.7, AREA_FADE, AREA_FADE],
            0,
          ]),
        },
      },
    })),
    {
      before: 'iraq-syria-border',
      spec: {
        id: LAYER.line,
        type: 'line',
        source: INCIDENT_SOURCE,
        filter: isShape('line'),
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': color,
          'line-width': zoomed(3, 7, 6, 11, 9, 18),
          'line-opacity': unlessHidden(emphasis(0.6, 0.55, 0.5, 0.36)),
          'line-blur': 1.5,
        },
      },
    },
    {
      before: 'city-dot',
      spec: {
        id: LAYER.areaOutline,
        type: 'line',
        source: INCIDENT_SOURCE,
        filter: isShape('area'),
        layout: { 'line-join': 'round', 'line-sort-key': sortKey },
        paint: {
          'line-color': color,
          'line-width': 1.3,
          'line-opacity': unlessHidden(['*', 0.85, AREA_FADE]),
          'line-dasharray': byPrecision((p) => PRECISION_STYLE[p].outlineDash ?? [1, 0]),
          'line-blur': byPrecision((p) => PRECISION_STYLE[p].outlineBlur),
        },
      },
    },
    {
      before: 'city-dot',
      spec: {
        id: LAYER.areaHighlight,
        type: 'line',
        source: INCIDENT_SOURCE,
        filter: isShape('area'),
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': markColor,
          'line-width': emphasis(3, 2.5, 1.5, 0),
          'line-opacity': unlessHidden(emphasis(1, 1, 0.7, 0)),
        },
      },
    },
    {
      before: 'city-dot',
      spec: {
        id: LAYER.lineHighlight,
        type: 'line',
        source: INCIDENT_SOURCE,
        filter: isShape('line'),
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': markColor,
          // A casing either side of the band: the gap is the band's width.
          'line-gap-width': zoomed(3, 7, 6, 11, 9, 18),
          'line-width': emphasis(2.5, 2, 1.2, 0),
          'line-opacity': unlessHidden(emphasis(1, 1, 0.7, 0)),
        },
      },
    },
    // Below the basemap labels in placement priority, so place names win any collision.
    {
      before: 'label-river',
      spec: {
        id: LAYER.lineLabel,
        type: 'symbol',
        source: INCIDENT_SOURCE,
        minzoom: 4.5,
        filter: ['all', isShape('line'), ['>', ['get', 'length_km'], 0]],
        layout: {
          'symbol-placement': 'line',
          'symbol-spacing': 500,
          'text-field': lineLabelField(lang),
          'text-font': [...FONTS.semibold],
          'text-size': zoomed(4.5, 10.5, 9, 13),
          'text-offset': [0, 1.3],
          'text-max-angle': 25,
          'text-letter-spacing': 0.03,
        },
        paint: {
          'text-color': INK,
          'text-halo-color': 'rgba(255, 255, 255, 0.92)',
          'text-halo-width': 1.4,
          'text-opacity': unlessHidden(1),
        },
      },
    },
    {
      before: 'label-river',
      spec: {
        id: LAYER.areaLabel,
        type: 'symbol',
        source: ANCHOR_SOURCE,
        minzoom: 6,
        filter: ['all', isShape('area'), ['<', ['get', 'area_km2'], AREA_LABEL_MAX_KM2]],
        layout: {
          'text-field': areaLabelField(lang),
          'text-font': [...FONTS.italic],
          'text-size': zoomed(5.5, 10.5, 9, 12.5),
          'text-max-width': 9,
          'text-padding': 4,
          'symbol-sort-key': ['get', 'area_km2'],
        },
        paint: {
          'text-color': '#4a4740',
          'text-halo-color': 'rgba(255, 255, 255, 0.9)',
          'text-halo-width': 1.3,
          'text-opacity': unlessHidden(1),
        },
      },
    },
    {
      before: 'label-river',
      spec: {
        id: LAYER.pointHalo,
        type: 'circle',
        source: INCIDENT_SOURCE,
        filter: ['all', isShape('point'), precisionIn(haloed)],
        paint: {
          'circle-radius': ['+', radius, byPrecision((p) => PRECISION_STYLE[p].haloRadius || 12)],
          'circle-color': color,
          'circle-opacity': unlessHidden(
            byPrecision((p) => PRECISION_STYLE[p].haloOpacity || 0.25),
          ),
          'circle-blur': 0.8,
        },
      },
    },
    {
      before: 'label-river',
      spec: {
        id: LAYER.point,
        type: 'circle',
        source: INCIDENT_SOURCE,
        filter: ['all', isShape('point'), precisionIn(dotted)],
        // Small circles above big ones, so a village beside a city stays clickable.
        layout: { 'circle-sort-key': ['-', 0, ['get', 'claim_count']] },
        paint: {
          'circle-radius': radius,
          'circle-color': color,
          'circle-opacity': unlessHidden(0.92),
          'circle-blur': byPrecision((p) => PRECISION_STYLE[p].blur),
          'circle-stroke-color': byPrecision((p) => PRECISION_STYLE[p].strokeColor),
          'circle-stroke-width': byPrecision((p) => PRECISION_STYLE[p].strokeWidth),
          'circle-stroke-opacity': unlessHidden(1),
        },
      },
    },
    {
      before: 'label-river',
      spec: {
        id: LAYER.pointRing,
        type: 'circle',
        source: INCIDENT_SOURCE,
        filter: isShape('point'),
        paint: {
          'circle-radius': ['+', radius, 4],
          'circle-color': 'rgba(0, 0, 0, 0)',
          'circle-stroke-color': markColor,
          'circle-stroke-width': emphasis(3, 2.5, 1.5, 0),
          'circle-stroke-opacity': unlessHidden(emphasis(1, 1, 0.75, 0)),
        },
      },
    },
    // Names of the villages and sites the basemap does not label (it labels towns and cities, from
    // GeoNames). Placed before the basemap labels, since these places are what the map is about.
    {
      spec: {
        id: LAYER.pointLabel,
        type: 'symbol',
        source: ANCHOR_SOURCE,
        minzoom: 6,
        filter: ['all', isShape('point'), ['in', ['get', 'kind'], ['literal', UNLABELLED_KINDS]]],
        layout: {
          'text-field': labelTextField(lang),
          'text-font': [...FONTS.semibold],
          'text-size': zoomed(6, 11, 9, 13),
          'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
          'text-radial-offset': ['+', ['/', layoutRadius, 12], 0.35],
          'text-justify': 'auto',
          'text-padding': 2,
        },
        paint: {
          'text-color': INK,
          'text-halo-color': 'rgba(255, 255, 255, 0.95)',
          'text-halo-width': 1.5,
          'text-opacity': unlessHidden(1),
        },
      },
    },
    // The category glyph, so colour is never the only carrier: inside a circle big enough to hold
    // it, else beside it. Placed first (top layer, biggest place first), so where two circles
    // overlap only the bigger one's letter shows, and labels move aside rather than cover it.
    {
      spec: {
        id: LAYER.pointGlyph,
        type: 'symbol',
        source: ANCHOR_SOURCE,
        // Beside a small circle the glyph would clutter the overview, so it waits for zoom 7.
        filter: ['all', isShape('point'), ['any', inside, ['>=', ['zoom'], 7]]],
        layout: {
          'text-field': glyphExpression(),
          'text-font': [...FONTS.bold],
          'text-size': ['case', inside, 11, 10],
          'text-offset': ['case', inside, ['literal', [0, 0]], ['literal', [0.9, -0.8]]],
          'text-padding': 0,
          'symbol-sort-key': ['-', 0, ['get', 'claim_count']],
        },
        paint: {
          'text-color': ['case', inside, glyphInkExpression(), INK],
          'text-halo-color': ['case', inside, 'rgba(0, 0, 0, 0)', 'rgba(255, 255, 255, 0.95)'],
          'text-halo-width': 1.4,
          'text-opacity': unlessHidden(1),
        },
      },
    },
  ];
}

// ─── Hatch images ────────────────────────────────────────────────────────────

/** Hatch geometry, shared with the legend's SVG pattern. */
export const HATCH = { size: 9, width: 1.3, alpha: 0.55 } as const;

/**
 * A tileable diagonal hatch in `hex`, drawn straight into RGBA pixels (no canvas needed, so it is
 * unit-testable). `(x + y) mod size` is constant along each 45° line and wraps at the tile edge.
 */
export function hatchImage(
  hex: string,
  pixelRatio = 2,
): { width: number; height: number; data: Uint8Array } {
  const size = HATCH.size * pixelRatio;
  const w = HATCH.width * pixelRatio;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = (x + y) % size;
      // Distance to the nearest line, wrapping, with a one-pixel soft edge.
      const dist = Math.min(d, size - d);
      const cover = Math.max(0, Math.min(1, w / 2 + 0.5 - dist));
      const i = (y * size + x) * 4;
      data[i] = r!;
      data[i + 1] = g!;
      data[i + 2] = b!;
      data[i + 3] = Math.round(255 * HATCH.alpha * cover);
    }
  }
  return { width: size, height: size, data };
}

export function hatchImageIds(): string[] {
  return [...CATEGORIES, 'none'].map((c) => HATCH_PREFIX + c);
}

// ─── Adding, filtering, marking ──────────────────────────────────────────────

/** The slice of the MapLibre map these functions use (tests pass a fake). */
export type LayerMap = Pick<
  MapLibreMap,
  | 'addSource'
  | 'getSource'
  | 'removeSource'
  | 'addLayer'
  | 'getLayer'
  | 'removeLayer'
  | 'setLayoutProperty'
  | 'hasImage'
  | 'addImage'
  | 'removeImage'
  | 'setFeatureState'
>;

export interface IncidentData {
  slim: SlimFeature[];
  anchors: Feature<Point, SlimProperties>[];
}

export function prepareIncidentData(features: readonly PlaceFeatureInput[]): IncidentData {
  const slim = slimFeatures(features);
  return { slim, anchors: anchorFeatures(features, slim) };
}

function collection<G extends Geometry>(
  features: Feature<G, SlimProperties>[],
): FeatureCollection<G, SlimProperties> {
  return { type: 'FeatureCollection', features };
}

/** Adds the hatch images, both sources and every layer. Idempotent. */
export function addIncidentLayers(
  map: LayerMap,
  data: IncidentData,
  opts: { maxClaims: number; lang: LabelLanguage },
): void {
  const colors: Record<string, string> = { ...CATEGORY_COLORS, none: NO_CATEGORY_COLOR };
  for (const id of hatchImageIds()) {
    if (!map.hasImage(id)) {
      map.addImage(id, hatchImage(colors[id.slice(HATCH_PREFIX.length)]!) as StyleImageSource, {
        pixelRatio: 2,
      });
    }
  }
  const source = (data: FeatureCollection): GeoJSONSourceSpecification => ({
    type: 'geojson',
    data,
    promoteId: 'id',
    // Selection rings and thin outlines must match the geometry closely at every zoom.
    tolerance: 0.3,
  });
  if (!map.getSource(INCIDENT_SOURCE))
    map.addSource(INCIDENT_SOURCE, source(collection(data.slim)));
  if (!map.getSource(ANCHOR_SOURCE)) map.addSource(ANCHOR_SOURCE, source(collection(data.anchors)));
  for (const { spec, before } of incidentLayers(opts.maxClaims, opts.lang)) {
    if (map.getLayer(spec.id)) continue;
    map.addLayer(spec, before && map.getLayer(before) ? before : undefined);
  }
  if (!shown.has(map))
    shown.set(map, {
      ids: data.slim.map((f) => f.properties.id),
      hidden: new Set(),
      marks: new Map(data.slim.map((f) => [f.properties.id, fullMark(f.properties)])),
    });
}

/** Removes what addIncidentLayers added (whatever of it is still there). */
export function removeIncidentLayers(map: LayerMap): void {
  // After map.remove() there is no style: getSource answers undefined, but hasImage would throw.
  // Everything is added in one synchronous call, so no source means nothing of ours is left.
  shown.delete(map);
  if (!map.getSource(INCIDENT_SOURCE) && !map.getSource(ANCHOR_SOURCE)) return;
  const ids = incidentLayers(2, 'en').map((l) => l.spec.id);
  for (const id of ids.reverse()) if (map.getLayer(id)) map.removeLayer(id);
  for (const id of [INCIDENT_SOURCE, ANCHOR_SOURCE]) if (map.getSource(id)) map.removeSource(id);
  for (const id of hatchImageIds()) if (map.hasImage(id)) map.removeImage(id);
}

/**
 * Per map: every place id on the incident sources, those currently hidden by showPlaces, and the
 * mark each place is drawn with (applyMarks).
 */
const shown = new WeakMap<
  LayerMap,
  { ids: readonly string[]; hidden: Set<string>; marks: Map<string, Mark> }
>();

/**
 * Shows only the given places: the others get feature-state `hidden`, which every layer draws at
 * opacity 0, and only the places whose visibility changed are touched. A layer filter would be
 * simpler but costs far more per change: `setFilter` re-validates the id list, sends it to the
 * worker and makes it lay out every tile of the source again (hundreds of ms with 10⁴ places),
 * whereas feature-state only rewrites the paint values of the changed features on the main thread.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#setfeaturestate
 *
 * A hidden place still exists for `queryRenderedFeatures`: picking goes through `pickPlace` with
 * the visible set, and `drawn()` filters any other query by the feature's state.
 */
export function showPlaces(map: LayerMap, placeIds: ReadonlySet<string>): void {
  const entry = shown.get(map);
  if (!entry) return;
  for (const id of entry.ids) {
    const hide = !placeIds.has(id);
    if (hide === entry.hidden.has(id)) continue;
    if (hide) entry.hidden.add(id);
    else entry.hidden.delete(id);
    setPlaceState(map, id, { [HIDDEN]: hide });
  }
}

/**
 * Draws every visible place with the mark its visible claims give it (see visible-marks.ts):
 * size, colour and glyph ink through feature-state on both sources, and the anchor source's
 * properties for what layout reads (the glyph letter, the counts in labels, the glyph's place
 * inside or beside its circle). Only the places whose mark changed are touched, and only the
 * anchor source (one point per place) is updated: `updateData` sends just those features to the
 * worker, and the areas and lines are never re-tiled.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/GeoJSONSource/#updatedata
 */
export function applyMarks(map: LayerMap, marks: ReadonlyMap<string, Mark>): void {
  const entry = shown.get(map);
  if (!entry) return;
  const changed = changedMarks(entry.marks, marks);
  if (changed.length === 0) return;
  const diff: Required<Pick<GeoJSONSourceDiff, 'update'>> = { update: [] };
  for (const [id, mark] of changed) {
    entry.marks.set(id, mark);
    setPlaceState(map, id, { claims: mark.claims, category: mark.category });
    diff.update.push({
      id,
      addOrUpdateProperties: [
        { key: 'claim_count', value: mark.claims },
        { key: 'independent_origins', value: mark.origins },
        { key: 'dominant_category', value: mark.category },
      ],
    });
  }
  const anchors = map.getSource(ANCHOR_SOURCE) as Pick<GeoJSONSource, 'updateData'> | undefined;
  void anchors?.updateData(diff);
}

/** The features of a `queryRenderedFeatures` answer that are drawn, i.e. not hidden by the filters. */
export function drawn<F extends { state?: Record<string, unknown> }>(features: readonly F[]): F[] {
  return features.filter((f) => f.state?.[HIDDEN] !== true);
}

/** Switches the incident labels to the reader's label language. */
export function setIncidentLabelLanguage(map: LayerMap, lang: LabelLanguage): void {
  if (map.getLayer(LAYER.areaLabel))
    map.setLayoutProperty(LAYER.areaLabel, 'text-field', areaLabelField(lang));
  if (map.getLayer(LAYER.lineLabel))
    map.setLayoutProperty(LAYER.lineLabel, 'text-field', lineLabelField(lang));
  if (map.getLayer(LAYER.pointLabel))
    map.setLayoutProperty(LAYER.pointLabel, 'text-field', labelTextField(lang));
}

/**
 * Sets one feature-state flag on a place, in both sources. Skipped when the sources are gone
 * (MapLibre reports an error for feature-state on a missing source).
 */
export function markPlace(map: LayerMap, id: string, key: MarkKey, on: boolean): void {
  setPlaceState(map, id, { [key]: on });
}

function setPlaceState(map: LayerMap, id: string, state: Record<string, unknown>): void {
  for (const source of [INCIDENT_SOURCE, ANCHOR_SOURCE]) {
    if (map.getSource(source)) map.setFeatureState({ source, id }, state);
  }
}

// ─── Picking and the keyboard cursor ─────────────────────────────────────────

export interface Hit {
  properties: Partial<Pick<SlimProperties, 'id' | 'shape' | 'area_km2' | 'claim_count'>> | null;
  /** for a point: how far its centre is from the pointer, in px */
  distance?: number;
}

/**
 * Every place under the pointer, the one a click or hover means first: points, then lines, then
 * areas from the smallest. Among points, the one whose centre is nearest the pointer, as a
 * newsroom chart picks the nearest dot (a Voronoi split): a small mark drawn over a bigger one
 * keeps its own centre, and the bigger one keeps its centre and its letter even where the small
 * one covers them, so each is opened where it is drawn at every zoom. Ties (or no distances) go
 * to the smaller mark, which is drawn on top, then to the topmost hit. A place hit more than once
 * (a dot and its halo, a feature cut across tiles) counts once, at its nearest. Places outside
 * `visible` (the filters' set, when given) are drawn transparent but still hit, so they are left
 * out. The rest of the order is what a repeated click steps through (pick-stack.ts).
 */
export function pickOrder(hits: readonly Hit[], visible?: ReadonlySet<string>): string[] {
  const rank = { point: 0, line: 1, area: 2 } as const;
  const best = new Map<string, { rank: number; key: number; size: number; seen: number }>();
  hits.forEach((hit, seen) => {
    const p = hit.properties;
    if (!p?.id || !p.shape || (visible && !visible.has(p.id))) return;
    const r = rank[p.shape];
    const key = r === 0 ? (hit.distance ?? 0) : r === 2 ? (p.area_km2 ?? 0) : 0;
    const size = r === 0 ? (p.claim_count ?? 0) : 0;
    const had = best.get(p.id);
    if (!had || r < had.rank || (r === had.rank && key < had.key))
      best.set(p.id, { rank: r, key, size, seen: had?.seen ?? seen });
  });
  return [...best]
    .sort(([, a], [, b]) => a.rank - b.rank || a.key - b.key || a.size - b.size || a.seen - b.seen)
    .map(([id]) => id);
}

/** The place a click or hover means when several are under the pointer: the first of pickOrder. */
export function pickPlace(hits: readonly Hit[], visible?: ReadonlySet<string>): string | null {
  return pickOrder(hits, visible)[0] ?? null;
}

/** The keyboard cursor's order: visible places west to east (ties north to south, then by id). */
export function cursorOrder(
  anchors: readonly { properties: { id: string }; geometry: Point }[],
  visible: ReadonlySet<string>,
): string[] {
  return anchors
    .filter((a) => visible.has(a.properties.id))
    .sort((a, b) => {
      const [ax, ay] = a.geometry.coordinates as [number, number];
      const [bx, by] = b.geometry.coordinates as [number, number];
      return ax - bx || by - ay || a.properties.id.localeCompare(b.properties.id);
    })
    .map((a) => a.properties.id);
}

/** The next (+1) or previous (−1) place, wrapping; from nowhere, the first or the last. */
export function stepCursor(
  order: readonly string[],
  current: string | null,
  dir: 1 | -1,
): string | null {
  if (order.length === 0) return null;
  const i = current === null ? -1 : order.indexOf(current);
  if (i === -1) return dir === 1 ? order[0]! : order[order.length - 1]!;
  return order[(i + dir + order.length) % order.length]!;
}

export type CursorKey = 'next' | 'previous' | 'select' | 'clear';

/** The keyboard cursor's keys; anything else (arrows, +, −) stays with MapLibre. */
export function cursorKey(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>,
): CursorKey | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  switch (event.key) {
    case ']':
    case 'n':
      return 'next';
    case '[':
    case 'p':
      return 'previous';
    case 'Enter':
      return 'select';
    case 'Escape':
      return 'clear';
    default:
      return null;
  }
}

/** The aria-live announcement for the keyboard cursor. */
export function cursorAnnouncement(
  place: Pick<SlimProperties, 'name_en' | 'claim_count' | 'independent_origins' | 'precision'>,
  position: number,
  total: number,
): string {
  const where = PRECISION_STYLE[place.precision].label.toLowerCase();
  return `${place.name_en} (${where}): ${countsText(place.claim_count, place.independent_origins)}. Place ${position} of ${total}, west to east. Enter opens it.`;
}
