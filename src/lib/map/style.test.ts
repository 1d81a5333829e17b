import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { SymbolLayerSpecification } from 'maplibre-gl';
import { BASEMAP_LAYERS } from '../data/basemap-layers';
import { LABEL_LAYER_IDS, labelTextField, type LabelLanguage } from './labels';
import { BASEMAP_SOURCE_ID, basemapDataUrl, buildStyle } from './style';

const LANGS: LabelLanguage[] = ['en', 'ar', 'both'];

function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) allStrings(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      allStrings(v, out);
    }
  }
  return out;
}

describe('buildStyle', () => {
  it.each(LANGS)('is a valid style for lang=%s', (lang) => {
    const style = buildStyle({ basemapUrl: 'basemap/', lang });
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('the validator does catch a broken style', () => {
    const style = buildStyle({ basemapUrl: 'basemap/', lang: 'en' });
    const broken = {
      ...style,
      layers: [...style.layers, { id: 'x', type: 'line', source: 'nope' }],
    };
    expect(validateStyleMin(broken as typeof style).length).toBeGreaterThan(0);
  });

  it('loads nothing from another origin: no glyphs, no sprite, no absolute URL', () => {
    const style = buildStyle({ basemapUrl: 'basemap/', lang: 'both' });
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
    const urls = allStrings(style).filter(
      (s) => /^(https?:)?\/\//i.test(s) || /mapbox:|maptiler/i.test(s),
    );
    expect(urls).toEqual([]);
    expect(Object.keys(style.sources)).toEqual([BASEMAP_SOURCE_ID]);
  });

  it('points the source at the basemap file, given its folder or the file', () => {
    expect(basemapDataUrl('basemap/')).toBe('basemap/basemap.geojson');
    expect(basemapDataUrl('./basemap')).toBe('./basemap/basemap.geojson');
    expect(basemapDataUrl('basemap/basemap.geojson')).toBe('basemap/basemap.geojson');
    const source = buildStyle({ basemapUrl: 'x/basemap/', lang: 'en' }).sources[BASEMAP_SOURCE_ID];
    expect(source).toMatchObject({ type: 'geojson', data: 'x/basemap/basemap.geojson' });
  });

  it('builds exactly the exported label layers, each with the language text-field', () => {
    for (const lang of LANGS) {
      const labels = buildStyle({ basemapUrl: 'b/', lang }).layers.filter(
        (l): l is SymbolLayerSpecification => l.type === 'symbol',
      );
      expect(labels.map((l) => l.id).sort()).toEqual([...LABEL_LAYER_IDS].sort());
      for (const l of labels) {
        expect(l.id.startsWith('label-')).toBe(true);
        expect(l.layout?.['text-field']).toEqual(labelTextField(lang));
      }
    }
  });

  it('names only fonts setup.ts loads, with local CSS families after the descriptive name', () => {
    const style = buildStyle({ basemapUrl: 'b/', lang: 'both' });
    const fonts = new Set<string>();
    for (const l of style.layers) {
      if (l.type !== 'symbol') continue;
      for (const s of allStrings(l.layout?.['text-font'])) if (s.startsWith('Noto')) fonts.add(s);
    }
    expect([...fonts].sort()).toEqual([
      'Noto Sans',
      'Noto Sans Arabic',
      'Noto Sans Bold',
      'Noto Sans Italic',
      'Noto Sans Regular',
      'Noto Sans SemiBold',
    ]);
  });

  it('filters only on layer names the basemap build writes', () => {
    const style = buildStyle({ basemapUrl: 'b/', lang: 'en' });
    const known = new Set<string>(BASEMAP_LAYERS);
    for (const l of style.layers) {
      if (l.type === 'background') continue;
      const names = JSON.stringify(l.filter).match(/"layer"\],"([^"]+)"/g) ?? [];
      expect(names.length, l.id).toBeGreaterThan(0);
      for (const n of names) expect(known.has(n.split('"').at(-2)!), `${l.id}: ${n}`).toBe(true);
    }
  });

  it('draws the Iraq–Syria border above the other borders, and labels above lines', () => {
    const ids = buildStyle({ basemapUrl: 'b/', lang: 'en' }).layers.map((l) => l.id);
    expect(ids.indexOf('iraq-syria-border')).toBeGreaterThan(ids.indexOf('country-boundary'));
    expect(ids.indexOf('iraq-syria-border-halo')).toBeLessThan(ids.indexOf('iraq-syria-border'));
    const firstLabel = ids.findIndex((id) => id.startsWith('label-'));
    expect(ids.slice(firstLabel).every((id) => id.startsWith('label-'))).toBe(true);
  });
});
