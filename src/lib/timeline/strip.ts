/**
 * Layout for the timeline strip: the most it can show, where each claim's bar sits
 * (stacked in lanes so no two overlap), and how the keyboard's two date fields become a range.
 */
import type { ScaleTime } from 'd3-scale';
import { utcMonth } from 'd3-time';
import type { DateSpec } from '../data/types';
import type { ClaimInterval } from './timeline';
import { isIsoDay, formatIsoDay, type IsoDay } from '../data/dates';

/**
 * The most the strip can show: the claims' whole extent rounded out to months. Zooming out stops
 * here; the opening view (see `focusDomain`) is usually a small part of it.
 */
export function stripBounds(extent: [Date, Date]): [Date, Date] {
  return [utcMonth.floor(extent[0]), utcMonth.ceil(extent[1])];
}

export interface TimelineMark {
  claimId: string;
  precision: DateSpec['precision'];
  /** left edge and width in px, clipped to the strip */
  x: number;
  width: number;
  /** 0 = top lane */
  lane: number;
  /** the interval starts before the strip's domain */
  clippedStart: boolean;
  /** the interval ends after the strip's domain */
  clippedEnd: boolean;
}

/**
 * Place each interval on the strip: clipped to `[0, width]`, at least `minWidth` px wide (a day
 * is a tick), and stacked into the first lane where it does not touch a neighbour (`gap` px).
 * Longer spans are placed first within equal starts so ticks fill in around them. Intervals
 * entirely outside the domain are left out. Output order = input order of those kept.
 */
export function layoutMarks(
  intervals: readonly ClaimInterval[],
  scale: ScaleTime<number, number>,
  { minWidth = 2, gap = 2 }: { minWidth?: number; gap?: number } = {},
): { marks: TimelineMark[]; lanes: number; hidden: number } {
  const [r0, r1] = scale.range() as [number, number];
  const [d0, d1] = scale.domain() as [Date, Date];
  const kept: TimelineMark[] = [];
  let hidden = 0;
  for (const it of intervals) {
    if (it.end <= d0 || it.start >= d1) {
      hidden++;
      continue;
    }
    const a = Math.max(r0, scale(it.start));
    const b = Math.min(r1, scale(it.end));
    let width = Math.max(minWidth, b - a);
    const x = Math.min(a, r1 - width);
    width = Math.min(width, r1 - Math.max(r0, x));
    kept.push({
      claimId: it.claimId,
      precision: it.precision,
      x: Math.max(r0, x),
      width,
      lane: 0,
      clippedStart: it.start < d0,
      clippedEnd: it.end > d1,
    });
  }
  const order = kept
    .map((m, i) => i)
    .sort((i, j) => kept[i]!.x - kept[j]!.x || kept[j]!.width - kept[i]!.width);
  const laneEnds: number[] = [];
  for (const i of order) {
    const m = kept[i]!;
    let lane = laneEnds.findIndex((end) => end + gap <= m.x);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = m.x + m.width;
    m.lane = lane;
  }
  return { marks: kept, lanes: laneEnds.length, hidden };
}

/** A date field's value is a usable day: complete, real, and in a plausible century. */
function usable(value: string): boolean {
  if (!isIsoDay(value)) return false;
  // While a year is being typed, Chromium reports 0002, 0020, 0201…: not yet a date to filter by.
  const year = Number(value.slice(0, 4));
  return year >= 1900 && year <= 2100;
}

/**
 * The two keyboard date fields → the date filter. Both empty: no range (null). One empty: open
 * on that side, bounded by the data's `bounds`. Reversed: swapped. A field still being typed:
 * `undefined`, meaning "leave the filter as it is".
 */
export function rangeFromInputs(
  from: string,
  to: string,
  bounds: readonly [IsoDay, IsoDay],
): [IsoDay, IsoDay] | null | undefined {
  if (from === '' && to === '') return null;
  if ((from !== '' && !usable(from)) || (to !== '' && !usable(to))) return undefined;
  const a = from === '' ? (bounds[0] <= to ? bounds[0] : to) : from;
  const b = to === '' ? (bounds[1] >= from ? bounds[1] : from) : to;
  return a <= b ? [a, b] : [b, a];
}

/** The inclusive ISO days a domain covers (its end is exclusive). */
export function domainDays(domain: readonly [Date, Date]): [IsoDay, IsoDay] {
  return [formatIsoDay(domain[0]), formatIsoDay(new Date(domain[1].getTime() - 86_400_000))];
}
