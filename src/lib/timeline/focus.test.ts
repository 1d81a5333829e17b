import { describe, expect, it } from 'vitest';
import {
  clampDomain,
  densestWindow,
  focusDomain,
  MIN_SPAN_MS,
  outsideCounts,
  panDomain,
  roundOut,
  sameDomain,
  zoomDomain,
  type Domain,
} from './focus';
import { DAY, interval, utc } from './fake-intervals';
import type { ClaimInterval } from './timeline';

/**
 * The shape of the real corpus: a few long, vague background claims years back, a handful in
 * 2017, and the story itself packed into the first half of 2019.
 */
function corpus(): ClaimInterval[] {
  const out = [
    interval('resurgence', '2011-01-01', '2014-12-31'),
    interval('caliphate', '2014-01-01', '2015-12-31'),
    ...Array.from({ length: 5 }, (_, i) => interval(`y2017-${i}`, '2017-01-01', '2017-12-31')),
    interval('operation', '2018-08-19', '2019-02-28'),
  ];
  for (let i = 0; i < 16; i++) out.push(interval(`feb-${i}`, '2019-02-01', '2019-02-28'));
  for (let i = 0; i < 5; i++) out.push(interval(`jul-${i}`, '2019-07-01', '2019-07-21'));
  out.push(interval('strike', '2019-02-19', '2019-02-19'));
  return out;
}
const BOUNDS: Domain = [utc('2011-01-01'), utc('2019-08-01')];

describe('densestWindow', () => {
  it('finds the shortest stretch holding two thirds of the weight', () => {
    // 16 + 1 February claims of 30 weigh 17/30 < 2/3, so the window must reach into July.
    const w = densestWindow(corpus(), BOUNDS)!;
    expect(w[0].getTime()).toBeGreaterThanOrEqual(utc('2019-01-01').getTime());
    expect(w[1].getTime()).toBeLessThanOrEqual(utc('2019-07-22').getTime());
    expect(w[1].getTime()).toBeGreaterThan(utc('2019-07-01').getTime());
  });

  it('lets a long vague claim weigh little on each day it spans', () => {
    const long = [interval('decade', '2010-01-01', '2019-12-31')];
    const w = densestWindow(
      [...long, interval('day', '2019-02-19', '2019-02-19')],
      [utc('2010-01-01'), utc('2020-01-01')],
    )!;
    // One precise claim carries half the weight: the densest window sits on it.
    expect(w[0] <= utc('2019-02-19') && w[1] >= utc('2019-02-20')).toBe(true);
    expect(w[1].getTime() - w[0].getTime()).toBeLessThan(4 * 365 * DAY);
  });

  it('is null when nothing is dated inside the bounds', () => {
    expect(densestWindow([], BOUNDS)).toBeNull();
    expect(densestWindow([interval('x', '2001-01-01', '2001-02-01')], BOUNDS)).toBeNull();
  });
});

describe('focusDomain', () => {
  it('opens on the dense months, padded and rounded out to months', () => {
    const d = focusDomain(corpus(), BOUNDS);
    expect(d).toEqual([utc('2019-01-01'), utc('2019-08-01')]);
    // 2019 takes the whole view, where the full extent would give it under a tenth.
    const whole = BOUNDS[1].getTime() - BOUNDS[0].getTime();
    expect((d[1].getTime() - utc('2019-01-01').getTime()) / whole).toBeLessThan(0.1);
  });

  it('shows everything when the claims are spread evenly', () => {
    const even = Array.from({ length: 12 }, (_, m) => {
      const mm = String(m + 1).padStart(2, '0');
      return interval(`m${mm}`, `2019-${mm}-01`, `2019-${mm}-28`);
    });
    const bounds: Domain = [utc('2019-01-01'), utc('2020-01-01')];
    expect(focusDomain(even, bounds)).toEqual(bounds);
  });

  it('never opens narrower than the minimum span, nor outside the bounds', () => {
    const bounds: Domain = [utc('2015-01-01'), utc('2019-03-01')];
    const d = focusDomain(
      [interval('old', '2015-01-01', '2015-01-31'), interval('day', '2019-02-19', '2019-02-19')],
      bounds,
    );
    expect(d[1].getTime() - d[0].getTime()).toBeGreaterThanOrEqual(MIN_SPAN_MS);
    expect(d[0] >= bounds[0] && d[1] <= bounds[1]).toBe(true);
  });

  it('falls back to the bounds when nothing is dated', () => {
    expect(focusDomain([], BOUNDS)).toEqual(BOUNDS);
  });
});

