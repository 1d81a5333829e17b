/**
 * What a filtered download says it holds: the filters in words and the link that shows them, so
 * a file found on a laptop later can be traced back to the view it came from.
 */
import { CATEGORY_LABELS } from '../data/vocabulary';
import { DEFAULT_FILTERS, type Filters } from '../data/visibility';
import type { Source } from '../data/types';

/** True when the filters restrict nothing (undated claims count only under a date range). */
export function isUnfiltered(filters: Filters): boolean {
  return (
    filters.categories === null &&
    filters.sources === null &&
    filters.precisions === null &&
    filters.dateRange === null &&
    filters.independentOnly === DEFAULT_FILTERS.independentOnly
  );
}

export function describeFilters(
  filters: Filters,
  sourcesById: ReadonlyMap<string, Pick<Source, 'publication'>>,
): string {
  const parts: string[] = [];
  if (filters.categories) {
    parts.push(
      `categories: ${filters.categories.map((c) => CATEGORY_LABELS[c]).join(', ') || 'none'}`,
    );
  }
  if (filters.sources) {
    const names = filters.sources.map((id) => sourcesById.get(id)?.publication ?? id);
    parts.push(`sources: ${names.join('; ') || 'none'}`);
  }
  if (filters.independentOnly) parts.push('independent origins only');
  if (filters.precisions) parts.push(`precision: ${filters.precisions.join(', ') || 'none'}`);
  if (filters.dateRange) {
    parts.push(
      `dates ${filters.dateRange[0]} to ${filters.dateRange[1]}${filters.keepUndated ? ', undated kept' : ''}`,
    );
  }
  return parts.length > 0 ? parts.join('; ') : 'no filter';
}

/** "claims shown with categories: Attack; dates … (https://…#…)" */
export function filteredScope(
  filters: Filters,
  sourcesById: ReadonlyMap<string, Pick<Source, 'publication'>>,
  link: string,
): string {
  return `the claims shown with ${describeFilters(filters, sourcesById)}, as at ${link}`;
}

/** `citemap-filtered-claims.csv`; the published files download as `citemap-claims.csv`. */
export function downloadName(file: string, filtered: boolean): string {
  return `citemap-${filtered ? 'filtered-' : ''}${file}`;
}
