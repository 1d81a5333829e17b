/**
 * The MapLibre expressions the incident layers are built from: what a mark encodes under the
 * filters, the feature-state switches, the fade of large areas and the text of the labels.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Shape } from '../data/published';
import type { Precision } from '../data/types';
import { CATEGORIES, CATEGORY_COLORS, PRECISIONS } from '../data/vocabulary';
import { INK, glyphInk } from '../legend/scales';
import { HIDDEN, type MarkKey } from './layer-ids';
import type { LabelLanguage } from './labels';

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

export function state(key: MarkKey | typeof HIDDEN): ExpressionSpecification {
  return ['boolean', ['feature-state', key], false];
}

/** An opacity (or radius) that drops to 0 for a place the filters leave out (feature-state `hidden`). */
export function unlessHidden(opacity: number | ExpressionSpecification): ExpressionSpecification {
  return ['case', state(HIDDEN), 0, opacity] as ExpressionSpecification;
}

/**
 * `value` for every feature, but read per feature (a vertex attribute) rather than as a uniform.
 * MapLibre compiles one shader per mix of per-feature and constant paint properties, each a few
 * hundred ms on software GL before the first frame; circle layers that read every property this
 * way share the point layer's shader instead of compiling their own.
 */
export function perFeature(value: number | string): ExpressionSpecification {
  return ['case', ['has', 'id'], value, value];
}

export function byPrecision<T extends number | string | number[] | null>(
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

export function zoomed(...stops: number[]): ExpressionSpecification {
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

export const isShape = (shape: Shape): ExpressionSpecification => ['==', ['get', 'shape'], shape];
export const precisionIn = (ps: Precision[]): ExpressionSpecification => [
  'in',
  ['get', 'precision'],
  ['literal', ps],
];

/** The glyph's ink on its category's colour, as the swatches beside the map choose it. */
export function glyphInkExpression(): ExpressionSpecification {
  const branches = CATEGORIES.flatMap((c) => [c, glyphInk(CATEGORY_COLORS[c])]);
  return ['match', MARK_CATEGORY, ...branches, INK] as unknown as ExpressionSpecification;
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
