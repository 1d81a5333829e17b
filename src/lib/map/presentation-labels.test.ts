import { describe, expect, it } from 'vitest';
import { expression, latest } from '@maplibre/maplibre-gl-style-spec';
import { createFakeStyleMap, type FakeLayer } from './fake-map';
import { LAYER } from './layer-ids';
import { enlargeLabels, restoreLabels, scaleTextSize } from './presentation-labels';

/** A text-size evaluated as MapLibre would, at a zoom and for a feature. */
function sizeAt(value: unknown, zoom: number, properties: Record<string, unknown> = {}): number {
  const parsed = expression.normalizePropertyExpression(
    value as never,
    'text-size',
    latest.layout_symbol['text-size'] as never,
  ) as unknown as { evaluate: (g: object, f: object) => number };
  return parsed.evaluate({ zoom }, { type: 'Point', properties });
}

const byZoom = ['interpolate', ['linear'], ['zoom'], 5, 9.5, 8, 12.5];
const byRank = ['match', ['get', 'rank'], 1, 14, 2, 12.5, 10.5];
const stepped = ['step', ['zoom'], 10, 6, ['match', ['get', 'rank'], 1, 14, 11]];

describe('scaleTextSize', () => {
  it.each([
    ['a number', 12],
    ['a zoom curve', byZoom],
    ['a data expression', byRank],
    ['a zoom step with a data expression inside', stepped],
    ['no size (the default 16)', undefined],
  ])('scales %s by the factor at every zoom, and stays a valid expression', (_, value) => {
    const scaled = scaleTextSize(value, 1.5);
    for (const zoom of [3, 5, 6.5, 8, 11])
      for (const rank of [1, 2, 4])
        expect(sizeAt(scaled, zoom, { rank })).toBeCloseTo(
          1.5 * sizeAt(value ?? 16, zoom, { rank }),
          6,
        );
  });

  it('keeps the zoom curve outermost, as MapLibre requires', () => {
    expect(scaleTextSize(byZoom, 2)).toEqual(['interpolate', ['linear'], ['zoom'], 5, 19, 8, 25]);
  });
});

const label = (id: string, size?: unknown): FakeLayer => ({
  id,
  type: 'symbol',
  layout: { 'text-field': ['get', 'name'], ...(size === undefined ? {} : { 'text-size': size }) },
});

function fixture() {
  return createFakeStyleMap([
    { id: 'land', type: 'fill', paint: { 'fill-color': '#eee' } },
    label('label-city', byRank),
    label('label-province', byZoom),
    label('label-plain'),
    label(LAYER.pointGlyph, 11),
    { id: 'icons', type: 'symbol', layout: { 'icon-image': 'x' } },
  ]);
}

describe('enlargeLabels and restoreLabels', () => {
  it('enlarges every label layer but the category letters, and restores each size exactly', () => {
    const map = fixture();
    const before = structuredClone(map.layers);
    enlargeLabels(map.asMap, 1.5);
    expect(map.getLayoutProperty('label-city', 'text-size')).toEqual(scaleTextSize(byRank, 1.5));
    expect(map.getLayoutProperty('label-province', 'text-size')).toEqual(
      scaleTextSize(byZoom, 1.5),
    );
    expect(map.getLayoutProperty('label-plain', 'text-size')).toBe(24);
    expect(map.getLayoutProperty(LAYER.pointGlyph, 'text-size')).toBe(11);
    expect(map.getLayoutProperty('icons', 'text-size')).toBeUndefined();
    restoreLabels(map.asMap);
    expect(map.layers).toEqual(before);
  });

  it('does not enlarge twice, and scales a layer added since from its own size', () => {
    const map = fixture();
    enlargeLabels(map.asMap, 1.5);
    const writes = map.writes.layout;
    enlargeLabels(map.asMap, 1.5);
    expect(map.writes.layout).toBe(writes);
    map.addLayer(label('label-late', 10));
    enlargeLabels(map.asMap, 1.5);
    expect(map.getLayoutProperty('label-late', 'text-size')).toBe(15);
    expect(map.getLayoutProperty('label-plain', 'text-size')).toBe(24);
    restoreLabels(map.asMap);
    expect(map.getLayoutProperty('label-late', 'text-size')).toBe(10);
  });

  it('leaves a size someone else changed meanwhile, and a removed layer, alone', () => {
    const map = fixture();
    enlargeLabels(map.asMap, 1.5);
    map.setLayoutProperty('label-plain', 'text-size', 30);
    map.removeLayer('label-city');
    restoreLabels(map.asMap);
    expect(map.getLayoutProperty('label-plain', 'text-size')).toBe(30);
    expect(map.getLayoutProperty('label-province', 'text-size')).toEqual(byZoom);
  });
});
