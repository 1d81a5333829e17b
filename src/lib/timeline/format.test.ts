import { describe, expect, it } from 'vitest';
import type { DateSpec } from '../data/types';
import { formatIsoDate, formatOccurred } from './format';

const spec = (start: string, end: string, precision: DateSpec['precision']): DateSpec => ({
  start,
  end,
  precision,
  basis: 'test',
});

describe('formatOccurred', () => {
  it('says a day, a month or a year at its precision', () => {
    expect(formatOccurred(spec('2019-02-19', '2019-02-19', 'day'))).toBe('19 Feb 2019');
    expect(formatOccurred(spec('2019-02-01', '2019-02-28', 'month'))).toBe('Feb 2019');
    expect(formatOccurred(spec('2019-02-14', '2019-02-14', 'month'))).toBe('Feb 2019');
    expect(formatOccurred(spec('2017-01-01', '2017-12-31', 'year'))).toBe('2017');
  });

  it('says a range of whole months or years without inventing days', () => {
    expect(formatOccurred(spec('2019-02-01', '2019-03-31', 'range'))).toBe('Feb–Mar 2019');
    expect(formatOccurred(spec('2017-10-01', '2017-11-30', 'range'))).toBe('Oct–Nov 2017');
    expect(formatOccurred(spec('2014-01-01', '2015-12-31', 'range'))).toBe('2014–2015');
    expect(formatOccurred(spec('2018-08-01', '2019-02-28', 'range'))).toBe('Aug 2018 – Feb 2019');
  });

  it('says a range of days', () => {
    expect(formatOccurred(spec('2019-02-17', '2019-02-24', 'range'))).toBe('17–24 Feb 2019');
    expect(formatOccurred(spec('2019-03-01', '2019-07-21', 'range'))).toBe('1 Mar – 21 Jul 2019');
    expect(formatOccurred(spec('2018-08-19', '2019-02-28', 'range'))).toBe(
      '19 Aug 2018 – 28 Feb 2019',
    );
  });

  it('is null for an unreadable spec', () => {
    expect(formatOccurred(spec('2019-02-30', '2019-03-01', 'range'))).toBeNull();
  });
});

describe('formatIsoDate', () => {
  it('formats at the written granularity', () => {
    expect(formatIsoDate('2019-07-21')).toBe('21 Jul 2019');
    expect(formatIsoDate('2019-07')).toBe('Jul 2019');
    expect(formatIsoDate('2019')).toBe('2019');
    expect(formatIsoDate('soon')).toBe('soon');
  });
});
