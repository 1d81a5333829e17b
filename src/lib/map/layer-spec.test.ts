import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
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
