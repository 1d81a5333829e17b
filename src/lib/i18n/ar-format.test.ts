import { describe, expect, it } from 'vitest';
import type { DateBounds } from '../data/dates';
import { describePrecision, geometryFacts } from '../citations/panel-model';
import { ar } from './ar';
import { en } from './en';

const f = ar.format;
const utc = (y: number, m: number, d = 1) => new Date(Date.UTC(y, m - 1, d));
const spec = (start: string, end: string, precision: DateBounds['precision']): DateBounds => ({
  start,
  end,
  precision,
});

describe('Arabic dates', () => {
  it('names an ISO date at its own precision', () => {
    expect(f.isoDate('2019-02-19')).toBe('19 فبراير 2019');
    expect(f.isoDate('2019-02')).toBe('فبراير 2019');
    expect(f.isoDate('2019')).toBe('2019');
    expect(f.isoDate('early 2019')).toBe('early 2019');
  });

  it('names an interval as coarsely as its ends are aligned, sharing what the ends share', () => {
    expect(f.interval(utc(2017, 1), utc(2018, 1))).toBe('2017');
    expect(f.interval(utc(2017, 1), utc(2020, 1))).toBe('2017–2019');
    expect(f.interval(utc(2019, 1), utc(2019, 8))).toBe('يناير – يوليو 2019');
    expect(f.interval(utc(2019, 2), utc(2019, 3))).toBe('فبراير 2019');
    expect(f.interval(utc(2019, 2, 17), utc(2019, 2, 25))).toBe('17–24 فبراير 2019');
    expect(f.interval(utc(2018, 12, 30), utc(2019, 1, 3))).toBe('30 ديسمبر 2018 – 2 يناير 2019');
  });

  it("words a claim's date at the precision its text supports, a range as one", () => {
    expect(f.occurred(spec('2019-07-21', '2019-07-21', 'day'))).toBe('21 يوليو 2019');
    expect(f.occurred(spec('2019-07-14', '2019-07-14', 'month'))).toBe('يوليو 2019');
    expect(f.occurred(spec('2017-10', '2017-11', 'month'))).toBe('أكتوبر – نوفمبر 2017');
    expect(f.occurred(spec('2017', '2017', 'year'))).toBe('2017');
    expect(f.occurred(spec('2019-07-01', '2019-07-21', 'range'))).toBe(
      'في وقت ما بين 1–21 يوليو 2019',
    );
    expect(f.occurred(spec('soon', 'later', 'day'))).toBe('soon – later');
    expect(f.occurredShort(spec('2019-02-17', '2019-02-24', 'range'))).toBe('17–24 فبراير 2019');
    expect(f.occurredShort(spec('soon', 'soon', 'day'))).toBeNull();
  });

  it('ticks the axis with the year, the month or the day', () => {
    expect(f.tick(utc(2019, 1))).toBe('2019');
    expect(f.tick(utc(2019, 2))).toBe('فبراير');
    expect(f.tick(utc(2019, 2, 18))).toBe('18');
  });

  it('names every day of a playback window, and the date filter in force', () => {
    expect(f.windowLabel('month', '2019-03-01')).toBe('1–31 مارس 2019');
    expect(f.windowLabel('week', '2019-12-30')).toBe('30 ديسمبر 2019 – 5 يناير 2020');
    expect(f.dateRange(null)).toBe('كل التواريخ');
    expect(f.dateRange(['2019-02-01', '2019-03-31'])).toBe('1 فبراير 2019 – 31 مارس 2019');
  });
});

describe('Arabic place facts', () => {
  const town = {
    kind: 'town' as const,
    precision: 'settlement' as const,
    geometry_source: 'GeoNames 98182',
    approximate: false,
    geonames_id: 98182,
    province: 'IQ-AN',
  };

  it('says how precisely the place is known, in the same cases as the English', () => {
    expect(f.precisionSentence(town, ar.precision.settlement, ar.kind.town)).toBe(
      'بلدة أو مدينة — بلدة؛ الموقع من GeoNames',
    );
    const desert = { ...town, kind: 'region' as const, precision: 'region' as const };
    delete (desert as { geonames_id?: number }).geonames_id;
    expect(f.precisionSentence(desert, ar.precision.region, ar.kind.region)).toBe(
      'منطقة — منطقة تقريبية',
    );
    const river = { ...desert, kind: 'river' as const, uncertainty_km: 5 };
    expect(f.precisionSentence(river, ar.precision.region, ar.kind.river)).toBe(
      'منطقة — في مكان ما على امتداد النهر (± 5 كم)',
    );
  });

  it('labels the geometry facts in Arabic and keeps their data as it is', () => {
    const facts = f.geometryFacts({ ...town, approximate: true, uncertainty_km: 2 });
    expect(facts.map((x) => x.label)).toEqual([
      'مصدر الرسم',
      'معرّف GeoNames',
      'ISO 3166-2',
      'هامش الخطأ',
      'الحدود المرسومة',
    ]);
    expect(facts.map((x) => x.value).slice(0, 4)).toEqual([
      'GeoNames 98182',
      '98182',
      'IQ-AN',
      '± 2 كم',
    ]);
  });

  it('leaves the English to the helpers the pipeline shares', () => {
    expect(en.format.precisionSentence(town, 'x', 'y')).toBe(describePrecision(town));
    expect(en.format.geometryFacts(town)).toEqual(geometryFacts(town));
  });
});
