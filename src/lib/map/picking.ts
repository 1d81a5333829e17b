/**
 * Which place a click or hover means when several are under the pointer, and the order a repeated
 * click at one spot steps through them (pick-stack.ts).
 */
import type { SlimProperties } from './layer-data';

export interface Hit {
  properties: Partial<Pick<SlimProperties, 'id' | 'shape' | 'area_km2' | 'claim_count'>> | null;
  /** for a point: how far its centre is from the pointer, in px */
  distance?: number;
}

/**
 * Every place under the pointer, the one a click or hover means first: points, then lines, then
 * areas from the smallest. Among points, the one whose centre is nearest the pointer, as a
 * newsroom chart picks the nearest dot (a Voronoi split): a small mark drawn over a bigger one
 * keeps its own centre, and the bigger one keeps its centre and its letter even where the small
 * one covers them, so each is opened where it is drawn at every zoom. Ties (or no distances) go
 * to the smaller mark, which is drawn on top, then to the topmost hit. A place hit more than once
 * (a dot and its halo, a feature cut across tiles) counts once, at its nearest. Places outside
 * `visible` (the filters' set, when given) are drawn transparent but still hit, so they are left
 * out. The rest of the order is what a repeated click steps through (pick-stack.ts).
 */
export function pickOrder(hits: readonly Hit[], visible?: ReadonlySet<string>): string[] {
  const rank = { point: 0, line: 1, area: 2 } as const;
  const best = new Map<string, { rank: number; key: number; size: number; seen: number }>();
  hits.forEach((hit, seen) => {
    const p = hit.properties;
    if (!p?.id || !p.shape || (visible && !visible.has(p.id))) return;
    const r = rank[p.shape];
    const key = r === 0 ? (hit.distance ?? 0) : r === 2 ? (p.area_km2 ?? 0) : 0;
    const size = r === 0 ? (p.claim_count ?? 0) : 0;
    const had = best.get(p.id);
    if (!had || r < had.rank || (r === had.rank && key < had.key))
      best.set(p.id, { rank: r, key, size, seen: had?.seen ?? seen });
  });
  return [...best]
    .sort(([, a], [, b]) => a.rank - b.rank || a.key - b.key || a.size - b.size || a.seen - b.seen)
    .map(([id]) => id);
}

/** The place a click or hover means when several are under the pointer: the first of pickOrder. */
export function pickPlace(hits: readonly Hit[], visible?: ReadonlySet<string>): string | null {
  return pickOrder(hits, visible)[0] ?? null;
}
