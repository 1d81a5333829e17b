import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { BASEMAP_LAYERS } from '../../lib/data/basemap-layers';
import { buildBasemap, serialize, type BasemapFeature } from './basemap';

const features = buildBasemap();
const ofLayer = (layer: string) => features.filter((f) => f.properties.layer === layer);

function positions(f: BasemapFeature): number[] {
  return JSON.stringify(f.geometry)
    .match(/-?\d+(\.\d+)?/g)!
    .map(Number);
}

describe('basemap build', () => {
  it('is deterministic', () => {
    expect(serialize(buildBasemap())).toBe(serialize(features));
  });

  it('writes every layer, in the contract order', () => {
    const order = features.map((f) => BASEMAP_LAYERS.indexOf(f.properties.layer as never));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const layer of BASEMAP_LAYERS) expect(ofLayer(layer).length, layer).toBeGreaterThan(0);
  });

  it("has Iraq's 18 and Syria's 14 provinces with labels, under current codes", () => {
    const iso = ofLayer('province').map((f) => f.properties.iso as string);
    expect(iso.filter((c) => c.startsWith('IQ-'))).toHaveLength(18);
    expect(iso.filter((c) => c.startsWith('SY-'))).toHaveLength(14);
    expect(iso).toContain('IQ-KI');
    expect(ofLayer('province-label').map((f) => f.properties.iso)).toEqual(iso);
  });

  it('emphasises an Iraq–Syria border of about 600 km', () => {
    const [border] = ofLayer('iraq-syria-border');
    expect(border?.properties.length_km).toBeGreaterThan(560);
    expect(border?.properties.length_km).toBeLessThan(660);
  });

  it('marks the curated rivers approximate', () => {
    const rivers = ofLayer('river');
    expect(rivers.map((r) => r.properties.name_en)).toEqual([
      'Euphrates',
      'Tigris',
      'Shatt al-Arab',
    ]);
    for (const r of rivers) expect(r.properties.approximate).toBe(true);
  });

  it('labels few places at low zoom', () => {
    const cities = ofLayer('city');
    const early = cities.filter((c) => (c.properties.minzoom as number) <= 5);
    expect(early.length).toBeLessThan(80);
    expect(cities.find((c) => c.properties.name_en === 'Baghdad')?.properties).toMatchObject({
      rank: 1,
      name_ar: 'بغداد',
      capital: 'country',
    });
  });

  it('stores coordinates with at most 4 decimals', () => {
    for (const f of features) {
      for (const x of positions(f)) expect(Math.round(x * 1e4) / 1e4).toBe(x);
    }
  });

  it('stays well under 400 KB gzipped', () => {
    expect(gzipSync(serialize(features)).length).toBeLessThan(400 * 1024);
  });
});
