/**
 * The filter panel's checkbox groups over the `Filters` list semantics (null = all, [] = none):
 * ticking the last unticked box returns to null, so "everything" has one spelling and the URL
 * stays short.
 */
import type { Source, SourceRelation } from '../data/types';

/** Whether `value` is ticked under `selected`. */
export function isSelected<T>(selected: readonly T[] | null, value: T): boolean {
  return selected === null || selected.includes(value);
}

/** The selection after ticking (`on`) or unticking `value`, in vocabulary order. */
export function toggleSelection<T>(
  selected: readonly T[] | null,
  vocabulary: readonly T[],
  value: T,
  on: boolean,
): T[] | null {
  const current = new Set(selected ?? vocabulary);
  if (on) current.add(value);
  else current.delete(value);
  const next = vocabulary.filter((v) => current.has(v));
  return next.length === vocabulary.length ? null : next;
}

/** "7 of 9" when restricted, "all" otherwise: the summary of a collapsed group. */
export function selectionSummary(selected: readonly unknown[] | null, total: number): string {
  if (selected === null) return 'all';
  if (selected.length === 0) return 'none';
  return `${selected.length} of ${total}`;
}

const RELATION: Readonly<Record<SourceRelation, string>> = {
  rewrite: 'rewrite of',
  syndication: 'syndicated copy of',
  'wire-copy': 'wire copy of',
  citation: 'cites',
};

/**
 * What an article depends on, for its label in the source filter: "rewrite of The Washington
 * Post"; null for an origin. `phrases` words the relations in the interface language.
 */
export function derivationNote(
  source: Source,
  sourcesById: ReadonlyMap<string, Source>,
  phrases: Readonly<Record<SourceRelation, string>> = RELATION,
): string | null {
  if (source.derived_from.length === 0) return null;
  return source.derived_from
    .map((d) => `${phrases[d.relation]} ${sourcesById.get(d.source)?.publication ?? d.source}`)
    .join('; ');
}
