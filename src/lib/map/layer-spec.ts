/**
 * The verified layer's MapLibre layers, bottom to top: one GeoJSON source of slim features and a
 * handful of layers that draw them (never a DOM marker per feature, so tens of thousands of places
 * stay fast).
 *
 * The encoding comes from src/lib/legend/scales.ts so map and legend cannot disagree: size by claim
 * count, colour plus a glyph letter by dominant category, and drawing style by geo-precision. A
 * province- or region-level report is a soft, hatched, dash-outlined area and never a crisp dot;
 * very large areas are faded so "all of Iraq" does not drown the map, and smaller areas draw above
 * larger ones.
 */
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  LayerSpecification,
} from 'maplibre-gl';
import type { PlaceKind } from '../data/types';
import { PRECISIONS } from '../data/vocabulary';
import {
  INK,
  PRECISION_STYLE,
  colorExpression,
  glyphExpression,
  radiusExpression,
  sizeScale,
} from '../legend/scales';
import { HATCH_KEYS, hatchImageId } from './hatch';
import { labelTextField, type LabelLanguage } from './labels';
import {
  AREA_FADE,
  MARK_CATEGORY,
  MARK_CLAIMS,
  areaLabelField,
  byPrecision,
  glyphInkExpression,
  isShape,
  lineLabelField,
  perFeature,
  precisionIn,
  state,
  unlessHidden,
  zoomed,
} from './layer-expressions';
import { ANCHOR_SOURCE, INCIDENT_SOURCE, LAYER, hatchLayerId } from './layer-ids';
import { FONTS } from './style';

const FOCUS = '#1f5fbf';

/** Point kinds the basemap has no label for (it labels GeoNames towns and cities). */
const UNLABELLED_KINDS: PlaceKind[] = ['village', 'site', 'base'];

/** Areas larger than this get no name label on the map (the basemap names countries). */
const AREA_LABEL_MAX_KM2 = 150_000;

/** The smallest claim count whose circle is big enough to hold its glyph. */
export function glyphInsideFrom(maxClaims: number, minRadius = 8): number {
  const scale = sizeScale(maxClaims);
  for (let n = 1; n <= Math.max(2, maxClaims); n++) if (scale(n) >= minRadius) return n;
  return Infinity;
}

export interface IncidentLayer {
  spec: LayerSpecification;
  /** the basemap layer it goes under; missing ids fall back to the top */
  before?: string;
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
  type Value = number | ExpressionSpecification;
  const emphasis = (selected: Value, cursor: Value, hovered: Value, rest: Value) =>
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
    ...HATCH_KEYS.map((c): IncidentLayer => ({
      before: 'province-boundary',
      spec: {
        id: hatchLayerId(c),
        type: 'fill',
        source: INCIDENT_SOURCE,
        filter: ['all', isShape('area'), precisionIn(hatched)],
        layout: { 'fill-sort-key': sortKey },
        paint: {
          'fill-pattern': hatchImageId(c),
          // No outline pass: it would be a second shader and a second draw for every hatch layer.
          'fill-antialias': false,
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
          'circle-radius': unlessHidden([
            '+',
            radius,
            byPrecision((p) => PRECISION_STYLE[p].haloRadius || 12),
          ]),
          'circle-color': color,
          'circle-opacity': unlessHidden(
            byPrecision((p) => PRECISION_STYLE[p].haloOpacity || 0.25),
          ),
          // The point layer's shader (see perFeature): these read as attributes, not uniforms.
          'circle-blur': perFeature(0.8),
          'circle-stroke-color': perFeature('rgba(0, 0, 0, 0)'),
          'circle-stroke-width': perFeature(0),
          'circle-stroke-opacity': unlessHidden(0),
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
          // A place the filters hide draws nothing at all, not a transparent circle.
          'circle-radius': unlessHidden(radius),
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
          // Radius 0 unless emphasised: a transparent ring still costs every pixel of its quad on
          // software GL (about a third of a pan frame at 10^4 places), so the rest draw nothing.
          'circle-radius': emphasis(['+', radius, 4], ['+', radius, 4], ['+', radius, 4], 0),
          'circle-color': perFeature('rgba(0, 0, 0, 0)'),
          'circle-opacity': unlessHidden(0),
          'circle-blur': perFeature(0),
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
