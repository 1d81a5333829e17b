/**
 * Rules of presentation that the build and the app must agree on: which category a place is
 * drawn in, and how its counts read.
 */
import { CATEGORIES, type Category } from './vocabulary';

/** The most frequent category; ties go to the one listed first in CATEGORIES. */
export function dominantCategory(categories: readonly Category[]): Category | null {
  let best: Category | null = null;
  let bestCount = 0;
  for (const c of CATEGORIES) {
    let n = 0;
    for (const x of categories) if (x === c) n++;
    if (n > bestCount) [best, bestCount] = [c, n];
  }
  return best;
}

/** "3 claims, 1 independent source": what the tooltip, the list and the announcement say. */
export function countsText(claims: number, independent: number): string {
  const c = `${claims} ${claims === 1 ? 'claim' : 'claims'}`;
  const i = `${independent} independent ${independent === 1 ? 'source' : 'sources'}`;
  return `${c}, ${i}`;
}
