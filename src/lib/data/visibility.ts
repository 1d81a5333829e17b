/**
 * What the reader has chosen to see, and which places and claims survive that choice.
 *
 * Semantics (each is an editorial decision, so it is spelled out):
 * - `null` in a list filter means "no restriction"; an empty list means "nothing selected" and
 *   hides everything, so unticking every box is honest rather than silently meaning "all".
 * - A claim is judged by its quotes. `sources` keeps a quote only when its article is selected;
 *   `independentOnly` keeps a quote only when its article is an origin, i.e. it has no
 *   `derived_from` (a rewrite, syndication, wire copy or citation of another article is not a
 *   second witness). A claim stays while at least one quote survives both tests. A claim known to
 *   us only through a rewrite therefore disappears under "independent only": we show what first-
 *   hand reporting in the corpus says, not what the pipeline inferred its origin said.
 * - `dateRange` is two inclusive ISO days; a claim stays when its `occurred` interval (read at its
 *   own precision, so "March 2019" is the whole month) overlaps the range. Claims with no
 *   `occurred` date are hidden while a range is set (we cannot say they fall inside it) unless
 *   `keepUndated` is on: then they stay, because "no date given" is not "outside these dates",
 *   and the timeline says how many a range hides either way (`FilterResult.undated`).
 * - `precisions` is a property of the place: a place shows when its precision is allowed and at
 *   least one of its claims matches.
 */
import type { IndexedClaim } from './published';
import type { Category, Precision, Source } from './types';
import { CATEGORIES, PRECISIONS } from './vocabulary';
import { dateSpecDays, type IsoDay } from './dates';

export interface Filters {
  /** categories to show; null = all */
  categories: Category[] | null;
  /** source ids whose quotes count; null = all */
  sources: string[] | null;
  /** count only quotes from articles that derive from no other article */
  independentOnly: boolean;
  /** place precisions to show; null = all */
  precisions: Precision[] | null;
  /** inclusive ISO days `[start, end]`, start ≤ end; null = any date, including undated */
  dateRange: [IsoDay, IsoDay] | null;
  /**
   * keep claims with no `occurred` date while a date range is set; absent = false. Optional so
   * that a briefing step's complete filter set (which predates it) is still a `Filters`.
   */
  keepUndated?: boolean;
}

export const DEFAULT_FILTERS: Readonly<Filters> = Object.freeze({
  categories: null,
  sources: null,
  independentOnly: false,
  precisions: null,
  dateRange: null,
  keepUndated: false,
});

/** What the filters read of a claim (an IndexedClaim has it). */
export type FilterClaim = Pick<IndexedClaim, 'id' | 'category' | 'quote_sources'> & {
  occurred?: IndexedClaim['occurred'] | undefined;
};

/** What the filters read of a place: its precision and the claims drawn there. */
export interface PlaceClaims {
  id: string;
  precision: Precision;
  claims: readonly FilterClaim[];
}

/** A claim's quoting sources, in quote order, from the index or from the full claim. */
export type QuoteSourcesOf =
  { quote_sources: readonly string[] } | { quotes: readonly { source: string }[] };

function quoteSources(claim: QuoteSourcesOf): readonly string[] {
  return 'quote_sources' in claim ? claim.quote_sources : claim.quotes.map((q) => q.source);
}

/** True when the source derives from no other article (an origin, a first-hand witness). */
function isOriginSource(source: Source | undefined): boolean {
  // An unknown source cannot be vouched for as independent, so it does not count as an origin.
  return source !== undefined && source.derived_from.length === 0;
}

function claimDateOk(
  claim: Pick<FilterClaim, 'occurred'>,
  range: [IsoDay, IsoDay] | null,
  keepUndated: boolean,
): boolean {
  if (range === null) return true;
  const days = claim.occurred ? dateSpecDays(claim.occurred) : null;
  if (!days) return keepUndated;
  // ISO days compare correctly as strings.
  return days[0] <= range[1] && days[1] >= range[0];
}

/**
 * The indices of the claim's quotes that survive the source and independence filters.
 * The reader can use it to dim quotes the current filters do not count.
 */
export function matchingQuoteIndices(
  claim: QuoteSourcesOf,
  filters: Filters,
  sourcesById: ReadonlyMap<string, Source>,
): number[] {
  const selected = filters.sources === null ? null : new Set(filters.sources);
  const out: number[] = [];
  quoteSources(claim).forEach((source, i) => {
    if (selected !== null && !selected.has(source)) return;
    if (filters.independentOnly && !isOriginSource(sourcesById.get(source))) return;
    out.push(i);
  });
  return out;
}

/**
 * Whether one claim passes the claim-level filters (category, sources, independence, dates).
 * Precision is a property of the place and is not checked here. This is the slow, obvious
 * definition; `applyFilters` must agree with it (the tests check that it does).
 */
export function claimMatches(
  claim: Pick<FilterClaim, 'category' | 'occurred'> & QuoteSourcesOf,
  filters: Filters,
  sourcesById: ReadonlyMap<string, Source>,
): boolean {
  if (filters.categories !== null && !filters.categories.includes(claim.category)) return false;
  if (!claimDateOk(claim, filters.dateRange, filters.keepUndated === true)) return false;
  return matchingQuoteIndices(claim, filters, sourcesById).length > 0;
}

