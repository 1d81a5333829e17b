/**
 * The list twin of the map: one row per visible place, with only its visible claims, sorted the
 * way the reader asked. Pure, so the list and its tests agree on what "visible" means.
 */
import type { IndexedPlace } from '../data/dataset';
import type { IndexedClaim, PublishedPlace } from '../data/published';
import type { Category, PlaceKind, Precision } from '../data/types';
import { dominantCategory } from '../data/format';
import { KIND_LABELS, PRECISION_LABELS } from '../data/vocabulary';
import { groupClaims } from '../citations/citations';

export type ListSort = 'reported' | 'az';

export const LIST_SORTS: readonly { value: ListSort; label: string }[] = [
  { value: 'reported', label: 'Most reported' },
  { value: 'az', label: 'A–Z' },
];

export interface PlaceRow {
  id: string;
  nameEn: string;
  nameAr: string;
  kind: PlaceKind;
  precision: Precision;
  /** the place's visible claims, by category (in CATEGORIES order), then chronologically */
  claims: IndexedClaim[];
  /** distinct independent origins behind the visible claims */
  independent: number;
  /** the most frequent category among the visible claims (ties: CATEGORIES order) */
  category: Category | null;
}

/**
 * The key a name is alphabetised by: a transliterated Arabic article ("Al-Qaim", "Ar-Rutbah")
 * is ignored, as gazetteers do, so Al-Qaim files under Q next to where a reader looks for it.
 */
export function sortKey(name: string): string {
  return name.replace(/^(?:a[lnrstdz]|ash|the)[-\s]+/i, '').toLocaleLowerCase('en');
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** A place's row when all its claims are visible: built once, reused by every filter change. */
const fullRows = new WeakMap<PublishedPlace, PlaceRow>();
/** Each place's position in A–Z order, per feature list: the collation is done once, not per sort. */
const nameRanks = new WeakMap<readonly PlaceInput[], Map<string, number>>();

/** A place as the list reads it: its properties and the claims drawn there. */
export type PlaceInput = Pick<IndexedPlace, 'properties' | 'claims'>;

function rowOf(p: PublishedPlace, visible: readonly IndexedClaim[]): PlaceRow {
  const origins = new Set(visible.flatMap((c) => c.origins));
  return {
    id: p.id,
    nameEn: p.name_en,
    nameAr: p.name_ar,
    kind: p.kind,
    precision: p.precision,
    claims: groupClaims(visible).flatMap((g) => g.claims),
    independent: origins.size,
    category: dominantCategory(visible.map((c) => c.category)),
  };
}

function nameRank(features: readonly PlaceInput[]): Map<string, number> {
  let ranks = nameRanks.get(features);
  if (!ranks) {
    const keyed = features.map(({ properties: p }) => ({ id: p.id, key: sortKey(p.name_en) }));
    keyed.sort((a, b) => collator.compare(a.key, b.key) || collator.compare(a.id, b.id));
    ranks = new Map(keyed.map((k, i) => [k.id, i]));
    nameRanks.set(features, ranks);
  }
  return ranks;
}

/**
 * Rows for every place in `placeIds`, each with its claims in `claimIds`. A place with no
 * visible claim is left out even when listed (the filters never produce one; a stale set could).
 * Runs on every filter change, so with 10⁴ places the per-place work is cached: the row of a
 * place whose claims are all visible, and the A–Z order.
 */
export function placeRows(
  features: readonly PlaceInput[],
  placeIds: ReadonlySet<string>,
  claimIds: ReadonlySet<string>,
  sort: ListSort,
): PlaceRow[] {
  const rows = visibleRows(features, placeIds, claimIds);
  const rank = nameRank(features);
  const byName = (a: PlaceRow, b: PlaceRow) => rank.get(a.id)! - rank.get(b.id)!;
  rows.sort(
    sort === 'az'
      ? byName
      : (a, b) =>
          b.claims.length - a.claims.length || b.independent - a.independent || byName(a, b),
  );
  return rows;
}

/** The rows of placeRows in feature order, unsorted: for the map's marks, which need no order. */
export function visibleRows(
  features: readonly PlaceInput[],
  placeIds: ReadonlySet<string>,
  claimIds: ReadonlySet<string>,
): PlaceRow[] {
  const rows: PlaceRow[] = [];
  for (const { properties: p, claims } of features) {
    if (!placeIds.has(p.id)) continue;
    let shown = 0;
    for (const c of claims) if (claimIds.has(c.id)) shown++;
    if (shown === 0) continue;
    if (shown < claims.length) {
      rows.push(
        rowOf(
          p,
          claims.filter((c) => claimIds.has(c.id)),
        ),
      );
      continue;
    }
    let full = fullRows.get(p);
    if (!full) fullRows.set(p, (full = rowOf(p, claims)));
    rows.push(full);
  }
  return rows;
}

/** "Town · precision: town or city" — what the place is and how precisely it is placed. */
export function placeMeta(kind: PlaceKind, precision: Precision): string {
  return `${KIND_LABELS[kind]} · precision: ${PRECISION_LABELS[precision].toLowerCase()}`;
}

/** "18 of 30 places · 61 of 73 claims" */
export function summaryLine(
  places: number,
  totalPlaces: number,
  claims: number,
  totalClaims: number,
): string {
  const plural = (n: number, word: string) => (n === 1 ? word : `${word}s`);
  return (
    `${places} of ${totalPlaces} ${plural(totalPlaces, 'place')} · ` +
    `${claims} of ${totalClaims} ${plural(totalClaims, 'claim')}`
  );
}
