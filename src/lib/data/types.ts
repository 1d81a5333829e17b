/**
 * The citemap data model: the curated input (`data/`, `seeds/sources.json`) and the
 * verified layer the build emits (`public/data/`). Shared by the build pipeline and the app.
 */

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
import type { Category, Precision } from './vocabulary.ts';
import type { PublishedKeyQuote } from './published.ts';
import type { BriefingCamera, Claim, QuoteRef, Source } from './schema/index.ts';

// ─── Verified output (public/data/; the files themselves are in published.ts) ───

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

/** one record of public/data/sources.json: the curated Source plus what the reader needs */
export interface PublishedSource extends Source {
  /** the text's URL relative to the app, e.g. `sources/003_4dd1e7653c4ee551.txt` */
  path: string;
  /** length of the text in UTF-16 code units (quote offsets are below it) */
  length: number;
  /** the sources this one ultimately derives from (itself when it derives from none) */
  origins: string[];
}

// ─── Briefings (data/briefings/*.json → public/data/briefings.json) ──────────

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
  /** the quote shown large: the app reads it from the claim's shard */
  key_quote: PublishedKeyQuote;
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
