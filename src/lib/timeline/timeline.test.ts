import { afterEach, describe, expect, it } from 'vitest';
import type { DateSpec } from '../data/types';
import { dateSpecDays, isIsoDay, parseIsoDate } from '../data/dates';
import { brushToRange, claimIntervals, rangeToBrush, timelineExtent, timeScale } from './timeline';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

function claim(id: string, occurred?: DateSpec) {
  return { id, occurred };
}
const spec = (start: string, end: string, precision: DateSpec['precision']): DateSpec => ({
  start,
  end,
  precision,
  basis: 'test',
});

describe('dates', () => {
  it('parses days, months and years and rejects impossible dates', () => {
    expect(parseIsoDate('2019-07-21')).toEqual({ date: utc('2019-07-21'), granularity: 'day' });
    expect(parseIsoDate('2019-07')).toEqual({ date: utc('2019-07-01'), granularity: 'month' });
    expect(parseIsoDate('2019')).toEqual({ date: utc('2019-01-01'), granularity: 'year' });
    for (const bad of ['2019-02-29', '2019-13', '2019-00-10', '2019-7-1', '19-07-21', 'x', '']) {
      expect(parseIsoDate(bad), bad).toBeNull();
    }
    expect(isIsoDay('2020-02-29')).toBe(true);
  });

  it('reads a date spec at its precision', () => {
    expect(dateSpecDays(spec('2019-07-21', '2019-07-21', 'day'))).toEqual([
      '2019-07-21',
      '2019-07-21',
    ]);
    expect(dateSpecDays(spec('2019-02', '2019-02', 'month'))).toEqual(['2019-02-01', '2019-02-28']);
    expect(dateSpecDays(spec('2019-03-14', '2019-03-20', 'month'))).toEqual([
      '2019-03-01',
      '2019-03-31',
    ]);
    expect(dateSpecDays(spec('2019', '2019', 'year'))).toEqual(['2019-01-01', '2019-12-31']);
    expect(dateSpecDays(spec('2019-01-20', '2019-07-21', 'range'))).toEqual([
      '2019-01-20',
      '2019-07-21',
    ]);
    expect(dateSpecDays(spec('2019-07-21', '2019-01-20', 'range'))).toBeNull();
  });
});

describe('claimIntervals', () => {
  it('draws a day as one day, a month as the month and a range as given', () => {
    expect(
      claimIntervals([
        claim('day', spec('2019-07-21', '2019-07-21', 'day')),
        claim('month', spec('2019-03', '2019-03', 'month')),
        claim('range', spec('2019-01-20', '2019-07-21', 'range')),
        claim('undated'),
        claim('broken', spec('2019-02-30', '2019-02-30', 'day')),
      ]),
    ).toEqual([
      { claimId: 'day', start: utc('2019-07-21'), end: utc('2019-07-22'), precision: 'day' },
      { claimId: 'month', start: utc('2019-03-01'), end: utc('2019-04-01'), precision: 'month' },
      { claimId: 'range', start: utc('2019-01-20'), end: utc('2019-07-22'), precision: 'range' },
    ]);
  });
});

describe('timelineExtent', () => {
  it('spans the earliest start to the latest end', () => {
    expect(
      timelineExtent([
        claim('a', spec('2019-03', '2019-03', 'month')),
        claim('b', spec('2019-07-21', '2019-07-21', 'day')),
        claim('c'),
      ]),
    ).toEqual([utc('2019-03-01'), utc('2019-07-22')]);
  });

  it('is null when nothing is dated', () => {
    expect(timelineExtent([claim('a')])).toBeNull();
  });
});

describe('timeScale and brush', () => {
  // 2019 has 365 days; 730 px gives exactly 2 px per day.
  const scale = () => timeScale([utc('2019-01-01'), utc('2020-01-01')], 730);

  it('maps the extent onto the width', () => {
    expect(scale()(utc('2019-01-01'))).toBe(0);
    expect(scale()(utc('2020-01-01'))).toBe(730);
    expect(scale()(utc('2019-01-02'))).toBe(2);
  });

  it('defaults to all of 2019 without an extent', () => {
    expect(timeScale(null, 730).domain()).toEqual([utc('2019-01-01'), utc('2020-01-01')]);
  });

  it('turns a brush into the inclusive days it touches', () => {
    expect(brushToRange(0, 2, scale())).toEqual(['2019-01-01', '2019-01-01']);
    expect(brushToRange(1, 3, scale())).toEqual(['2019-01-01', '2019-01-02']);
    expect(brushToRange(2 * 59, 2 * 90, scale())).toEqual(['2019-03-01', '2019-03-31']);
  });

  it('accepts reversed and out-of-range pixels', () => {
    expect(brushToRange(3, 1, scale())).toEqual(['2019-01-01', '2019-01-02']);
    expect(brushToRange(-50, 9999, scale())).toEqual(['2019-01-01', '2019-12-31']);
  });

  it('yields one day for a zero-width brush', () => {
    expect(brushToRange(5, 5, scale())).toEqual(['2019-01-03', '2019-01-03']);
  });

  it('round-trips a day range through brush pixels', () => {
    const range: [string, string] = ['2019-03-10', '2019-06-05'];
    const px = rangeToBrush(range, scale())!;
    expect(brushToRange(px[0], px[1], scale())).toEqual(range);
    expect(rangeToBrush(['2019-03', '2019-04-01'], scale())).toBeNull();
  });
});

describe('time zone independence', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  it.each(['America/Los_Angeles', 'Asia/Baghdad', 'Pacific/Kiritimati'])(
    'gives the same days in %s',
    (tz) => {
      process.env.TZ = tz;
      const s = timeScale([utc('2019-01-01'), utc('2020-01-01')], 730);
      expect(brushToRange(2 * 59, 2 * 90, s)).toEqual(['2019-03-01', '2019-03-31']);
      expect(
        claimIntervals([claim('d', spec('2019-07-21', '2019-07-21', 'day'))])[0]!.start,
      ).toEqual(utc('2019-07-21'));
      expect(dateSpecDays(spec('2019-03', '2019-03', 'month'))).toEqual([
        '2019-03-01',
        '2019-03-31',
      ]);
    },
  );
});