// ─── Index ───────────────────────────────────────────────────────────────────

/**
 * Everything `applyFilters` needs, computed once per data load, in flat typed arrays: categories,
 * precisions and sources are interned to small integers and days to day numbers, so a filter
 * change is a few tight loops over integers. Treat as opaque.
 */
export interface FilterIndex {
  readonly placeIds: readonly string[];
  /** precision of each place, as an index into PRECISIONS */
  readonly placePrecision: Uint8Array;
  /** claims of place i are placeClaims[placeClaimStart[i] .. placeClaimStart[i + 1]) */
  readonly placeClaimStart: Uint32Array;
  readonly placeClaims: Uint32Array;
  readonly claimIds: readonly string[];
  /** category of each claim, as an index into CATEGORIES */
  readonly claimCategory: Uint8Array;
  /** first and last day (days since 1970-01-01, inclusive); NaN when undated or malformed */
  readonly claimFirstDay: Float64Array;
  readonly claimLastDay: Float64Array;
  /** distinct quoting sources of claim i are claimSources[claimSourceStart[i] .. [i + 1]) */
  readonly claimSourceStart: Uint32Array;
  readonly claimSources: Uint32Array;
  /** source ids by interned number; unknown ids quoted by claims are appended after `sources` */
  readonly sourceIds: readonly string[];
  /** 1 when the source is an origin (see isOriginSource) */
  readonly sourceIsOrigin: Uint8Array;
}

const DAY_MS = 86_400_000;

function dayNumber(iso: IsoDay): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
}

/**
 * Precompute, once, what every filter change reads. A claim drawn at several places is indexed
 * once, so counts are of distinct claims.
 */
export function buildFilterIndex(
  places: readonly PlaceClaims[],
  sources: readonly Source[],
): FilterIndex {
  const sourceIds = sources.map((s) => s.id);
  const sourceNum = new Map(sourceIds.map((id, i) => [id, i]));
  const origin: number[] = sources.map((s) => (isOriginSource(s) ? 1 : 0));
  const internSource = (id: string): number => {
    let n = sourceNum.get(id);
    if (n === undefined) {
      n = sourceIds.length;
      sourceIds.push(id);
      sourceNum.set(id, n);
      origin.push(0);
    }
    return n;
  };
  const categoryNum = new Map<string, number>(CATEGORIES.map((c, i) => [c, i]));
  const precisionNum = new Map<string, number>(PRECISIONS.map((p, i) => [p, i]));

  const claimNum = new Map<string, number>();
  const claimIds: string[] = [];
  const category: number[] = [];
  const firstDay: number[] = [];
  const lastDay: number[] = [];
  const claimSourceStart: number[] = [0];
  const claimSources: number[] = [];
  const placeIds: string[] = [];
  const placePrecision: number[] = [];
  const placeClaimStart: number[] = [0];
  const placeClaims: number[] = [];

  for (const p of places) {
    const seen = new Set<number>();
    for (const claim of p.claims) {
      let n = claimNum.get(claim.id);
      if (n === undefined) {
        n = claimIds.length;
        claimNum.set(claim.id, n);
        claimIds.push(claim.id);
        category.push(categoryNum.get(claim.category) ?? 0);
        const days = claim.occurred ? dateSpecDays(claim.occurred) : null;
        firstDay.push(days ? dayNumber(days[0]) : NaN);
        lastDay.push(days ? dayNumber(days[1]) : NaN);
        for (const id of new Set(claim.quote_sources)) {
          claimSources.push(internSource(id));
        }
        claimSourceStart.push(claimSources.length);
      }
      if (!seen.has(n)) {
        seen.add(n);
        placeClaims.push(n);
      }
    }
    placeIds.push(p.id);
    placePrecision.push(precisionNum.get(p.precision) ?? 0);
    placeClaimStart.push(placeClaims.length);
  }

  return {
    placeIds,
    placePrecision: Uint8Array.from(placePrecision),
    placeClaimStart: Uint32Array.from(placeClaimStart),
    placeClaims: Uint32Array.from(placeClaims),
    claimIds,
    claimCategory: Uint8Array.from(category),
    claimFirstDay: Float64Array.from(firstDay),
    claimLastDay: Float64Array.from(lastDay),
    claimSourceStart: Uint32Array.from(claimSourceStart),
    claimSources: Uint32Array.from(claimSources),
    sourceIds,
    sourceIsOrigin: Uint8Array.from(origin),
  };
}

