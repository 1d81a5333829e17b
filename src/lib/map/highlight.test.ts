import { describe, expect, it } from 'vitest';
import { expression, latest } from '@maplibre/maplibre-gl-style-spec';
import { createFakeStyleMap, type FakeLayer } from './fake-map';
import {
  DIMMED_OPACITY,
  HIGHLIGHT_LAYERS,
  clearHighlight,
  dimmedOpacity,
  highlightLayers,
  highlightPlaces,
} from './highlight';
import { ANCHOR_SOURCE, INCIDENT_SOURCE } from './layer-ids';

const hidden = ['case', ['boolean', ['feature-state', 'hidden'], false], 0, 0.92];

function fixture() {
  const layers: FakeLayer[] = [
    { id: 'land', type: 'fill', source: 'basemap', paint: { 'fill-opacity': 1 } },
    { id: 'area', type: 'fill', source: INCIDENT_SOURCE, paint: { 'fill-opacity': 0.4 } },
    { id: 'dot', type: 'circle', source: INCIDENT_SOURCE, paint: { 'circle-opacity': hidden } },
    { id: 'area-label', type: 'symbol', source: ANCHOR_SOURCE, paint: {} },
    { id: 'label-river', type: 'symbol', source: 'basemap', paint: {} },
  ];
  return createFakeStyleMap(layers, [INCIDENT_SOURCE, ANCHOR_SOURCE, 'basemap']);
}

/** A paint opacity evaluated as MapLibre would, for a place id and feature-state. */
function opacityOf(value: unknown, id: string, state: Record<string, unknown> = {}): number {
  const parsed = expression.normalizePropertyExpression(
    value as never,
    'circle-opacity',
    latest.paint_circle['circle-opacity'] as never,
  ) as unknown as { evaluate: (...a: unknown[]) => number };
  return parsed.evaluate({ zoom: 6 }, { type: 'Point', properties: { id } }, state);
}

describe('highlightPlaces', () => {
  it('adds the ring layers under the basemap labels, filtered to the step’s places', () => {
    const map = fixture();
    highlightPlaces(map.asMap, ['qaim', 'anbar'], 12);
    const order = map.getLayersOrder();
    expect(order.slice(-HIGHLIGHT_LAYERS.length - 1)).toEqual([...HIGHLIGHT_LAYERS, 'label-river']);
    for (const id of HIGHLIGHT_LAYERS) {
      expect(map.getLayer(id)?.source).toBe(INCIDENT_SOURCE);
      expect(JSON.stringify(map.getLayer(id)?.filter)).toContain('["literal",["qaim","anbar"]]');
    }
  });

  it('dims every other place’s marks and keeps the step’s, hidden places staying hidden', () => {
    const map = fixture();
    highlightPlaces(map.asMap, ['qaim'], 12);
    const dot = map.getPaintProperty('dot', 'circle-opacity');
    expect(opacityOf(dot, 'qaim')).toBeCloseTo(0.92);
    expect(opacityOf(dot, 'baghouz')).toBeCloseTo(0.92 * DIMMED_OPACITY);
    expect(opacityOf(dot, 'baghouz', { hidden: true })).toBe(0);
    expect(opacityOf(map.getPaintProperty('area-label', 'text-opacity'), 'x')).toBeCloseTo(
      DIMMED_OPACITY,
    );
    expect(map.getPaintProperty('land', 'fill-opacity')).toBe(1);
  });

  it('moves to the next step’s places, and a second call with the same places writes nothing', () => {
    const map = fixture();
    highlightPlaces(map.asMap, ['qaim'], 12);
    highlightPlaces(map.asMap, ['anbar'], 12);
    const dot = map.getPaintProperty('dot', 'circle-opacity');
    expect(opacityOf(dot, 'anbar')).toBeCloseTo(0.92);
    expect(opacityOf(dot, 'qaim')).toBeCloseTo(0.92 * DIMMED_OPACITY);
    const writes = { ...map.writes };
    highlightPlaces(map.asMap, ['anbar'], 12);
    expect(map.writes).toEqual(writes);
  });

  it('waits for the incident source', () => {
    const map = createFakeStyleMap([{ id: 'label-river', type: 'symbol' }]);
    highlightPlaces(map.asMap, ['qaim'], 12);
    expect(map.getLayersOrder()).toEqual(['label-river']);
  });
});

describe('clearHighlight', () => {
  it('removes the rings and gives every layer back exactly what it had', () => {
    const map = fixture();
    const before = structuredClone(map.layers);
    highlightPlaces(map.asMap, ['qaim'], 12);
    highlightPlaces(map.asMap, ['anbar'], 12);
    clearHighlight(map.asMap);
    expect(map.layers).toEqual(before);
  });
});

describe('highlight expressions', () => {
  it('dims each output of a zoom curve rather than wrapping the curve', () => {
    const curve = ['interpolate', ['linear'], ['zoom'], 4, 0.2, 8, 0.8];
    const dimmed = dimmedOpacity(curve, ['a']) as unknown[];
    expect(dimmed.slice(0, 4)).toEqual(['interpolate', ['linear'], ['zoom'], 4]);
    expect(opacityOf(dimmed, 'b')).toBeCloseTo(0.5 * DIMMED_OPACITY);
  });

  it('rings points with circles and areas and lines with outlines, all on the incident source', () => {
    const types = highlightLayers(['a'], 12).map((l) => l.type);
    expect(types).toEqual(['line', 'line', 'circle', 'circle']);
  });
});