describe('roundOut', () => {
  it('rounds long spans to months, a few weeks to Mondays, short spans to days', () => {
    expect(roundOut([utc('2019-01-14'), utc('2019-07-22')])).toEqual([
      utc('2019-01-01'),
      utc('2019-08-01'),
    ]);
    // 2019-02-06 is a Wednesday; the Monday before is 02-04, the one after 03-18 is 03-25.
    expect(roundOut([utc('2019-02-06'), utc('2019-03-20')])).toEqual([
      utc('2019-02-04'),
      utc('2019-03-25'),
    ]);
    expect(roundOut([new Date(utc('2019-02-06').getTime() + 3600_000), utc('2019-02-10')])).toEqual(
      [utc('2019-02-06'), utc('2019-02-10')],
    );
  });
});

describe('zoomDomain and panDomain', () => {
  const bounds: Domain = [utc('2019-01-01'), utc('2020-01-01')];
  const half: Domain = [utc('2019-03-01'), utc('2019-09-01')];
  const span = (d: Domain) => d[1].getTime() - d[0].getTime();

  it('zooms in about the anchor, keeping that instant under it', () => {
    const z = zoomDomain(half, 2, 0.25, bounds);
    expect(span(z)).toBeCloseTo(span(half) / 2, -3);
    const at = (d: Domain) => d[0].getTime() + span(d) * 0.25;
    expect(at(z)).toBeCloseTo(at(half), -3);
  });

  it('zooms out no further than the bounds, and in no further than the minimum span', () => {
    expect(zoomDomain(half, 0.1, 0.5, bounds)).toEqual(bounds);
    expect(span(zoomDomain(half, 1e6, 0.5, bounds))).toBe(MIN_SPAN_MS);
  });

  it('stays inside the bounds when zooming out near an edge', () => {
    const early: Domain = [utc('2019-01-01'), utc('2019-02-01')];
    const z = zoomDomain(early, 0.5, 0, bounds);
    expect(z[0]).toEqual(bounds[0]);
    expect(span(z)).toBe(2 * span(early));
  });

  it('pans by the given time, stopping at the bounds', () => {
    const p = panDomain(half, 30 * DAY, bounds);
    expect(span(p)).toBe(span(half));
    expect(p[0].getTime()).toBe(half[0].getTime() + 30 * DAY);
    expect(panDomain(half, -400 * DAY, bounds)[0]).toEqual(bounds[0]);
    expect(panDomain(half, 400 * DAY, bounds)[1]).toEqual(bounds[1]);
  });

  it('clamps a domain wider than the bounds to them', () => {
    expect(clampDomain([utc('2018-01-01'), utc('2021-01-01')], bounds)).toEqual(bounds);
    expect(sameDomain(clampDomain(half, bounds), half)).toBe(true);
  });
});

describe('outsideCounts', () => {
  it('counts claims wholly before and wholly after the view, not those it clips', () => {
    const view: Domain = [utc('2019-01-01'), utc('2019-08-01')];
    expect(outsideCounts(corpus(), view)).toEqual({ earlier: 7, later: 0 });
    const counts = outsideCounts(corpus(), [utc('2019-01-01'), utc('2019-03-01')]);
    expect(counts).toEqual({ earlier: 7, later: 5 });
  });
});