export interface FilterResult {
  /** places with an allowed precision and at least one matching claim */
  placeIds: Set<string>;
  /** matching claims drawn at at least one visible place */
  claimIds: Set<string>;
  /**
   * Facet counts: for each category, the distinct claims that would be visible if that category
   * were selected, i.e. every filter except the category filter applies. Same idea below, so a
   * count next to an unticked box still says what ticking it would show.
   */
  countsByCategory: Record<Category, number>;
  /** visible-if-selected places per precision (all filters except precision) */
  countsByPrecision: Record<Precision, number>;
  /**
   * visible-if-selected claims quoting each source (all filters except sources); under
   * "independent only" derived sources count 0. Keys: every source in sources.json, plus any
   * unknown id a quote names.
   */
  countsBySource: Map<string, number>;
  /**
   * Undated claims that pass every filter except the date range, drawn at a place whose precision
   * is allowed: how many a date range hides (or, under `keepUndated`, keeps), whether or not a
   * range is set.
   */
  undated: number;
}

/** Membership mask over a fixed vocabulary; null selection = everything allowed. */
function mask(vocabulary: readonly string[], selected: readonly string[] | null): Uint8Array {
  const out = new Uint8Array(vocabulary.length);
  if (selected === null) return out.fill(1);
  const set = new Set(selected);
  vocabulary.forEach((v, i) => {
    if (set.has(v)) out[i] = 1;
  });
  return out;
}

/** Apply filters against a prebuilt index: linear in places + claims + quote sources. */
export function applyFilters(index: FilterIndex, filters: Filters): FilterResult {
  const catAllowed = mask(CATEGORIES, filters.categories);
  const precAllowed = mask(PRECISIONS, filters.precisions);
  const srcSelected = mask(index.sourceIds, filters.sources);
  // A source counts when selected and, under "independent only", an origin.
  const srcCounts = filters.independentOnly ? index.sourceIsOrigin : null;
  const lo = filters.dateRange ? dayNumber(filters.dateRange[0]) : -Infinity;
  const hi = filters.dateRange ? dayNumber(filters.dateRange[1]) : Infinity;
  const hasRange = filters.dateRange !== null;
  const keepUndated = filters.keepUndated === true;

  const n = index.claimIds.length;
  const { claimCategory, claimFirstDay, claimLastDay, claimSourceStart, claimSources } = index;
  // Bit 1: category ok; bit 2: date ok; bit 4: some quote passes sources + independence.
  const CAT = 1;
  const DATE = 2;
  const QUOTE = 4;
  const ok = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    let bits = catAllowed[claimCategory[i]!] ? CAT : 0;
    // NaN (undated) fails both comparisons, so undated claims drop out only under a range.
    const first = claimFirstDay[i]!;
    if (!hasRange || (first <= hi && claimLastDay[i]! >= lo)) bits |= DATE;
    else if (keepUndated && Number.isNaN(first)) bits |= DATE;
    for (let k = claimSourceStart[i]!, end = claimSourceStart[i + 1]!; k < end; k++) {
      const s = claimSources[k]!;
      if (srcSelected[s] && (srcCounts === null || srcCounts[s])) {
        bits |= QUOTE;
        break;
      }
    }
    ok[i] = bits;
  }

  const ALL = CAT | DATE | QUOTE;
  const onAllowedPlace = new Uint8Array(n);
  const placeIds = new Set<string>();
  const precisionCounts = new Uint32Array(PRECISIONS.length);
  const { placePrecision, placeClaimStart, placeClaims } = index;
  for (let p = 0; p < index.placeIds.length; p++) {
    const prec = placePrecision[p]!;
    const allowed = precAllowed[prec] === 1;
    let any = false;
    for (let k = placeClaimStart[p]!, end = placeClaimStart[p + 1]!; k < end; k++) {
      const c = placeClaims[k]!;
      if (allowed) onAllowedPlace[c] = 1;
      if (ok[c] === ALL) any = true;
    }
    if (any) {
      precisionCounts[prec]! += 1;
      if (allowed) placeIds.add(index.placeIds[p]!);
    }
  }

  const claimIds = new Set<string>();
  const categoryCounts = new Uint32Array(CATEGORIES.length);
  const sourceCounts = new Uint32Array(index.sourceIds.length);
  let undated = 0;
  for (let i = 0; i < n; i++) {
    const bits = ok[i]!;
    if (!onAllowedPlace[i]) continue;
    if (bits & CAT && bits & QUOTE && Number.isNaN(claimFirstDay[i]!)) undated++;
    if (!(bits & DATE)) continue;
    if (bits & QUOTE) {
      categoryCounts[claimCategory[i]!]! += 1;
      if (bits & CAT) claimIds.add(index.claimIds[i]!);
    }
    if (bits & CAT) {
      for (let k = claimSourceStart[i]!, end = claimSourceStart[i + 1]!; k < end; k++) {
        const s = claimSources[k]!;
        if (srcCounts === null || srcCounts[s]) sourceCounts[s]! += 1;
      }
    }
  }

  const countsByCategory = {} as Record<Category, number>;
  CATEGORIES.forEach((c, i) => (countsByCategory[c] = categoryCounts[i]!));
  const countsByPrecision = {} as Record<Precision, number>;
  PRECISIONS.forEach((p, i) => (countsByPrecision[p] = precisionCounts[i]!));
  const countsBySource = new Map<string, number>();
  index.sourceIds.forEach((id, i) => countsBySource.set(id, sourceCounts[i]!));

  return { placeIds, claimIds, countsByCategory, countsByPrecision, countsBySource, undated };
}
