import { describe, expect, it } from 'vitest';
import { domainDays, layoutMarks, rangeFromInputs, stripBounds } from './strip';
import { timeScale, type ClaimInterval } from './timeline';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

function interval(claimId: string, start: string, end: string): ClaimInterval {
  return { claimId, start: utc(start), end: utc(end), precision: 'range' };
}

describe('stripBounds', () => {
  const extent: [Date, Date] = [utc('2011-01-01'), utc('2019-07-22')];

  it('covers the whole extent, rounded out to months', () => {
    expect(stripBounds(extent)).toEqual([utc('2011-01-01'), utc('2019-08-01')]);
    const short: [Date, Date] = [utc('2018-03-05'), utc('2019-01-10')];
    expect(stripBounds(short)).toEqual([utc('2018-03-01'), utc('2019-02-01')]);
  });

  it('domainDays gives the inclusive last day', () => {
    expect(domainDays([utc('2017-01-01'), utc('2019-08-01')])).toEqual([
      '2017-01-01',
      '2019-07-31',
    ]);
  });
});

describe('layoutMarks', () => {
  // 100 days onto 100 px: one px a day
  const scale = timeScale([utc('2019-01-01'), utc('2019-04-11')], 100);

  it('stacks overlapping intervals in lanes and reuses a lane once it is free', () => {
    const { marks, lanes } = layoutMarks(
      [
        interval('a', '2019-01-01', '2019-01-31'),
        interval('b', '2019-01-10', '2019-01-20'),
        interval('c', '2019-02-15', '2019-02-20'),
      ],
      scale,
    );
    expect(marks.map((m) => [m.claimId, m.lane])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 0],
    ]);
    expect(lanes).toBe(2);
  });

  it('gives a day a minimum width and keeps neighbours that touch apart', () => {
    const { marks, lanes } = layoutMarks(
      [interval('d1', '2019-01-05', '2019-01-06'), interval('d2', '2019-01-06', '2019-01-07')],
      scale,
      { minWidth: 2, gap: 1 },
    );
    expect(marks[0]!.width).toBe(2);
    expect(lanes).toBe(2);
  });

  it('clips to the strip, flags a clipped start, and leaves out what is outside', () => {
    const { marks, hidden } = layoutMarks(
      [
        interval('old', '2014-01-01', '2016-01-01'),
        interval('straddle', '2018-06-01', '2019-01-11'),
        interval('late', '2019-04-10', '2019-06-01'),
      ],
      scale,
    );
    expect(hidden).toBe(1);
    expect(marks.map((m) => m.clippedEnd)).toEqual([false, true]);
    // 'late' is one px inside the end: widened to the minimum, it is moved left to stay inside
    expect(marks.map((m) => [m.claimId, m.x, m.width, m.clippedStart])).toEqual([
      ['straddle', 0, 10, true],
      ['late', 98, 2, false],
    ]);
  });
});

describe('rangeFromInputs', () => {
  const bounds = ['2017-01-01', '2019-07-31'] as const;

  it('is null when both fields are empty', () => {
    expect(rangeFromInputs('', '', bounds)).toBeNull();
  });

  it('opens a side that is empty up to the data’s bounds', () => {
    expect(rangeFromInputs('2019-02-01', '', bounds)).toEqual(['2019-02-01', '2019-07-31']);
    expect(rangeFromInputs('', '2018-05-05', bounds)).toEqual(['2017-01-01', '2018-05-05']);
    expect(rangeFromInputs('2020-01-01', '', bounds)).toEqual(['2020-01-01', '2020-01-01']);
  });

  it('swaps a reversed range', () => {
    expect(rangeFromInputs('2019-03-01', '2019-01-01', bounds)).toEqual([
      '2019-01-01',
      '2019-03-01',
    ]);
  });

  it('waits while a year is still being typed or a day is impossible', () => {
    expect(rangeFromInputs('0201-02-01', '', bounds)).toBeUndefined();
    expect(rangeFromInputs('2019-02-30', '', bounds)).toBeUndefined();
  });
});
