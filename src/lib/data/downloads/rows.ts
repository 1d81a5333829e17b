/**
 * The flat row every tabular and GIS download shares: one per claim × place × quote (and one
 * more per further number a quote states), scalar fields only, so a spreadsheet, QGIS or
 * pandas can filter by date or category without parsing JSON. The build and the app build the
 * same rows from the same inputs; the app passes `keep` to narrow them to the current filters.
 */
import type { Geometry } from 'geojson';
import { dateSpecDays } from '../dates';
import type { PublishedPlace, Shape } from '../published';
import type { PublishedSource, VerifiedClaim } from '../types';
import { codePointOffset } from './text';

/** Everything a download is made from: the published files plus the article texts. */
export interface DownloadSet {
  /** places.geojson's features: the anchor, the shape and its geometry */
  places: ReadonlyMap<string, { geometry: Geometry; properties: PublishedPlace }>;
  /** the full verified claims, in id order */
  claims: readonly VerifiedClaim[];
  sources: ReadonlyMap<string, PublishedSource>;
  /** source id → the archived text (code-point offsets and annotation context are read from it) */
  texts: ReadonlyMap<string, string>;
  /** narrows the set (the app's current filters); everything when absent */
  keep?: {
    /** the claim is shown at this place */
    place(claim: VerifiedClaim, placeId: string): boolean;
    /** this quote (0-based) of the claim counts */
    quote(claim: VerifiedClaim, index: number): boolean;
  };
}

export interface ClaimRow {
  claim_id: string;
  place_id: string;
  place_name_en: string;
  place_name_ar: string;
  place_kind: string;
  place_precision: string;
  place_approximate: boolean;
  lon: number;
  lat: number;
  category: string;
  summary: string;
  occurred_start: string | null;
  occurred_end: string | null;
  occurred_precision: string | null;
  reported_start: string;
  reported_end: string;
  quote_number: number;
  quote_count: number;
  quote_text: string;
  quote_start: number;
  quote_end: number;
  quote_start_utf16: number;
  quote_end_utf16: number;
  source_id: string;
  publication: string;
  headline: string;
  authors: string;
  source_date: string;
  source_date_precision: string;
  source_date_start: string | null;
  source_date_end: string | null;
  source_language: string;
  source_derives_from: string;
  source_text: string;
  source_url: string | null;
  source_archive_url: string | null;
  articles: number;
  independent_origins: number;
  number_what: string | null;
  number_min: number | null;
  number_max: number | null;
  number_as_written: string | null;
  conflicts_with: string;
}

type NumberField = 'number_what' | 'number_min' | 'number_max' | 'number_as_written';

/** A row with the place it stands for, so the GIS layers can draw its shape. */
export interface PlacedRow {
  row: ClaimRow;
  shape: Shape;
  geometry: Geometry;
}

/** First and last day a source's `2019`, `2019-07` or `2019-07-21` covers. */
function sourceDays(source: Pick<PublishedSource, 'date' | 'date_precision'>) {
  return dateSpecDays({
    start: source.date,
    end: source.date,
    precision: source.date_precision === 'day' ? 'day' : source.date_precision,
  });
}

/** The quotes of a claim the set keeps, with their 0-based index in the claim. */
export function keptQuotes(set: DownloadSet, claim: VerifiedClaim) {
  return claim.quotes
    .map((quote, index) => ({ quote, index }))
    .filter(({ index }) => set.keep?.quote(claim, index) ?? true);
}

/** The places of a claim the set keeps (places the map does not have are skipped). */
export function keptPlaces(set: DownloadSet, claim: VerifiedClaim): string[] {
  return [...new Set(claim.places)].filter(
    (id) => set.places.has(id) && (set.keep?.place(claim, id) ?? true),
  );
}

/** The claims the set keeps: at least one kept place and one kept quote. */
export function keptClaims(set: DownloadSet): VerifiedClaim[] {
  return set.claims.filter((c) => keptPlaces(set, c).length > 0 && keptQuotes(set, c).length > 0);
}

