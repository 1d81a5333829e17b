/**
 * Rules of presentation that the build and the app must agree on: how a source's date, its
 * byline and its one-line reference read, which category a place is drawn in, and how its
 * counts read.
 */
import { utcFormat } from 'd3-time-format';
import type { Source } from './types';
import { CATEGORIES, type Category } from './vocabulary';
import { parseIsoDate } from './dates';

const DAY = utcFormat('%-d %B %Y');
const MONTH = utcFormat('%B %Y');

/**
 * A source's date at the precision it is known: "21 July 2019", "March 2019", "2019". Never
 * invents a day the article does not give. Unparseable dates are returned as written.
 */
export function formatSourceDate(date: string, precision: Source['date_precision']): string {
  const parsed = parseIsoDate(date);
  if (!parsed) return date;
  // Never claim more precision than either the field or the string carries.
  const order = ['year', 'month', 'day'] as const;
  const p = order[Math.min(order.indexOf(precision), order.indexOf(parsed.granularity))]!;
  if (p === 'day') return DAY(parsed.date);
  if (p === 'month') return MONTH(parsed.date);
  return String(parsed.date.getUTCFullYear());
}

/** "A", "A and B", "A, B and C"; "unbylined" when the text carries no byline. */
export function formatAuthors(authors: readonly string[]): string {
  const names = authors.filter((a) => a.trim() !== '');
  if (names.length === 0) return 'unbylined';
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
}

/** "The Washington Post · Louisa Loveluck and Mustafa Salim · 21 July 2019" */
export function sourceLine(
  source: Pick<Source, 'publication' | 'authors' | 'date' | 'date_precision'>,
): string {
  return [
    source.publication,
    formatAuthors(source.authors),
    formatSourceDate(source.date, source.date_precision),
  ].join(' · ');
}

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
