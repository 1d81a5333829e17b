/**
 * How claims become marks: symbol size from claim counts, colour plus glyph from category, and
 * the drawing style that tells the reader how precisely a place is known. The MapLibre
 * expressions here reproduce the d3 scales exactly, so the legend (drawn with d3) and the map
 * (drawn by MapLibre) can never disagree.
 */
import type {
  ColorSpecification,
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { scaleSqrt, type ScalePower } from 'd3-scale';
import {
  CATEGORIES,
  CATEGORY_COLORS,
  CATEGORY_GLYPHS,
  NO_CATEGORY_COLOR,
  PRECISION_LABELS,
  type Precision,
} from '../data/vocabulary';

export const MIN_RADIUS = 4;
export const MAX_RADIUS = 22;

/**
 * Symbol radius in px from a count (claims, or independent origins). Square-root, so the
 * symbol's *area* grows with the count: a place with four claims looks four times as big, not
 * sixteen. The domain starts at 1 (a place on the map has at least one claim) and is clamped, so
 * 0 or a count above the maximum still draws a sane size. The upper bound is at least 2, so a map
 * where every place has one claim draws them all at the minimum size.
 */
export function sizeScale(maxCount: number): ScalePower<number, number> {
  const hi = Number.isFinite(maxCount) ? Math.max(2, maxCount) : 2;
  return scaleSqrt().domain([1, hi]).range([MIN_RADIUS, MAX_RADIUS]).clamp(true);
}

/**
 * `circle-radius` for MapLibre, equal to `sizeScale(maxCount)` at every count: a d3 sqrt scale is
 * linear in √x, and `interpolate` clamps at its end stops as the d3 scale does. A missing or
 * non-numeric property reads as 0 and so draws at the minimum size rather than failing the layer.
 * https://maplibre.org/maplibre-style-spec/expressions/#interpolate
 */
export function radiusExpression(
  maxCount: number,
  property: 'claim_count' | 'independent_origins' | ExpressionSpecification = 'claim_count',
): ExpressionSpecification {
  const [lo, hi] = sizeScale(maxCount).domain() as [number, number];
  const count = typeof property === 'string' ? ['get', property] : property;
  return [
    'interpolate',
    ['linear'],
    ['sqrt', ['max', 0, ['to-number', count, 0]]],
    Math.sqrt(lo),
    MIN_RADIUS,
    Math.sqrt(hi),
    MAX_RADIUS,
  ];
}

/**
 * A few counts to show in the size legend: 1, the maximum, and a round number in between when
 * there is room for one.
 */
export function sizeLegendStops(maxCount: number): { count: number; radius: number }[] {
  const scale = sizeScale(maxCount);
  const max = Math.max(1, Math.floor(Number.isFinite(maxCount) ? maxCount : 1));
  const counts = [1];
  const mid = [2, 5, 10, 20, 50, 100, 200, 500, 1000].filter((n) => n * 2 <= max).pop();
  if (mid !== undefined) counts.push(mid);
  if (max > 1) counts.push(max);
  return counts.map((count) => ({ count, radius: scale(count) }));
}

/**
 * `circle-color` / `fill-color` by dominant category, read from a property or an expression
 * (the map's marks read the category the filters leave, from feature-state).
 * https://maplibre.org/maplibre-style-spec/expressions/#match
 */
export function colorExpression(
  property: string | ExpressionSpecification = 'dominant_category',
): DataDrivenPropertyValueSpecification<ColorSpecification> {
  const [first, ...rest] = CATEGORIES;
  const branches = rest.flatMap((c) => [c, CATEGORY_COLORS[c]]);
  return [
    'match',
    typeof property === 'string' ? ['get', property] : property,
    first,
    CATEGORY_COLORS[first],
    ...branches,
    NO_CATEGORY_COLOR,
  ];
}

/** The category glyph for a symbol layer's `text-field`. */
export function glyphExpression(property = 'dominant_category'): ExpressionSpecification {
  const [first, ...rest] = CATEGORIES;
  const branches = rest.flatMap((c) => [c, CATEGORY_GLYPHS[c]]);
  return ['match', ['get', property], first, CATEGORY_GLYPHS[first], ...branches, ''];
}

/** The ink of a glyph letter on white, and of outlines: the page's `--ink`. */
export const INK = '#1d1d1b';

/**
 * Whether white or ink reads better on a category colour (WCAG relative luminance): the glyph's
 * colour on the map and in every swatch.
 */
export function glyphInk(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with white (1.05 / (L + .05)) against contrast with near-black ink.
  return 1.05 / (lum + 0.05) >= (lum + 0.05) / 0.0625 ? '#ffffff' : INK;
}

/** The neutral ink the legend's precision samples are drawn in, so they read as "style", not "category". */
export const SAMPLE_INK = '#6f695f';

/**
 * How a precision is drawn. The rule: the less precisely the articles locate something, the
 * less crisp its mark, so a province-wide claim never looks like a pinpoint.
 */
export interface PrecisionStyle {
  label: string;
  /** one line for the legend */
  description: string;
  /** whether a dot marks the point at all */
  dot: boolean;
  /** dot outline width, px (0 when no dot) */
  strokeWidth: number;
  strokeColor: string;
  /** MapLibre `circle-blur` of the dot, 0 = crisp edge */
  blur: number;
  /** extra radius of a soft halo around the dot, px (0 = none) */
  haloRadius: number;
  haloOpacity: number;
  /** opacity of the area fill for polygon places (0 = no fill) */
  fillOpacity: number;
  /** hatch the area, so it reads as "somewhere in here" rather than "all of this" */
  hatch: boolean;
  /** MapLibre `line-dasharray` of the area outline; null = no outline */
  outlineDash: number[] | null;
  /** MapLibre `line-blur` of the outline, px */
  outlineBlur: number;
}

const DARK = '#1A1A1A';

export const PRECISION_STYLE: Readonly<Record<Precision, Readonly<PrecisionStyle>>> = Object.freeze(
  {
    site: {
      label: PRECISION_LABELS.site,
      description: 'A named base, bridge or building: a crisp dot with a dark outline.',
      dot: true,
      strokeWidth: 1.5,
      strokeColor: DARK,
      blur: 0,
      haloRadius: 0,
      haloOpacity: 0,
      fillOpacity: 0,
      hatch: false,
      outlineDash: null,
      outlineBlur: 0,
    },
    settlement: {
      label: PRECISION_LABELS.settlement,
      description: 'Somewhere in a named town or city: a dot.',
      dot: true,
      strokeWidth: 1,
      strokeColor: DARK,
      blur: 0,
      haloRadius: 0,
      haloOpacity: 0,
      fillOpacity: 0,
      hatch: false,
      outlineDash: null,
      outlineBlur: 0,
    },
    district: {
      label: PRECISION_LABELS.district,
      description: 'Around a town, or part of a province: a dot with a soft halo.',
      dot: true,
      strokeWidth: 0.5,
      strokeColor: DARK,
      blur: 0.15,
      haloRadius: 10,
      haloOpacity: 0.25,
      fillOpacity: 0.12,
      hatch: false,
      outlineDash: [2, 2],
      outlineBlur: 1,
    },
    province: {
      label: PRECISION_LABELS.province,
      description: 'Somewhere in a province: a soft hatched area, no dot.',
      dot: false,
      strokeWidth: 0,
      strokeColor: DARK,
      blur: 0,
      haloRadius: 0,
      haloOpacity: 0,
      fillOpacity: 0.15,
      hatch: true,
      outlineDash: [3, 3],
      outlineBlur: 2,
    },
    region: {
      label: PRECISION_LABELS.region,
      description: 'A vague region ("the desert", "the border"): a very diffuse area.',
      dot: false,
      strokeWidth: 0,
      strokeColor: DARK,
      blur: 0,
      haloRadius: 0,
      haloOpacity: 0,
      fillOpacity: 0.07,
      hatch: false,
      outlineDash: null,
      outlineBlur: 6,
    },
  },
);
