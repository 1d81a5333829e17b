/**
 * The curation studio's wire contract: what the studio UI (src/lib/studio/, dev server only) and
 * the dev-server endpoint (src/pipeline/studio/) say to each other. Types only, so it ships
 * nothing; both sides import it and nothing else of each other.
 *
 * Every request carries the per-session token in the `x-citemap-token` header (the dev server
 * writes it into the page as `<meta name="citemap-studio-token">`); every response is JSON.
 * Paths are under STUDIO_BASE. A refusal is `{ ok: false, error }` with an HTTP status that says
 * why (400 bad input, 403 origin/host/token, 409 stale, 413 too large, 422 fails verification).
 */

export const STUDIO_BASE = '/__citemap/studio';
export const STUDIO_TOKEN_HEADER = 'x-citemap-token';
export const STUDIO_TOKEN_META = 'citemap-studio-token';
/**
 * Sent over Vite's HMR socket (`import.meta.hot.on(STUDIO_PUBLISHED_EVENT, …)`) after a save or
 * undo has republished public/data, so every open tab can reload the dataset.
 */
export const STUDIO_PUBLISHED_EVENT = 'citemap:published';
/** The largest request body the endpoint reads (a clear 413 above it). */
export const STUDIO_MAX_BODY = 20 * 1024 * 1024;

/** A curated file, relative to the project folder: the only files the studio writes. */
export type ProjectFile =
  'data/places.json' | 'data/claims.json' | 'seeds/sources.json' | `data/briefings/${string}.json`;

/** A file's content hash as the studio last read it: a save naming an older one is refused. */
export type FileVersion = string;

/** One problem the build's verifier found, placed so the UI can show it beside its field. */
export interface StudioProblem {
  file: string;
  /** the record's id, when the problem is in one record */
  id?: string;
  /** the field's path inside the record, dotted: "quotes.1.text", "occurred.start" */
  field?: string;
  message: string;
  /** what would fix it */
  fix: string;
}

export interface StudioError {
  ok: false;
  error: string;
  problems?: StudioProblem[];
  /** on 409: the files that changed on disk since they were read */
  stale?: ProjectFile[];
}

/** GET /project: everything the studio edits, with the versions a save must name. */
export interface ProjectSnapshot {
  ok: true;
  /** the folder's name, for the header ("my-map") */
  name: string;
  /** true when the project has no sources yet (the welcome state) */
  empty: boolean;
  files: Record<ProjectFile, { version: FileVersion; json: unknown }>;
  /** source id → its stored text, exactly as saved */
  texts: Record<string, string>;
  /** drafts kept from saves that failed verification, newest first */
  drafts: Draft[];
}

/** POST /extract: HTML (a saved page) reduced to the article's text, for the curator to confirm. */
export interface ExtractRequest {
  html: string;
}
export interface ExtractResponse {
  ok: true;
  text: string;
  title?: string;
  byline?: string;
  published?: string;
  lang?: string;
  siteName?: string;
}

/** A source's text to store byte-for-byte under seeds/, with the original HTML beside it. */
export interface NewText {
  sourceId: string;
  text: string;
  html?: string;
}

/**
 * POST /save: whole new contents for the files that changed, each with the version it was
 * based on. The server verifies the project as `npm run data` would, with these contents in
 * place; on success it writes them atomically (stable formatting: one record per block, keys in
 * a fixed order), republishes public/data, and answers the new versions. On failure nothing is
 * written to the curated files and the request is kept as a draft.
 */
export interface SaveRequest {
  changes: { file: ProjectFile; baseVersion: FileVersion | null; json: unknown }[];
  texts?: NewText[];
  /** what the curator did, for undo and the draft list ("Add claim qaim-crossing") */
  label: string;
}
export interface SaveResponse {
  ok: true;
  versions: Partial<Record<ProjectFile, FileVersion>>;
  /** the published data was rebuilt: the app may reload its dataset */
  published: boolean;
  /** warnings the build prints but does not fail on */
  warnings: string[];
}

export interface Draft {
  id: string;
  label: string;
  savedAt: string;
  request: SaveRequest;
  problems: StudioProblem[];
}

/** POST /drafts/discard: delete a kept draft (after it was re-saved, or given up). */
export interface DiscardDraftRequest {
  id: string;
}

/** POST /undo: restore the files as they were before the last successful save. */
export interface UndoResponse {
  ok: true;
  versions: Partial<Record<ProjectFile, FileVersion>>;
  label: string;
}

/** GET /gazetteer?q=…&limit=…: places by any name, English or Arabic, any transliteration. */
export interface GazetteerHit {
  /** what the place's geometry would be: a GeoNames point or a Natural Earth province */
  ref: { from: 'geonames'; geonames_id: number } | { from: 'admin1'; iso: string };
  name: { en: string; ar?: string };
  /** the name that matched the query, as the gazetteer spells it */
  matched: string;
  kind: 'settlement' | 'province';
  country: string;
  countryName: string;
  province?: string;
  provinceName?: string;
  lon: number;
  lat: number;
  population?: number;
}
export interface GazetteerResponse {
  ok: true;
  hits: GazetteerHit[];
}

/** POST /recognise: the place names the gazetteer finds in a text (suggestions, never claims). */
export interface RecogniseRequest {
  text: string;
}
export interface RecognisedName {
  /** UTF-16 offsets into the text, as the reader's selection gives them */
  start: number;
  end: number;
  text: string;
  /** more than one candidate: the name is ambiguous */
  candidates: GazetteerHit[];
}
export interface RecogniseResponse {
  ok: true;
  names: RecognisedName[];
}

/**
 * POST /reanchor: what becomes of a source's quotes if its text is replaced. Nothing is written;
 * the curator confirms with a save that carries the new text and the quotes it accepted.
 */
export interface ReanchorRequest {
  sourceId: string;
  text: string;
}
export interface ReanchoredQuote {
  claimId: string;
  /** index of the quote in the claim's quotes */
  index: number;
  status: 'unchanged' | 'moved' | 'changed' | 'missing';
  before: { exact: string; prefix: string; suffix: string; start: number; end: number };
  /** where it is in the new text (absent when missing) */
  after?: { exact: string; prefix: string; suffix: string; start: number; end: number };
  /** edit distance of the approximate match (0 for an exact one) */
  errors?: number;
}
export interface ReanchorResponse {
  ok: true;
  quotes: ReanchoredQuote[];
}
