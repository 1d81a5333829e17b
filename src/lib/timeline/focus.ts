/**
 * Which stretch of time the strip shows: it opens on the dense range (where most of the claims'
 * weight lies, not the full extent that one "2011–2014" claim stretches across nine years), and
 * the reader zooms and pans within the data's bounds from there. UTC throughout.
 */
import { utcDay, utcMonday, utcMonth } from 'd3-time';
import type { ClaimInterval } from './timeline';

const DAY_MS = 86_400_000;

/** Share of the claims' weight the opening view holds: about ±1σ of a bell curve. */
const FOCUS_SHARE = 2 / 3;
/** The opening view is padded by this fraction of its span on each side. */
const FOCUS_PAD = 0.1;
/** The shortest span the strip shows, zoomed all the way in. */
export const MIN_SPAN_MS = 14 * DAY_MS;
/** Beyond this many days the dense-range search gives up and shows everything. */
const MAX_DAYS = 200_000;

export type Domain = [Date, Date];

/**
 * The shortest window of whole days holding `share` of the claims' weight, where each claim
 * weighs 1 spread evenly over its interval: a claim "2011–2014" adds a little to each of 1,461
 * days, "19 Feb 2019" all of it to one day. So a long, vague claim cannot stretch the view and a
 * cluster of precise ones pulls it in. Null when no interval overlaps `bounds`.
 */
export function densestWindow(
  intervals: readonly ClaimInterval[],
  bounds: Domain,
  share = FOCUS_SHARE,
): Domain | null {
  const day0 = Math.floor(bounds[0].getTime() / DAY_MS);
  const days = Math.ceil(bounds[1].getTime() / DAY_MS) - day0;
  if (days <= 0 || days > MAX_DAYS) return null;
  // Difference array of per-day weight, then prefix sums: linear in claims + days.
  const diff = new Float64Array(days + 1);
  for (const it of intervals) {
    const a = Math.max(0, Math.floor(it.start.getTime() / DAY_MS) - day0);
    const b = Math.min(days, Math.ceil(it.end.getTime() / DAY_MS) - day0);
    if (b <= a) continue;
    const w = 1 / (b - a);
    diff[a]! += w;
    diff[b]! -= w;
  }
  const prefix = new Float64Array(days + 1);
  let rate = 0;
  for (let d = 0; d < days; d++) {
    rate += diff[d]!;
    prefix[d + 1] = prefix[d]! + rate;
  }
  const total = prefix[days]!;
  if (total <= 0) return null;
  // Allow for rounding in the sums, so a window holding exactly the share is found.
  const target = share * total - 1e-9 * total;
  let best: [number, number] | null = null;
  let j = 0;
  for (let i = 0; i < days; i++) {
    if (j < i) j = i;
    while (j < days && prefix[j]! - prefix[i]! < target) j++;
    if (prefix[j]! - prefix[i]! < target) break;
    if (best === null || j - i < best[1] - best[0]) best = [i, j];
  }
  if (best === null) return null;
  return [new Date((day0 + best[0]) * DAY_MS), new Date((day0 + best[1]) * DAY_MS)];
}

/** Round a domain out to whole months (long spans), Monday weeks (a few weeks) or days. */
export function roundOut(domain: Domain): Domain {
  const span = domain[1].getTime() - domain[0].getTime();
  const unit = span > 120 * DAY_MS ? utcMonth : span > 28 * DAY_MS ? utcMonday : utcDay;
  return [unit.floor(domain[0]), unit.ceil(domain[1])];
}

/** `domain` moved (not resized) to lie inside `bounds`; shrunk to `bounds` if wider. */
export function clampDomain(domain: Domain, bounds: Domain): Domain {
  const [b0, b1] = [bounds[0].getTime(), bounds[1].getTime()];
  const span = Math.min(domain[1].getTime() - domain[0].getTime(), b1 - b0);
  const start = Math.min(Math.max(domain[0].getTime(), b0), b1 - span);
  return [new Date(start), new Date(start + span)];
}

/**
 * The domain the strip opens on: the densest window (see `densestWindow`), at least
 * `MIN_SPAN_MS` wide, padded by `FOCUS_PAD` each side, rounded out to months, weeks or days and
 * kept inside `bounds`. `bounds` itself when the claims are not clustered (the window takes
 * more than half the time), when the padded window would cover most of it anyway, or when
 * nothing is dated.
 */
export function focusDomain(intervals: readonly ClaimInterval[], bounds: Domain): Domain {
  const dense = densestWindow(intervals, bounds);
  if (!dense) return bounds;
  let [a, b] = [dense[0].getTime(), dense[1].getTime()];
  const whole = bounds[1].getTime() - bounds[0].getTime();
  // Two thirds of the weight in more than half the time is no cluster: nothing to focus on.
  if (b - a > whole / 2) return bounds;
  if (b - a < MIN_SPAN_MS) {
    const mid = (a + b) / 2;
    [a, b] = [mid - MIN_SPAN_MS / 2, mid + MIN_SPAN_MS / 2];
  }
  const pad = (b - a) * FOCUS_PAD;
  const rounded = roundOut([new Date(a - pad), new Date(b + pad)]);
  const [s, e] = [
    Math.max(rounded[0].getTime(), bounds[0].getTime()),
    Math.min(rounded[1].getTime(), bounds[1].getTime()),
  ];
  if (e - s >= 0.85 * whole) return bounds;
  return [new Date(s), new Date(e)];
}

/**
 * Zoom by `factor` (> 1 in, < 1 out) about `anchor`, the fraction of the way across the strip
 * that stays put (the pointer, or 0.5 for the buttons), as d3-zoom does. The span stays between
 * `MIN_SPAN_MS` and `bounds`, and the result inside `bounds`.
 */
export function zoomDomain(domain: Domain, factor: number, anchor: number, bounds: Domain): Domain {
  const [d0, d1] = [domain[0].getTime(), domain[1].getTime()];
  const whole = bounds[1].getTime() - bounds[0].getTime();
  const span = Math.min(Math.max((d1 - d0) / factor, Math.min(MIN_SPAN_MS, whole)), whole);
  const k = Math.min(Math.max(anchor, 0), 1);
  const at = d0 + (d1 - d0) * k;
  const start = at - span * k;
  return clampDomain([new Date(start), new Date(start + span)], bounds);
}

/** Move by `deltaMs` (negative = earlier), keeping the span, inside `bounds`. */
export function panDomain(domain: Domain, deltaMs: number, bounds: Domain): Domain {
  return clampDomain(
    [new Date(domain[0].getTime() + deltaMs), new Date(domain[1].getTime() + deltaMs)],
    bounds,
  );
}

/** Claims wholly before and wholly after the domain: the strip's "N earlier" / "N later". */
export function outsideCounts(
  intervals: readonly ClaimInterval[],
  domain: Domain,
): { earlier: number; later: number } {
  let earlier = 0;
  let later = 0;
  for (const it of intervals) {
    if (it.end <= domain[0]) earlier++;
    else if (it.start >= domain[1]) later++;
  }
  return { earlier, later };
}

/** Same instants (a domain is compared by value, not identity). */
export function sameDomain(a: Domain, b: Domain): boolean {
  return a[0].getTime() === b[0].getTime() && a[1].getTime() === b[1].getTime();
}
