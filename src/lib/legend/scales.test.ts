import {
  Color,
  createPropertyExpression,
  latest,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { Category } from '../data/types';
import {
  CATEGORY_COLORS,
  CATEGORY_GLYPHS,
  CATEGORY_LABELS,
  NO_CATEGORY_COLOR,
  CATEGORIES,
  PRECISIONS,
} from '../data/vocabulary';
import {
  colorExpression,
  glyphExpression,
  glyphInk,
  INK,
  MAX_RADIUS,
  MIN_RADIUS,
  PRECISION_STYLE,
  radiusExpression,
  sizeLegendStops,
  sizeScale,
} from './scales';

/** Compile a paint expression with MapLibre's own style-spec and evaluate it for properties. */
function evaluator(expr: unknown, spec: StylePropertySpecification) {
  const compiled = createPropertyExpression(expr, 'test', spec);
  if (compiled.result !== 'success') {
    throw new Error(compiled.value.map((e) => e.message).join('; '));
  }
  return (properties: Record<string, unknown>) =>
    compiled.value.evaluate({ zoom: 6 }, { type: 1, properties });
}

// The JSON reference is typed as its literal shape; the evaluator wants the general spec type.
const spec = (s: unknown) => s as StylePropertySpecification;
const circleRadius = spec(latest.paint_circle['circle-radius']);
const circleColor = spec(latest.paint_circle['circle-color']);
const textField = spec(latest.layout_symbol['text-field']);

describe('sizeScale', () => {
  it('maps 1 claim to the minimum and the maximum count to the maximum radius', () => {
    const s = sizeScale(25);
    expect(s(1)).toBe(MIN_RADIUS);
    expect(s(25)).toBe(MAX_RADIUS);
  });

  it('is linear in the square root of the count', () => {
    const s = sizeScale(101);
    // Position of the radius between MIN and MAX equals the position of √count between √1 and √max.
    const r = (n: number) => (s(n) - MIN_RADIUS) / (MAX_RADIUS - MIN_RADIUS);
    expect(r(101)).toBeCloseTo(1);
    expect(r(26)).toBeCloseTo((Math.sqrt(26) - 1) / (Math.sqrt(101) - 1));
  });

  it('clamps counts outside the domain', () => {
    const s = sizeScale(10);
    expect(s(0)).toBe(MIN_RADIUS);
    expect(s(1000)).toBe(MAX_RADIUS);
  });

  it('draws everything at the minimum when every place has one claim', () => {
    expect(sizeScale(1)(1)).toBe(MIN_RADIUS);
    expect(sizeScale(0)(1)).toBe(MIN_RADIUS);
    expect(sizeScale(NaN)(1)).toBe(MIN_RADIUS);
  });
});

describe('radiusExpression', () => {
  it.each([1, 2, 7, 40])('equals the d3 scale at sample counts (max %i)', (max) => {
    const scale = sizeScale(max);
    const evaluate = evaluator(radiusExpression(max), circleRadius);
    for (const count of [0, 1, 2, 3, 5, 8, 13, 21, 34, 40, 55]) {
      expect(evaluate({ claim_count: count })).toBeCloseTo(scale(count), 9);
    }
  });

  it('can size by independent origins instead', () => {
    const evaluate = evaluator(radiusExpression(9, 'independent_origins'), circleRadius);
    expect(evaluate({ independent_origins: 9, claim_count: 1 })).toBeCloseTo(MAX_RADIUS);
  });

  it('draws a feature without the property at the minimum size instead of failing', () => {
    const evaluate = evaluator(radiusExpression(9), circleRadius);
    expect(evaluate({})).toBe(MIN_RADIUS);
    expect(evaluate({ claim_count: 'many' })).toBe(MIN_RADIUS);
  });
});

describe('sizeLegendStops', () => {
  it('shows 1, a round middle value and the maximum', () => {
    expect(sizeLegendStops(23).map((s) => s.count)).toEqual([1, 10, 23]);
    expect(sizeLegendStops(3).map((s) => s.count)).toEqual([1, 3]);
    expect(sizeLegendStops(1).map((s) => s.count)).toEqual([1]);
  });

  it('uses the same radii as the map', () => {
    for (const { count, radius } of sizeLegendStops(40)) expect(radius).toBe(sizeScale(40)(count));
  });
});

describe('category colours, labels and glyphs', () => {
  it('covers every category with a distinct colour, label and glyph', () => {
    for (const table of [CATEGORY_COLORS, CATEGORY_LABELS, CATEGORY_GLYPHS]) {
      expect(Object.keys(table).sort()).toEqual([...CATEGORIES].sort());
      expect(new Set(Object.values(table)).size).toBe(CATEGORIES.length);
    }
  });

  it('uses single printable ASCII glyphs', () => {
    for (const g of Object.values(CATEGORY_GLYPHS)) expect(g).toMatch(/^[!-~]$/);
  });

  it('keeps every pair of colours apart for normal vision and simulated colour blindness', () => {
    const entries = Object.entries(CATEGORY_COLORS) as [Category, string][];
    for (const [vision, threshold] of [
      ['normal', 20],
      ['protan', 15],
      ['deutan', 15],
      ['tritan', 12],
    ] as const) {
      for (let i = 0; i < entries.length; i++) {
        for (let j = i + 1; j < entries.length; j++) {
          const [a, ca] = entries[i]!;
          const [b, cb] = entries[j]!;
          const d = deltaE(simulate(hexToRgb(ca), vision), simulate(hexToRgb(cb), vision));
          expect(d, `${a} vs ${b} under ${vision}`).toBeGreaterThan(threshold);
        }
      }
    }
  });

  it('builds a match expression that MapLibre evaluates to the palette', () => {
    const evaluate = evaluator(colorExpression(), circleColor);
    for (const c of CATEGORIES) {
      expect(evaluate({ dominant_category: c })).toEqual(Color.parse(CATEGORY_COLORS[c]));
    }
    expect(evaluate({ dominant_category: null })).toEqual(Color.parse(NO_CATEGORY_COLOR));
  });

  it('builds a glyph expression for symbol labels', () => {
    const evaluate = evaluator(glyphExpression(), textField);
    expect(String(evaluate({ dominant_category: 'kidnapping' }))).toBe('K');
    expect(String(evaluate({}))).toBe('');
  });

  it('writes dark glyphs on light colours and white on dark ones', () => {
    expect(glyphInk('#F0E442')).toBe(INK);
    expect(glyphInk('#332288')).toBe('#ffffff');
  });
});

describe('PRECISION_STYLE', () => {
  const styles = PRECISIONS.map((p) => PRECISION_STYLE[p]);

  it('draws a dot only where the place is known to a town or better', () => {
    expect(styles.map((s) => s.dot)).toEqual([true, true, true, false, false]);
  });

  it('never draws a coarser precision crisper than a finer one', () => {
    for (let i = 1; i < styles.length; i++) {
      const [finer, coarser] = [styles[i - 1]!, styles[i]!];
      expect(coarser.strokeWidth).toBeLessThanOrEqual(finer.strokeWidth);
      expect(coarser.outlineBlur).toBeGreaterThanOrEqual(finer.outlineBlur);
    }
    expect(PRECISION_STYLE.site.blur).toBe(0);
    expect(PRECISION_STYLE.district.haloRadius).toBeGreaterThan(0);
  });

  it('hatches provinces and keeps regions fainter than provinces', () => {
    expect(PRECISION_STYLE.province.hatch).toBe(true);
    expect(PRECISION_STYLE.region.fillOpacity).toBeLessThan(PRECISION_STYLE.province.fillOpacity);
  });
});

// ─── Colour-vision simulation (Machado, Oliveira & Fernandes 2009, severity 1) ──

type Rgb = [number, number, number];
const MACHADO: Record<'protan' | 'deutan' | 'tritan', number[][]> = {
  protan: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deutan: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritan: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

function hexToRgb(hex: string): Rgb {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as Rgb;
}
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toGamma = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

function simulate(rgb: Rgb, vision: 'normal' | 'protan' | 'deutan' | 'tritan'): Rgb {
  if (vision === 'normal') return rgb;
  const l = rgb.map(toLinear);
  return MACHADO[vision].map((row) =>
    toGamma(Math.min(1, Math.max(0, row[0]! * l[0]! + row[1]! * l[1]! + row[2]! * l[2]!))),
  ) as Rgb;
}

/** CIE76 ΔE in CIELAB (D65). */
function deltaE(a: Rgb, b: Rgb): number {
  const [la, lb] = [toLab(a), toLab(b)];
  return Math.hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}

function toLab(rgb: Rgb): Rgb {
  const [r, g, b] = rgb.map(toLinear) as Rgb;
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
