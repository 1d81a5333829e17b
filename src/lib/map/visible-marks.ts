/**
 * What each mark on the map encodes under the current filters: the claims the filters leave
 * visible at the place, the independent origins behind them and their dominant category. Built
 * from the list's rows (src/lib/list/rows.ts), so the map and the list cannot disagree on a count.
 */
import type { PublishedPlace } from '../data/published';
import type { Category } from '../data/types';
import { visibleRows, type PlaceInput } from '../list/rows';

export interface Mark {
  /** visible claims at the place */
  claims: number;
  /** distinct independent origins behind the visible claims */
  origins: number;
  /** the most frequent category among the visible claims */
  category: Category | null;
}

/** The mark of every visible place (a place the filters hide has none). */
export function visibleMarks(
  features: readonly PlaceInput[],
  placeIds: ReadonlySet<string>,
  claimIds: ReadonlySet<string>,
): Map<string, Mark> {
  const marks = new Map<string, Mark>();
  for (const row of visibleRows(features, placeIds, claimIds)) {
    marks.set(row.id, {
      claims: row.claims.length,
      origins: row.independent,
      category: row.category,
    });
  }
  return marks;
}

/** A place's mark with every claim visible: what the build wrote into its properties. */
export function fullMark(
  p: Pick<PublishedPlace, 'claim_count' | 'independent_origins' | 'dominant_category'>,
): Mark {
  return { claims: p.claim_count, origins: p.independent_origins, category: p.dominant_category };
}

function sameMark(a: Mark, b: Mark): boolean {
  return a.claims === b.claims && a.origins === b.origins && a.category === b.category;
}

/**
 * The places whose mark differs between `drawn` (what the map shows now) and `next`. Places
 * missing from `next` are hidden by the filters: their mark is left as it is, unseen.
 */
export function changedMarks(
  drawn: ReadonlyMap<string, Mark>,
  next: ReadonlyMap<string, Mark>,
): [string, Mark][] {
  const out: [string, Mark][] = [];
  for (const [id, mark] of next) {
    const now = drawn.get(id);
    if (!now || !sameMark(now, mark)) out.push([id, mark]);
  }
  return out;
}
