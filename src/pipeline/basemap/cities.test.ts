import { describe, expect, it } from 'vitest';
import type { GeoNamesCity } from '../reference/index';
import { RANK_MINZOOM, cityLabels, cityRank, cleanCityName } from './cities';

function city(over: Partial<GeoNamesCity>): GeoNamesCity {
  return {
    cityId: 1,
    name: 'Town',
    altName: '',
    country: 'IQ',
    featureCode: 'PPL',
    adminCode: '01',
    population: 5_000,
    loc: { type: 'Point', coordinates: [43, 33] },
    ...over,
  };
}

describe('cityRank', () => {
  it('puts capitals and million-cities at rank 1', () => {
    expect(cityRank(city({ featureCode: 'PPLC', population: 50_000 }), true)).toBe(1);
    expect(cityRank(city({ population: 1_200_000 }), false)).toBe(1);
  });

  it('ranks Iraqi and Syrian towns by population and administrative role', () => {
    expect(cityRank(city({ featureCode: 'PPLA', population: 20_000 }), true)).toBe(2);
    expect(cityRank(city({ population: 60_000 }), true)).toBe(3);
    expect(cityRank(city({ featureCode: 'PPLA2', population: 0 }), true)).toBe(3);
    expect(cityRank(city({ population: 20_000 }), true)).toBe(4);
    expect(cityRank(city({ population: 2_000 }), true)).toBe(5);
  });

  it("keeps only neighbours' big cities", () => {
    expect(cityRank(city({ country: 'TR', population: 90_000, featureCode: 'PPLA' }), false)).toBe(
      null,
    );
    expect(cityRank(city({ country: 'TR', population: 200_000, featureCode: 'PPLA' }), false)).toBe(
      3,
    );
    expect(cityRank(city({ country: 'IR', population: 700_000, featureCode: 'PPLA' }), false)).toBe(
      2,
    );
    // GeoNames' neighbourhood-level PPL entries with city-sized populations are not labelled.
    expect(cityRank(city({ country: 'IR', population: 766_706, featureCode: 'PPL' }), false)).toBe(
      null,
    );
  });

  it('drops city sections and historical places, however big', () => {
    expect(cityRank(city({ featureCode: 'PPLX', population: 2_000_000 }), true)).toBe(null);
    expect(cityRank(city({ featureCode: 'PPLW', population: 20_000 }), true)).toBe(null);
  });

  it('lets the curated table override GeoNames (Abu Ghraib counts its whole district)', () => {
    expect(
      cityRank(city({ cityId: 100077, featureCode: 'PPLA2', population: 900_000 }), true),
    ).toBe(3);
  });
});

describe('cityLabels', () => {
  it('uses the curated names, cleans the rest, and orders by rank then population', () => {
    const labels = cityLabels(
      [
        city({ cityId: 7, name: 'Nāḩiyat ash Shināfīyah', population: 22_643 }),
        city({ cityId: 98182, name: 'Baghdad', featureCode: 'PPLC', population: 7_216_000 }),
        city({ cityId: 99608, name: 'Al ‘Amārah', featureCode: 'PPLA', population: 323_302 }),
      ],
      new Set(['IQ']),
    );
    expect(labels.map((l) => [l.name_en, l.name_ar, l.rank, l.capital])).toEqual([
      ['Baghdad', 'بغداد', 1, 'country'],
      ['Amarah', 'العمارة', 2, 'province'],
      ['ash Shināfīyah', undefined, 4, undefined],
    ]);
    expect(labels.map((l) => l.minzoom)).toEqual([
      RANK_MINZOOM[1],
      RANK_MINZOOM[2],
      RANK_MINZOOM[4],
    ]);
  });

  it('gives whole-number min zooms, increasing with rank', () => {
    const zooms = Object.values(RANK_MINZOOM);
    for (const z of zooms) expect(Number.isInteger(z)).toBe(true);
    expect([...zooms].sort((a, b) => a - b)).toEqual(zooms);
  });

  it('strips only the subdistrict prefix', () => {
    expect(cleanCityName('Nāḩīyat Saddat al Hindīyah')).toBe('Saddat al Hindīyah');
    expect(cleanCityName('Ar Ruţbah')).toBe('Ar Ruţbah');
  });
});
