/**
 * The timeline strip: each claim's `occurred` drawn as the span of time the text supports (a day
 * as one day, "March" as the whole month), and a brush that turns pixels back into ISO days for
 * the date filter. All in UTC, pinned: the reader's time zone must not move an event a day.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay } from 'd3-time';
import type { DateSpec } from '../data/types';
import {
  dateSpecInterval,
  type DateBounds,
  formatIsoDay,
  parseIsoDate,
  type IsoDay,
} from '../data/dates';

export interface ClaimInterval {
  claimId: string;
  /** UTC midnight at the start of the first day */
  start: Date;
  /** UTC midnight after the last day (exclusive), so a one-day event is one day wide */
  end: Date;
  precision: DateSpec['precision'];
}

/** What the timeline reads of a claim (the index's facts suffice). */
export interface TimedClaim {
  id: string;
  occurred?: DateBounds | null | undefined;
}

/** Intervals for every dated claim, in input order; undated or malformed dates are skipped. */
export function claimIntervals(claims: readonly TimedClaim[]): ClaimInterval[] {
  const out: ClaimInterval[] = [];
  for (const claim of claims) {
    if (!claim.occurred) continue;
    const interval = dateSpecInterval(claim.occurred);
    if (!interval) continue;
    out.push({
      claimId: claim.id,
      start: interval[0],
      end: interval[1],
      precision: claim.occurred.precision,
    });
  }
  return out;
}

/** Earliest start and latest end of the claims' intervals; null when none is dated. */
export function timelineExtent(claims: readonly TimedClaim[]): [Date, Date] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const { start, end } of claimIntervals(claims)) {
    lo = Math.min(lo, start.getTime());
    hi = Math.max(hi, end.getTime());
  }
  return lo === Infinity ? null : [new Date(lo), new Date(hi)];
}

/** The year the map covers, used when no claim is dated. */
const DEFAULT_EXTENT: readonly [IsoDay, IsoDay] = ['2019-01-01', '2020-01-01'];

/** A UTC time scale from the extent (or all of 2019) onto `[0, width]` pixels. */
export function timeScale(extent: [Date, Date] | null, width: number): ScaleTime<number, number> {
  const domain = extent ?? [
    parseIsoDate(DEFAULT_EXTENT[0])!.date,
    parseIsoDate(DEFAULT_EXTENT[1])!.date,
  ];
  return scaleUtc()
    .domain(domain)
    .range([0, Math.max(0, width)]);
}

/**
 * Brush pixels → inclusive ISO day range. The brush covers every day it touches: from the day
 * under `x0` through the day under `x1`, where an edge exactly on midnight does not pull in the
 * following day. Pixels are clamped to the scale's range and may be given in either order.
 */
export function brushToRange(
  x0: number,
  x1: number,
  scale: ScaleTime<number, number>,
): [IsoDay, IsoDay] {
  const [r0, r1] = scale.range() as [number, number];
  const clamp = (x: number) => Math.min(Math.max(x, Math.min(r0, r1)), Math.max(r0, r1));
  const [a, b] = [clamp(x0), clamp(x1)].sort((m, n) => m - n) as [number, number];
  const start = utcDay.floor(scale.invert(a));
  // The end edge is exclusive: the last day touched is the one before ceil(end).
  let last = utcDay.offset(utcDay.ceil(scale.invert(b)), -1);
  if (last < start) last = start;
  return [formatIsoDay(start), formatIsoDay(last)];
}

/** Inclusive ISO day range → brush pixels `[x0, x1]` (the inverse of `brushToRange`). */
export function rangeToBrush(
  range: readonly [IsoDay, IsoDay],
  scale: ScaleTime<number, number>,
): [number, number] | null {
  const a = parseIsoDate(range[0]);
  const b = parseIsoDate(range[1]);
  if (a?.granularity !== 'day' || b?.granularity !== 'day') return null;
  return [scale(a.date), scale(utcDay.offset(b.date, 1))];
}
