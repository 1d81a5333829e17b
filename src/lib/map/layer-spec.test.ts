import { describe, expect, it } from 'vitest';
import { expression, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { CATEGORIES } from '../data/vocabulary';
import { sizeScale } from '../legend/scales';
import { places } from './fake-places';
import { prepareIncidentData } from './layer-data';
import { MARK_CATEGORY, MARK_CLAIMS } from './layer-expressions';
import { ANCHOR_SOURCE, HIDDEN, INCIDENT_SOURCE, LAYER, hatchLayerId } from './layer-ids';
import { glyphInsideFrom, incidentLayers } from './layer-spec';
import { buildStyle } from './style';

describe('incidentLayers', () => {
  it('makes a style MapLibre accepts, with every layer on top of the basemap', () => {
    const style = buildStyle({ basemapUrl: 'basemap/', lang: 'en' });
    const data = prepareIncidentData(places());
    style.sources[INCIDENT_SOURCE] = {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: data.slim },
      promoteId: 'id',
    };
    style.sources[ANCHOR_SOURCE] = {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: data.anchors },
      promoteId: 'id',
    };
    style.layers.push(...incidentLayers(12, 'both').map((l) => l.spec));
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('goes under existing basemap layers only', () => {
    const basemap = new Set(
      buildStyle({ basemapUrl: 'basemap/', lang: 'en' }).layers.map((l) => l.id),
    );
    for (const { before } of incidentLayers(12, 'en'))
      if (before) expect(basemap.has(before)).toBe(true);
  });

  it('never draws a crisp dot for a province- or region-level place', () => {
    const point = incidentLayers(12, 'en').find((l) => l.spec.id === LAYER.point)!.spec as {
      filter?: unknown;
    };
    expect(JSON.stringify(point.filter)).not.toMatch(/province|region/);
  });
});

describe('glyphs', () => {
  it('puts the glyph inside circles from the count whose radius holds it', () => {
    const n = glyphInsideFrom(18);
    expect(sizeScale(18)(n)).toBeGreaterThanOrEqual(8);
    expect(sizeScale(18)(n - 1)).toBeLessThan(8);
  });
});

describe('what the layers draw', () => {
  it('draws a hidden place fully transparent on every layer', () => {
    for (const { spec } of incidentLayers(12, 'en')) {
      const paint = Object.entries((spec as { paint?: Record<string, unknown> }).paint ?? {});
      const opacities = paint.filter(([k]) => k.endsWith('-opacity'));
      expect(opacities.length, spec.id).toBeGreaterThan(0);
      for (const [key, value] of opacities) {
        expect(value, `${spec.id} ${key}`).toEqual([
          'case',
          ['boolean', ['feature-state', HIDDEN], false],
          0,
          expect.anything(),
        ]);
      }
    }
  });

  it('paints size and colour from the marks, on every layer that encodes them', () => {
    const specs = incidentLayers(12, 'en').map((l) => JSON.stringify(l.spec));
    const point = specs.find((s) => s.includes(`"id":"${LAYER.point}"`))!;
    expect(point).toContain(JSON.stringify(MARK_CLAIMS));
    expect(point).toContain(JSON.stringify(MARK_CATEGORY));
    // Layout cannot read feature-state: every symbol layer draws from the updated anchors.
    for (const { spec } of incidentLayers(12, 'en')) {
      if (spec.type !== 'symbol') continue;
      expect(JSON.stringify(spec.layout), spec.id).not.toContain('feature-state');
      if (spec.id !== LAYER.lineLabel) expect(spec.source, spec.id).toBe(ANCHOR_SOURCE);
    }
  });

  it('has one hatch layer per category, each shown only for its own category', () => {
    const hatches = incidentLayers(12, 'en').filter((l) => l.spec.id.startsWith(LAYER.areaHatch));
    expect(hatches.map((l) => l.spec.id).sort()).toEqual(
      [...CATEGORIES, 'none' as const].map(hatchLayerId).sort(),
    );
    expect(hatchLayerId('none')).toBe(LAYER.areaHatch);
  });
});

/** A layer's paint value for one feature and feature-state, as MapLibre evaluates it. */
function paintValue(id: string, key: string, state: Record<string, unknown>, zoom = 8): number {
  const spec = incidentLayers(12, 'en').find((l) => l.spec.id === id)!.spec as {
    type: string;
    paint: Record<string, unknown>;
  };
  const parsed = expression.createPropertyExpression(
    spec.paint[key] as never,
    `${id}.${key}`,
    (latest as unknown as Record<string, Record<string, never>>)[`paint_${spec.type}`]![key]!,
  );
  if (parsed.result !== 'success') throw new Error(`${id} ${key}: ${JSON.stringify(parsed.value)}`);
  const feature = {
    type: 1 as const,
    properties: { claim_count: 3, precision: 'district', shape: 'point' },
    geometry: [],
  };
  return parsed.value.evaluate({ zoom }, feature, state) as number;
}

describe('what costs pixels', () => {
  // On software GL every pixel of a mark's quad costs, drawn or transparent.
  it('draws the selection ring only round an emphasised place', () => {
    for (const on of ['selected', 'hovered', 'cursor']) {
      expect(paintValue(LAYER.pointRing, 'circle-radius', { [on]: true }), on).toBeGreaterThan(
        paintValue(LAYER.point, 'circle-radius', {}),
      );
    }
    expect(paintValue(LAYER.pointRing, 'circle-radius', {})).toBe(0);
  });

  it('gives a place the filters hide no circle at all', () => {
    for (const id of [LAYER.point, LAYER.pointHalo]) {
      expect(paintValue(id, 'circle-radius', {}), id).toBeGreaterThan(0);
      expect(paintValue(id, 'circle-radius', { [HIDDEN]: true }), id).toBe(0);
    }
  });
});

describe('shaders', () => {
  // MapLibre compiles a shader per mix of per-feature and constant paint properties: a few hundred
  // ms each on software GL, before the first frame.
  it('gives every circle layer the same per-feature paint, so they share one shader', () => {
    const CIRCLE_PAINT = [
      'circle-radius',
      'circle-color',
      'circle-opacity',
      'circle-blur',
      'circle-stroke-color',
      'circle-stroke-width',
      'circle-stroke-opacity',
    ];
    const circles = incidentLayers(12, 'en').filter((l) => l.spec.type === 'circle');
    expect(circles.length).toBe(3);
    for (const { spec } of circles) {
      const paint = (spec as { paint: Record<string, unknown> }).paint;
      for (const key of CIRCLE_PAINT) {
        const parsed = expression.createPropertyExpression(
          paint[key] as never,
          key,
          latest.paint_circle[key as keyof typeof latest.paint_circle] as never,
        );
        expect(parsed.result, `${spec.id} ${key}`).toBe('success');
        if (parsed.result === 'success')
          expect(parsed.value.kind, `${spec.id} ${key}`).toBe('source');
      }
    }
  });

  it('draws the hatches without an outline pass', () => {
    for (const { spec } of incidentLayers(12, 'en').filter((l) =>
      l.spec.id.startsWith(LAYER.areaHatch),
    ))
      expect((spec as { paint: Record<string, unknown> }).paint['fill-antialias'], spec.id).toBe(
        false,
      );
  });
});
