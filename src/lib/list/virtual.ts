/**
 * Windowing for the place list: with 10⁴–10⁵ places, only the rows in view (and a margin) are in
 * the DOM, each absolutely placed at its offset. Heights are measured as rows render; a row not
 * yet measured counts as `estimate`. Pure, so the arithmetic is tested without a browser.
 */

/** Up to this many rows the list renders them all (find-in-page keeps working on small data). */
export const RENDER_ALL_UP_TO = 150;

/** `offsets[i]` is the top of row i and `offsets[count]` the list's whole height. */
export function rowOffsets(count: number, heightOf: (index: number) => number): Float64Array {
  const offsets = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) offsets[i + 1] = offsets[i]! + heightOf(i);
  return offsets;
}

/** The index of the row that contains `y` (clamped to the rows). */
export function rowAt(offsets: Float64Array, y: number): number {
  const count = offsets.length - 1;
  if (count <= 0) return 0;
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The rows to render, `[start, end)`: those overlapping `[top, bottom]` (list coordinates, as
 * scrolled) plus `overscan` pixels either side, so a short scroll or an arrow key finds its row.
 * A list scrolled out of view keeps its nearest rows (the first ones when it is below the view),
 * so Tab still reaches into it.
 */
export function visibleRange(
  offsets: Float64Array,
  top: number,
  bottom: number,
  overscan: number,
): { start: number; end: number } {
  const count = offsets.length - 1;
  if (count <= 0) return { start: 0, end: 0 };
  const total = offsets[count]!;
  const from = Math.min(Math.max(top, 0), total);
  const to = Math.min(Math.max(bottom, from), total);
  const start = rowAt(offsets, from - overscan);
  const end = rowAt(offsets, to + overscan) + 1;
  return { start, end: Math.min(count, end) };
}

/** The indices to render: the window, plus any pinned rows (the focused one), ascending. */
export function renderedIndices(
  range: { start: number; end: number },
  pinned: readonly (number | undefined)[],
): number[] {
  const out: number[] = [];
  for (let i = range.start; i < range.end; i++) out.push(i);
  const extra = pinned.filter(
    (i): i is number => i !== undefined && (i < range.start || i >= range.end),
  );
  if (extra.length === 0) return out;
  return [...new Set([...out, ...extra])].sort((a, b) => a - b);
}

/** The most common of the measured heights (what an unmeasured collapsed row most likely is). */
export function typicalHeight(heights: Iterable<number>, fallback: number): number {
  const counts = new Map<number, number>();
  let best = fallback;
  let bestCount = 0;
  for (const h of heights) {
    const key = Math.round(h);
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (n > bestCount) [best, bestCount] = [key, n];
  }
  return best;
}
