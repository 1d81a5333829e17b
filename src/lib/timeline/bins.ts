/**
 * How the strip draws its claims: one bar per claim in stacked lanes while that stays legible
 * (and each bar can be clicked open), a histogram of claims per day, week, month or year once the
 * claims are too many. The histogram keeps the strip's element count bounded by its width, not by
 * the number of claims, so 10^4 claims cost the page no more than a few dozen.
 */
import type { ScaleTime } from 'd3-scale';
import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval } from 'd3-time';
import type { ClaimInterval } from './timeline';
import { layoutMarks, type TimelineMark } from './strip';

export type BinUnit = 'day' | 'week' | 'month' | 'year';

const UNITS: readonly [BinUnit, CountableTimeInterval][] = [
  ['day', utcDay],
  ['week', utcMonday],
  ['month', utcMonth],
  ['year', utcYear],
];

export interface TimelineBin {
  /** UTC start of the day, week, month or year; `end` exclusive */
  start: Date;
  end: Date;
  /** left edge and width in px, clipped to the strip */
  x: number;
  width: number;
  /** claims whose interval overlaps the bin (the date filter's rule, so brushing it agrees) */
  total: number;
  /** of those, the claims `isShown` keeps */
  shown: number;
}

/** The finest unit whose bins are at least `minPx` wide on this scale. */
export function binUnit(scale: ScaleTime<number, number>, minPx: number): BinUnit {
  const [d0, d1] = scale.domain() as [Date, Date];
  const [r0, r1] = scale.range() as [number, number];
  const px = Math.abs(r1 - r0);
  for (const [name, interval] of UNITS) {
    if (interval.count(interval.floor(d0), d1) * minPx <= px) return name;
  }
  return 'year';
}

/** Index of the last start ≤ t (binary search; -1 before the first). */
function lastAtOrBefore(starts: readonly number[], t: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let out = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= t) {
      out = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return out;
}

/**
 * Count the claims overlapping each bin of the scale's domain, in bins of at least `minPx`.
 * A claim spanning several bins counts in each (as it matches a date range over any of them).
 * Linear in claims (times a log for the search) plus bins, via a difference array.
 */
export function binIntervals(
  intervals: readonly ClaimInterval[],
  scale: ScaleTime<number, number>,
  isShown: (claimId: string) => boolean,
  minPx = 4,
): { unit: BinUnit; bins: TimelineBin[] } {
  const unit = binUnit(scale, minPx);
  const interval = UNITS.find(([name]) => name === unit)![1];
  const [d0, d1] = scale.domain() as [Date, Date];
  const [r0, r1] = scale.range() as [number, number];
  const starts = interval.range(interval.floor(d0), d1).map((d) => d.getTime());
  const n = starts.length;
  const total = new Int32Array(n + 1);
  const shown = new Int32Array(n + 1);
  for (const it of intervals) {
    if (it.end <= d0 || it.start >= d1) continue;
    const first = Math.max(0, lastAtOrBefore(starts, it.start.getTime()));
    // The end is exclusive: the last bin is the one holding the instant just before it.
    const last = lastAtOrBefore(starts, it.end.getTime() - 1);
    if (last < first) continue;
    total[first]! += 1;
    total[last + 1]! -= 1;
    if (isShown(it.claimId)) {
      shown[first]! += 1;
      shown[last + 1]! -= 1;
    }
  }
  const bins: TimelineBin[] = [];
  let t = 0;
  let s = 0;
  for (let i = 0; i < n; i++) {
    t += total[i]!;
    s += shown[i]!;
    const start = new Date(starts[i]!);
    const end = interval.offset(start, 1);
    const a = Math.max(r0, scale(start));
    const b = Math.min(r1, scale(end));
    bins.push({ start, end, x: a, width: Math.max(0, b - a), total: t, shown: s });
  }
  return { unit, bins };
}

export type StripMarks =
  | { kind: 'lanes'; marks: TimelineMark[]; lanes: number }
  | { kind: 'bins'; unit: BinUnit; bins: TimelineBin[]; max: number };

export interface StripLimits {
  /** more claims than this in view: bins */
  maxMarks: number;
  /** more lanes than this: bins */
  maxLanes: number;
  minWidth: number;
  gap: number;
  /** narrowest bin, px */
  minBinPx: number;
}

export const STRIP_LIMITS: Readonly<StripLimits> = Object.freeze({
  maxMarks: 200,
  maxLanes: 28,
  minWidth: 2,
  gap: 1,
  minBinPx: 4,
});

/** Lanes while there are few enough claims in view to tell apart, bins otherwise. */
export function stripMarks(
  intervals: readonly ClaimInterval[],
  scale: ScaleTime<number, number>,
  isShown: (claimId: string) => boolean,
  limits: Readonly<StripLimits> = STRIP_LIMITS,
): StripMarks {
  const [d0, d1] = scale.domain() as [Date, Date];
  let inView = 0;
  for (const it of intervals) if (it.end > d0 && it.start < d1) inView++;
  if (inView <= limits.maxMarks) {
    const layout = layoutMarks(intervals, scale, { minWidth: limits.minWidth, gap: limits.gap });
    if (layout.lanes <= limits.maxLanes) {
      return { kind: 'lanes', marks: layout.marks, lanes: layout.lanes };
    }
  }
  const { unit, bins } = binIntervals(intervals, scale, isShown, limits.minBinPx);
  return { kind: 'bins', unit, bins, max: bins.reduce((m, b) => Math.max(m, b.total), 0) };
}