function missing(what: string, id: string, claim: string): Error {
  return new Error(
    `downloads: claim "${claim}" names ${what} "${id}", which the data does not have.`,
  );
}

/**
 * Every row, claim by claim (id order), then by the claim's places and quotes in their order.
 * A claim's rows are contiguous, so a one-claim edit is a one-hunk diff in every download.
 */
export function claimRows(set: DownloadSet): PlacedRow[] {
  const out: PlacedRow[] = [];
  for (const claim of set.claims) {
    const quotes = keptQuotes(set, claim);
    if (quotes.length === 0) continue;
    const reported = reportedDays(claim, set);
    for (const placeId of keptPlaces(set, claim)) {
      const place = set.places.get(placeId)!;
      const p = place.properties;
      for (const { quote, index } of quotes) {
        const source = set.sources.get(quote.source);
        if (!source) throw missing('the source', quote.source, claim.id);
        const text = set.texts.get(quote.source);
        if (text === undefined) throw missing('the text of source', quote.source, claim.id);
        const days = sourceDays(source);
        const occurred = claim.occurred ? dateSpecDays(claim.occurred) : null;
        const numbers = (claim.numbers ?? []).filter((n) => quote.text.includes(n.as_written));
        const base: Omit<ClaimRow, NumberField> = {
          claim_id: claim.id,
          place_id: p.id,
          place_name_en: p.name_en,
          place_name_ar: p.name_ar,
          place_kind: p.kind,
          place_precision: p.precision,
          place_approximate: p.approximate,
          lon: p.anchor[0],
          lat: p.anchor[1],
          category: claim.category,
          summary: claim.summary,
          occurred_start: occurred?.[0] ?? null,
          occurred_end: occurred?.[1] ?? null,
          occurred_precision: claim.occurred?.precision ?? null,
          reported_start: reported[0],
          reported_end: reported[1],
          quote_number: index + 1,
          quote_count: claim.quotes.length,
          quote_text: quote.text,
          quote_start: codePointOffset(text, quote.start),
          quote_end: codePointOffset(text, quote.end),
          quote_start_utf16: quote.start,
          quote_end_utf16: quote.end,
          source_id: source.id,
          publication: source.publication,
          headline: source.headline,
          authors: source.authors.join('; '),
          source_date: source.date,
          source_date_precision: source.date_precision,
          source_date_start: days?.[0] ?? null,
          source_date_end: days?.[1] ?? null,
          source_language: source.language,
          source_derives_from: source.derived_from.map((d) => d.source).join(' '),
          source_text: source.path,
          source_url: source.url ?? null,
          source_archive_url: source.archive_url ?? null,
          articles: claim.corroboration.articles,
          independent_origins: claim.corroboration.independent_origins,
          conflicts_with: (claim.conflicts_with ?? []).join(' '),
        };
        const stated = numbers.length > 0 ? numbers : [null];
        for (const n of stated) {
          out.push({
            shape: p.shape,
            geometry: place.geometry,
            row: {
              ...base,
              number_what: n?.what ?? null,
              number_min: n?.min ?? null,
              number_max: n?.max ?? null,
              number_as_written: n?.as_written ?? null,
            },
          });
        }
      }
    }
  }
  return out;
}

/** When the claim was reported: the first day of its earliest source to the last of its latest. */
function reportedDays(claim: VerifiedClaim, set: DownloadSet): [string, string] {
  const days = claim.quotes
    .map((q) => set.sources.get(q.source))
    .flatMap((s) => (s ? [sourceDays(s)] : []))
    .filter((d): d is [string, string] => d !== null);
  const starts = days.map((d) => d[0]).sort();
  const ends = days.map((d) => d[1]).sort();
  return [starts[0] ?? '', ends.at(-1) ?? ''];
}
