/**
 * The citemap data model: the curated input (`data/`, `seeds/sources.json`) and the
 * verified layer the build emits (`public/data/`). Shared by the build pipeline and the app.
 */

/** ISO 3166-2 code, e.g. `IQ-KI` (current codes only; Natural Earth's retired `IQ-TS` is mapped). */
type Iso3166_2 = string;

// The curated input (seeds/sources.json, data/places.json, data/claims.json,
// data/briefings/*.json): types inferred from the schemas that check it, so they cannot drift.
export type { Category, PlaceKind, Precision, SourceRelation } from './vocabulary.ts';
export type {
  Briefing,
  BriefingCamera,
  BriefingStep,
  Claim,
  DateSpec,
  GeometryRef,
  LonLat,
  NumberRange,
  Place,
  Source,
} from './schema/index.ts';
import type { Category, PlaceKind, Precision } from './vocabulary.ts';
import type { BriefingCamera, Claim, QuoteRef, Source } from './schema/index.ts';

// ─── Verified output (public/data/) ──────────────────────────────────────────

export interface VerifiedQuote extends QuoteRef {
  /** JavaScript (UTF-16) string offsets into the source text: text === source.slice(start, end) */
  start: number;
  end: number;
}

export interface Corroboration {
  /** how many distinct articles quote this claim */
  articles: number;
  /** how many independent origins after following derived_from */
  independent_origins: number;
  /** the origin source ids */
  origins: string[];
}

export interface VerifiedClaim extends Omit<Claim, 'quotes'> {
  quotes: VerifiedQuote[];
  /** the publication dates of the quoting sources: when it was reported */
  reported: { first: string; last: string };
  corroboration: Corroboration;
}

/** properties of one Feature in public/data/incidents.geojson */
export interface PlaceFeatureProperties {
  id: string;
  name_en: string;
  name_ar: string;
  aliases: string[];
  kind: PlaceKind;
  precision: Precision;
  country: string;
  province: Iso3166_2 | null;
  approximate: boolean;
  geometry_source: string;
  claim_ids: string[];
  claim_count: number;
  independent_origins: number;
  dominant_category: Category | null;
  /** for lines: the measured length along the drawn geometry */
  measured_length_km?: number;
  /** for settlements drawn from GeoNames: the GeoNames id */
  geonames_id?: number;
  /** for curated geometries: the stated uncertainty of the drawn location */
  uncertainty_km?: number;
  /** the verified claims drawn at this place, with quotes, offsets and corroboration */
  claims: VerifiedClaim[];
}

/** one record of public/data/sources.json: the curated Source plus what the reader needs */
export interface PublishedSource extends Source {
  /** the text's URL relative to the app, e.g. `sources/003_4dd1e7653c4ee551.txt` */
  path: string;
  /** length of the text in UTF-16 code units (quote offsets are below it) */
  length: number;
  /** the sources this one ultimately derives from (itself when it derives from none) */
  origins: string[];
  /** the claims quoting it */
  claim_ids: string[];
}

// ─── Briefings (data/briefings/*.json → public/data/briefings.json) ──────────

/** A step's key quote resolved by the build, so the app needn't look it up. */
export interface ResolvedKeyQuote extends VerifiedQuote {
  claim: string;
  /** index into the claim's quotes */
  quote: number;
  publication: string;
  headline: string;
  authors: string[];
  date: string;
  date_precision: Source['date_precision'];
  /** "The Washington Post · Louisa Loveluck and Mustafa Salim · 21 July 2019" */
  source_line: string;
}

/** The filters a step applies, complete (the explorer's Filters shape: null = no restriction). */
export interface PublishedStepFilters {
  categories: Category[] | null;
  sources: string[] | null;
  independentOnly: boolean;
  precisions: Precision[] | null;
  dateRange: [string, string] | null;
}

export interface PublishedBriefingStep {
  id: string;
  heading: string;
  text: string;
  places: string[];
  claims: string[];
  key_quote: ResolvedKeyQuote;
  camera: BriefingCamera;
  filters: PublishedStepFilters;
}

/** one record of public/data/briefings.json */
export interface PublishedBriefing {
  id: string;
  title: string;
  subtitle?: string;
  steps: PublishedBriefingStep[];
}
