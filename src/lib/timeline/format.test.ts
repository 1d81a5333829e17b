import { describe, expect, it } from 'vitest';
import type { DateSpec } from '../data/types';
import { formatInterval, formatIsoDate, formatOccurred, formatTick } from './format';

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

describe('formatInterval', () => {
  const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

  it('names the stretch the strip shows as briefly as its edges allow', () => {
    expect(formatInterval(utc('2019-01-01'), utc('2019-08-01'))).toBe('Jan–Jul 2019');
    expect(formatInterval(utc('2011-01-01'), utc('2019-08-01'))).toBe('Jan 2011 – Jul 2019');
    expect(formatInterval(utc('2019-02-04'), utc('2019-02-18'))).toBe('4–17 Feb 2019');
  });
});

describe('formatTick', () => {
  const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

  it('names the year at its start, months at theirs, and days by number', () => {
    expect(formatTick(utc('2019-01-01'))).toBe('2019');
    expect(formatTick(utc('2019-02-01'))).toBe('Feb');
    expect(formatTick(utc('2019-02-18'))).toBe('18');
  });
});
