import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon, point } from '@turf/turf';
import {
  admin1,
  admin1List,
  citiesIn,
  cleanAdminName,
  country,
  geonames,
  lengthKm,
  sharedBorder,
} from './index';

const KIRKUK_GEONAMES_ID = 94787;

describe('admin1', () => {
  it('lists the 18 Iraqi governorates under current ISO 3166-2 codes', () => {
    const codes = admin1List(['IQ']).map((f) => f.properties.iso);
    expect(codes).toHaveLength(18);
    expect(codes).toContain('IQ-KI');
    expect(codes).not.toContain('IQ-TS');
    expect(new Set(codes).size).toBe(18);
    for (const c of codes) expect(c).toMatch(/^IQ-[A-Z]{2}$/);
  });

  it('lists the 14 Syrian governorates and skips the UNDOF zone', () => {
    const codes = admin1List(['SY']).map((f) => f.properties.iso);
    expect(codes).toHaveLength(14);
    expect(codes.some((c) => c.includes('UNDOF'))).toBe(false);
  });

  it('rejects the retired IQ-TS and names IQ-KI', () => {
    expect(() => admin1('IQ-TS')).toThrow(/IQ-TS.*IQ-KI/);
  });

  it('rejects unknown codes, naming them', () => {
    expect(() => admin1('IQ-XX')).toThrow(/IQ-XX/);
    expect(() => admin1('SY-UNDOF')).toThrow(/SY-UNDOF/);
  });

  it('loads Kirkuk from the Natural Earth IQ-TS polygon', () => {
    const f = admin1('IQ-KI');
    expect(f.properties).toMatchObject({ iso: 'IQ-KI', ne_iso: 'IQ-TS', country: 'IQ' });
    expect(f.properties.name_en).toBe('Kirkuk');
    expect(f.properties.name_ar).toBe('كركوك');
  });

  it('gives clean English and Arabic names for every Iraqi and Syrian province', () => {
    for (const f of admin1List(['IQ', 'SY'])) {
      const { name_en, name_ar } = f.properties;
      expect(name_en).not.toMatch(/Governorate|Province/);
      expect(name_ar).toMatch(/^[\u0600-\u06ff ]+$/);
      expect(name_ar).not.toMatch(/محافظة/);
    }
    expect(admin1('IQ-SD').properties.name_en).toBe('Salah ad-Din');
    expect(admin1('IQ-NI').properties.name_en).toBe('Nineveh');
    expect(admin1('IQ-AN').properties.name_ar).toBe('الأنبار');
  });

  it('cleans administrative words from names', () => {
    expect(cleanAdminName('Al Anbar Governorate')).toBe('Al Anbar');
    expect(cleanAdminName('Saladin Province')).toBe('Saladin');
    expect(cleanAdminName('محافظة البصرة')).toBe('البصرة');
  });

  it('puts Kirkuk city inside IQ-KI and not inside Erbil', () => {
    const kirkuk = point(geonames(KIRKUK_GEONAMES_ID).loc.coordinates);
    expect(booleanPointInPolygon(kirkuk, admin1('IQ-KI'))).toBe(true);
    expect(booleanPointInPolygon(kirkuk, admin1('IQ-AR'))).toBe(false);
  });
});

describe('countries and borders', () => {
  it('loads Iraq from world-atlas', () => {
    const iq = country('IQ');
    expect(iq.properties.name_en).toBe('Iraq');
    const baghdad = point([44.4, 33.34]);
    expect(booleanPointInPolygon(baghdad, iq)).toBe(true);
    expect(booleanPointInPolygon(baghdad, country('SY'))).toBe(false);
  });

  it('measures the Iraq–Syria border at about 600 km', () => {
    const km = lengthKm(sharedBorder('IQ', 'SY'));
    // Published figures: 599 km (CIA World Factbook), "370 miles" ≈ 595 km.
    expect(km).toBeGreaterThan(560);
    expect(km).toBeLessThan(660);
  });

  it('is symmetric and fails for countries without a common border', () => {
    expect(lengthKm(sharedBorder('SY', 'IQ'))).toBeCloseTo(lengthKm(sharedBorder('IQ', 'SY')), 6);
    expect(() => sharedBorder('IQ', 'LB')).toThrow(/IQ and LB share no border/);
    expect(() => country('XX')).toThrow(/XX/);
  });
});

describe('geonames', () => {
  it('finds Kirkuk with plausible coordinates', () => {
    const k = geonames(KIRKUK_GEONAMES_ID);
    expect(k.name).toBe('Kirkuk');
    expect(k.country).toBe('IQ');
    const [lon, lat] = k.loc.coordinates;
    expect(lon).toBeCloseTo(44.39, 1);
    expect(lat).toBeCloseTo(35.47, 1);
  });

  it('throws for an id it does not hold', () => {
    expect(() => geonames(1)).toThrow(/GeoNames id 1 /);
  });

  it('lists cities in a bbox, most populous first', () => {
    const iq = citiesIn(['IQ'], [38, 29, 49, 38]);
    expect(iq[0]?.name).toBe('Baghdad');
    expect(iq.every((c) => c.country === 'IQ')).toBe(true);
    for (let i = 1; i < iq.length; i++) {
      expect(iq[i - 1]!.population).toBeGreaterThanOrEqual(iq[i]!.population);
    }
  });
});
