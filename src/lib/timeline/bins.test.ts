import { describe, expect, it } from 'vitest';
import { binIntervals, binUnit, stripMarks, STRIP_LIMITS } from './bins';
import { DAY, interval, utc } from './fake-intervals';
import { timeScale, type ClaimInterval } from './timeline';

/** One claim a day for `days` days from 2019-01-01, ids d0, d1, … */
function daily(days: number, perDay = 1): ClaimInterval[] {
  const out: ClaimInterval[] = [];
  for (let d = 0; d < days; d++) {
    const start = new Date(utc('2019-01-01').getTime() + d * DAY);
    for (let k = 0; k < perDay; k++) {
      out.push({
        claimId: `d${d}-${k}`,
        start,
        end: new Date(start.getTime() + DAY),
        precision: 'day',
      });
    }
  }
  return out;
}

describe('binUnit', () => {
  it('picks the finest unit whose bins are wide enough', () => {
    const year = [utc('2019-01-01'), utc('2020-01-01')] as [Date, Date];
    expect(binUnit(timeScale(year, 2000), 4)).toBe('day'); // 365 × 4 ≤ 2000
    expect(binUnit(timeScale(year, 320), 4)).toBe('week'); // 53 × 4 ≤ 320
    expect(binUnit(timeScale(year, 60), 4)).toBe('month'); // 53 × 4 > 60 ≥ 12 × 4
    const decade = [utc('2010-01-01'), utc('2020-01-01')] as [Date, Date];
    expect(binUnit(timeScale(decade, 100), 4)).toBe('year');
  });
});

describe('binIntervals', () => {
  const march = [utc('2019-03-01'), utc('2019-04-01')] as [Date, Date];

  it('counts each claim in every bin it overlaps, as the date filter would match it', () => {
    const { unit, bins } = binIntervals(
      [
        interval('a', '2019-03-02', '2019-03-02'),
        interval('b', '2019-03-02', '2019-03-04'),
        interval('before', '2019-02-01', '2019-02-28'),
        interval('clipped', '2019-02-20', '2019-03-01'),
      ],
      timeScale(march, 31 * 10),
      (id) => id !== 'b',
      4,
    );
    expect(unit).toBe('day');
    expect(bins).toHaveLength(31);
    expect(bins.slice(0, 5).map((b) => [b.total, b.shown])).toEqual([
      [1, 1], // 1 March: the claim clipped at the strip's start
      [2, 1], // 2 March: a and b (b is not shown)
      [1, 0],
      [1, 0],
      [0, 0],
    ]);
    expect(bins[1]!.x).toBeCloseTo(10);
    expect(bins[1]!.width).toBeCloseTo(10);
  });

  it('keeps the number of bins bounded by the width, whatever the number of claims', () => {
    const claims = daily(365, 30); // 10,950 claims
    const { unit, bins } = binIntervals(
      claims,
      timeScale([utc('2019-01-01'), utc('2020-01-01')], 320),
      () => true,
    );
    expect(unit).toBe('week');
    expect(bins.length).toBeLessThanOrEqual(320 / 4 + 1);
    // A full Monday-to-Sunday week holds 7 × 30 claims.
    expect(bins[1]!.total).toBe(210);
  });
});

describe('stripMarks', () => {
  const year = [utc('2019-01-01'), utc('2020-01-01')] as [Date, Date];

  it('draws a few claims one bar each, in lanes', () => {
    const m = stripMarks(daily(20), timeScale(year, 320), () => true);
    expect(m.kind).toBe('lanes');
    if (m.kind === 'lanes') expect(m.marks).toHaveLength(20);
  });

  it('bins when there are too many claims in view, or too many lanes', () => {
    const many = stripMarks(daily(365, 2), timeScale(year, 320), () => true);
    expect(many.kind).toBe('bins');
    // 40 claims on one day: few enough marks, but 40 lanes.
    const stacked = stripMarks(
      daily(1, STRIP_LIMITS.maxLanes + 12),
      timeScale(year, 320),
      () => true,
    );
    expect(stacked.kind).toBe('bins');
    if (stacked.kind === 'bins') expect(stacked.max).toBe(STRIP_LIMITS.maxLanes + 12);
  });

  it('draws zoomed-in claims as bars again when few remain in view', () => {
    const feb = [utc('2019-02-01'), utc('2019-02-15')] as [Date, Date];
    expect(stripMarks(daily(365, 2), timeScale(feb, 320), () => true).kind).toBe('lanes');
  });
});
