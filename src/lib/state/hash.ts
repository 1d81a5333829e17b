/**
 * The URL hash ⇄ View. The hash is untrusted input (anyone can send a link), so `decodeHash`
 * never throws and only ever returns a view built from ids the data actually contains: unknown
 * ids, `__proto__`, script-y strings, NaN, out-of-range numbers and malformed percent-encoding
 * are dropped part by part, and the result is made consistent (a claim only with a place it is
 * drawn at, a passage only inside an open article, a date range only in order, a playback's
 * window as the date range).
 *
 * Format: `key=value&…`, keys in a fixed order, values `encodeURIComponent`-ed (list items one by
 * one, so ids containing `,` survive). Defaults are omitted to keep links short.
 *
 *   c=lon,lat,zoom[,bearing]  camera; 4 / 4 / 2 / 0 decimals; bearing only when not 0
 *   p=placeId                 selected place
 *   cl=claimId                open claim
 *   a=sourceId  q=start-end   article in the reader and highlighted passage (UTF-16 offsets)
 *   cat=…  src=…  prec=…      filters, comma-separated; an empty value means "none selected"
 *   ind=1                     independent origins only
 *   d=YYYY-MM-DD..YYYY-MM-DD  inclusive date range
 *   und=1                     keep undated claims while a date range is set
 *   lang=en|ar|both           label language
 *   ui=ar                     interface language (English when absent)
 *   b=briefingId:step         briefing and 0-based step
 *   pb=window,day,xN[,play][,loop]  timeline playback: week|month|quarter, the window's first
 *                             day, speed ×1/×2/×4, playing, looping; it sets `d=` to its window
 */
import type { IndexedClaim } from '../data/published';
import type { Category, Precision, Source } from '../data/types';
import { CATEGORIES, PRECISIONS } from '../data/vocabulary';
import { isIsoDay } from '../data/dates';
import { isUiLanguage } from '../i18n/languages';
import { decodePlayback, encodePlayback, isPlaybackValid, windowDays } from '../timeline/playback';
import { DEFAULT_CAMERA, defaultView, LABEL_LANGUAGES, type Camera, type View } from './view';

/** What a decoded hash may refer to. Everything else is ignored. */
export interface KnownIds {
  placeIds: ReadonlySet<string>;
  claimIds: ReadonlySet<string>;
  sourceIds: ReadonlySet<string>;
  categories: ReadonlySet<Category>;
  precisions: ReadonlySet<Precision>;
  /** claim id → ids of the places it is drawn at (first = primary) */
  claimPlaces: ReadonlyMap<string, readonly string[]>;
  /** briefing id → number of steps; when absent, `b=` is ignored */
  briefings?: ReadonlyMap<string, number>;
  /** source id → length of its text; when present, passages must lie inside the text */
  sourceLengths?: ReadonlyMap<string, number>;
}

/** Longest hash we read at all; a real one is a few hundred characters. */
export const MAX_HASH_LENGTH = 8192;
/** Longest single value we read. */
const MAX_VALUE_LENGTH = 4096;
/** Largest passage offset accepted when source lengths are unknown (far beyond any article). */
const MAX_OFFSET = 100_000_000;

const LON_LIMIT = 180;
/** Web Mercator's latitude limit: MapLibre cannot show beyond it. */
const LAT_LIMIT = 85.0511;
const ZOOM_MIN = 0;
const ZOOM_MAX = 22;

/**
 * Build the known ids from the loaded data. Sources from public/data/sources.json carry their
 * text `length`, which then bounds passage offsets.
 */
export function buildKnown(
  places: readonly { id: string; claims: readonly Pick<IndexedClaim, 'id' | 'places'>[] }[],
  sources: readonly (Pick<Source, 'id'> & { length?: number })[],
  briefings?: ReadonlyMap<string, number>,
): KnownIds {
  const claimPlaces = new Map<string, string[]>();
  for (const p of places) {
    for (const claim of p.claims) {
      const at = claimPlaces.get(claim.id) ?? [...claim.places];
      // A claim is openable wherever it is drawn, even if `places` were to omit that place.
      if (!at.includes(p.id)) at.push(p.id);
      claimPlaces.set(claim.id, at);
    }
  }
  const lengths = new Map<string, number>();
  for (const s of sources) if (typeof s.length === 'number') lengths.set(s.id, s.length);
  return {
    placeIds: new Set(places.map((p) => p.id)),
    claimIds: new Set(claimPlaces.keys()),
    sourceIds: new Set(sources.map((s) => s.id)),
    categories: new Set(CATEGORIES),
    precisions: new Set(PRECISIONS),
    claimPlaces,
    ...(briefings ? { briefings } : {}),
    ...(lengths.size > 0 ? { sourceLengths: lengths } : {}),
  };
}

// ─── Numbers ─────────────────────────────────────────────────────────────────

/** Round to `digits` decimals; never returns -0 (it would print as "-0.0000" and compare unequal). */
function round(x: number, digits: number): number {
  const r = Number(x.toFixed(digits));
  return r === 0 ? 0 : r;
}

/** MapLibre reports bearings in (-180, 180]. */
function normalizeBearing(b: number): number {
  let r = Math.round(b) % 360;
  if (r <= -180) r += 360;
  if (r > 180) r -= 360;
  return r === 0 ? 0 : r;
}

/** A camera at the precision the hash keeps; apply before comparing with a decoded view. */
export function roundCamera(camera: Camera): Camera {
  return {
    center: [round(camera.center[0], 4), round(camera.center[1], 4)],
    zoom: round(camera.zoom, 2),
    bearing: normalizeBearing(camera.bearing),
  };
}

const DECIMAL = /^-?\d{1,4}(\.\d{1,12})?$/;

function parseDecimal(s: string | undefined): number | null {
  if (s === undefined || !DECIMAL.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

function parseCamera(value: string): Camera | null {
  const parts = value.split(',');
  if (parts.length !== 3 && parts.length !== 4) return null;
  const lon = parseDecimal(parts[0]);
  const lat = parseDecimal(parts[1]);
  const zoom = parseDecimal(parts[2]);
  const bearing = parts.length === 4 ? parseDecimal(parts[3]) : 0;
  if (lon === null || lat === null || zoom === null || bearing === null) return null;
  if (Math.abs(lon) > LON_LIMIT || Math.abs(lat) > LAT_LIMIT) return null;
  if (zoom < ZOOM_MIN || zoom > ZOOM_MAX || Math.abs(bearing) > 360) return null;
  return roundCamera({ center: [lon, lat], zoom, bearing });
}

function cameraEquals(a: Camera, b: Camera): boolean {
  return (
    a.center[0] === b.center[0] &&
    a.center[1] === b.center[1] &&
    a.zoom === b.zoom &&
    a.bearing === b.bearing
  );
}

// ─── Encode ──────────────────────────────────────────────────────────────────

function encodeList(items: readonly string[]): string {
  return items.map(encodeURIComponent).join(',');
}

/** The hash for a view, without the leading `#`; `''` for the default view. */
export function encodeHash(view: View): string {
  const parts: string[] = [];
  const cam = roundCamera(view.camera);
  if (!cameraEquals(cam, DEFAULT_CAMERA)) {
    const c = [cam.center[0].toFixed(4), cam.center[1].toFixed(4), cam.zoom.toFixed(2)];
    if (cam.bearing !== 0) c.push(String(cam.bearing));
    parts.push(`c=${c.join(',')}`);
  }
  if (view.place !== null) {
    parts.push(`p=${encodeURIComponent(view.place)}`);
    if (view.claim !== null) parts.push(`cl=${encodeURIComponent(view.claim)}`);
  }
  if (view.article !== null) {
    parts.push(`a=${encodeURIComponent(view.article.source)}`);
    const q = view.article.passage;
    if (q !== null) parts.push(`q=${q.start}-${q.end}`);
  }
  const f = view.filters;
  if (f.categories !== null) parts.push(`cat=${encodeList(f.categories)}`);
  if (f.sources !== null) parts.push(`src=${encodeList(f.sources)}`);
  if (f.independentOnly) parts.push('ind=1');
  if (f.precisions !== null) parts.push(`prec=${encodeList(f.precisions)}`);
  if (f.dateRange !== null) parts.push(`d=${f.dateRange[0]}..${f.dateRange[1]}`);
  // Kept without a range too: it is the reader's choice for whenever dates are set.
  if (f.keepUndated === true) parts.push('und=1');
  if (view.lang !== 'en') parts.push(`lang=${view.lang}`);
  if (view.ui !== undefined && view.ui !== 'en') parts.push(`ui=${view.ui}`);
  if (view.briefing !== null) {
    parts.push(`b=${encodeURIComponent(view.briefing.id)}:${view.briefing.step}`);
  }
  if (view.playback !== null) parts.push(`pb=${encodePlayback(view.playback)}`);
  return parts.join('&');
}

// ─── Decode ──────────────────────────────────────────────────────────────────

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/**
 * Split into raw key → raw value. The first occurrence of a key wins (later duplicates are
 * ignored, so appending `&p=…` to a link cannot override it); a Map, so `__proto__` is just a key.
 */
function splitParams(hash: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of hash.split('&')) {
    const eq = part.indexOf('=');
    const key = eq === -1 ? part : part.slice(0, eq);
    const value = eq === -1 ? '' : part.slice(eq + 1);
    if (key === '' || out.has(key) || value.length > MAX_VALUE_LENGTH) continue;
    out.set(key, value);
  }
  return out;
}

/**
 * A list of known values: empty raw value → [] (explicitly nothing selected); items that are
 * unknown or badly encoded are dropped, duplicates removed, order kept; if items were given but
 * none survived, the whole part counts as malformed → null (no filter).
 */
function decodeList<T extends string>(raw: string | undefined, known: ReadonlySet<T>): T[] | null {
  if (raw === undefined) return null;
  if (raw === '') return [];
  const out: T[] = [];
  for (const item of raw.split(',')) {
    const v = safeDecode(item);
    // Membership in `known` is exactly what makes v a T.
    if (v !== null && (known as ReadonlySet<string>).has(v) && !out.includes(v as T)) {
      out.push(v as T);
    }
  }
  return out.length > 0 ? out : null;
}

function decodeKnown(raw: string | undefined, known: ReadonlySet<string>): string | null {
  if (raw === undefined) return null;
  const v = safeDecode(raw);
  return v !== null && known.has(v) ? v : null;
}

const PASSAGE = /^(\d{1,9})-(\d{1,9})$/;
const DATE_RANGE = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;
const BRIEFING_STEP = /^\d{1,4}$/;

/**
 * Read a view from a URL hash (with or without the leading `#`). Never throws; anything it cannot
 * vouch for is replaced by the default. The result always satisfies `isConsistent(view, known)`.
 */
export function decodeHash(hash: string, known: KnownIds): View {
  const view = defaultView();
  if (typeof hash !== 'string' || hash.length > MAX_HASH_LENGTH) return view;
  const params = splitParams(hash.startsWith('#') ? hash.slice(1) : hash);

  const c = params.get('c');
  if (c !== undefined) view.camera = parseCamera(c) ?? view.camera;

  view.place = decodeKnown(params.get('p'), known.placeIds);
  const claim = decodeKnown(params.get('cl'), known.claimIds);
  const claimPlaces = claim === null ? undefined : known.claimPlaces.get(claim);
  if (claim !== null && claimPlaces !== undefined) {
    if (view.place === null) {
      // A link to a claim alone opens it at its primary place (if that place is on the map).
      const primary = claimPlaces.find((id) => known.placeIds.has(id));
      if (primary !== undefined) {
        view.place = primary;
        view.claim = claim;
      }
    } else if (claimPlaces.includes(view.place)) {
      view.claim = claim;
    }
  }

  const article = decodeKnown(params.get('a'), known.sourceIds);
  if (article !== null) {
    view.article = { source: article, passage: null };
    const m = PASSAGE.exec(params.get('q') ?? '');
    if (m) {
      const start = Number(m[1]);
      const end = Number(m[2]);
      const limit = known.sourceLengths?.get(article) ?? MAX_OFFSET;
      if (start < end && end <= limit) view.article.passage = { start, end };
    }
  }

  view.filters.categories = decodeList(params.get('cat'), known.categories);
  view.filters.sources = decodeList(params.get('src'), known.sourceIds);
  view.filters.independentOnly = params.get('ind') === '1';
  view.filters.precisions = decodeList(params.get('prec'), known.precisions);

  const d = DATE_RANGE.exec(params.get('d') ?? '');
  if (d && isIsoDay(d[1]!) && isIsoDay(d[2]!) && d[1]! <= d[2]!) {
    view.filters.dateRange = [d[1]!, d[2]!];
  }
  view.filters.keepUndated = params.get('und') === '1';

  const lang = params.get('lang');
  const language = LABEL_LANGUAGES.find((l) => l === lang);
  if (language !== undefined) view.lang = language;
  const uiLang = params.get('ui');
  if (isUiLanguage(uiLang)) view.ui = uiLang;

  const b = params.get('b');
  if (b !== undefined && known.briefings !== undefined) {
    const colon = b.lastIndexOf(':');
    const id = colon === -1 ? null : safeDecode(b.slice(0, colon));
    const stepRaw = colon === -1 ? '' : b.slice(colon + 1);
    const steps = id === null ? undefined : known.briefings.get(id);
    if (id !== null && steps !== undefined && BRIEFING_STEP.test(stepRaw)) {
      const step = Number(stepRaw);
      if (step < steps) view.briefing = { id, step };
    }
  }

  // The playback drives the date filter: its window wins over whatever `d=` says.
  const playback = decodePlayback(params.get('pb'));
  const frame = playback && windowDays(playback.window, playback.at);
  if (playback && frame) {
    view.playback = playback;
    view.filters.dateRange = frame;
  }

  return view;
}

// ─── Consistency ─────────────────────────────────────────────────────────────

function isKnownList<T extends string>(list: readonly T[] | null, known: ReadonlySet<T>): boolean {
  return list === null || (list.every((x) => known.has(x)) && new Set(list).size === list.length);
}

/**
 * Whether a view is one `decodeHash` could return: every id known, numbers finite, in range and
 * at the hash's precision, a claim only with a place it is drawn at, a passage only inside an open
 * article with start < end, a date range of real days in order, a briefing step that exists, a
 * playback whose window is the date range.
 */
export function isConsistent(view: View, known: KnownIds): boolean {
  const { center, zoom, bearing } = view.camera;
  const cam = roundCamera(view.camera);
  if (![center[0], center[1], zoom, bearing].every(Number.isFinite)) return false;
  if (!cameraEquals(cam, view.camera)) return false;
  if (Math.abs(center[0]) > LON_LIMIT || Math.abs(center[1]) > LAT_LIMIT) return false;
  if (zoom < ZOOM_MIN || zoom > ZOOM_MAX) return false;

  if (view.place !== null && !known.placeIds.has(view.place)) return false;
  if (view.claim !== null) {
    if (view.place === null || !known.claimIds.has(view.claim)) return false;
    if (!(known.claimPlaces.get(view.claim) ?? []).includes(view.place)) return false;
  }

  if (view.article !== null) {
    if (!known.sourceIds.has(view.article.source)) return false;
    const q = view.article.passage;
    if (q !== null) {
      const limit = known.sourceLengths?.get(view.article.source) ?? MAX_OFFSET;
      if (!Number.isInteger(q.start) || !Number.isInteger(q.end)) return false;
      if (q.start < 0 || q.start >= q.end || q.end > limit) return false;
    }
  }

  const f = view.filters;
  if (!isKnownList(f.categories, known.categories)) return false;
  if (!isKnownList(f.sources, known.sourceIds)) return false;
  if (!isKnownList(f.precisions, known.precisions)) return false;
  if (typeof f.independentOnly !== 'boolean') return false;
  if (f.keepUndated !== undefined && typeof f.keepUndated !== 'boolean') return false;
  if (f.dateRange !== null) {
    const [s, e] = f.dateRange;
    if (!isIsoDay(s) || !isIsoDay(e) || s > e) return false;
  }

  if (!LABEL_LANGUAGES.includes(view.lang)) return false;
  if (view.briefing !== null) {
    const steps = known.briefings?.get(view.briefing.id);
    const { step } = view.briefing;
    if (steps === undefined || !Number.isInteger(step) || step < 0 || step >= steps) return false;
  }
  if (view.playback !== null) {
    if (!isPlaybackValid(view.playback)) return false;
    const frame = windowDays(view.playback.window, view.playback.at);
    if (f.dateRange?.[0] !== frame?.[0] || f.dateRange?.[1] !== frame?.[1]) return false;
  }
  return true;
}
