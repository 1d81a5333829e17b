/**
 * Search over place names (English, Arabic, every spelling the articles use) and over the full
 * text of every verified quote. Built once per data load; a query is a linear scan over
 * pre-normalised strings, which at citemap's scale (hundreds of places, thousands of quotes) is
 * well under a frame.
 */
import type { PublishedPlace, PublishedSearchIndex } from '../data/published';
import {
  normalize,
  normalizeQuery,
  originalRange,
  stripArticle,
  type Normalized,
} from './normalize';

/** Offsets into an original string, UTF-16, end exclusive. */
export interface Range {
  start: number;
  end: number;
}

/** How well a place name matched, best first. */
type MatchRank = 'exact' | 'prefix' | 'word-prefix' | 'substring';
const RANK_ORDER: readonly MatchRank[] = ['exact', 'prefix', 'word-prefix', 'substring'];

type NameField = 'name_en' | 'name_ar' | 'alias';
const FIELD_ORDER: readonly NameField[] = ['name_en', 'name_ar', 'alias'];

export interface PlaceResult {
  kind: 'place';
  placeId: string;
  /** the place's English name, for display */
  name: string;
  /** the name or alias that matched, as written, and which field it is */
  matchedName: string;
  field: NameField;
  rank: MatchRank;
  /** where the query landed in `matchedName` */
  match: Range;
}

export interface QuoteResult {
  kind: 'quote';
  placeId: string;
  claimId: string;
  /** index into the claim's `quotes` */
  quoteIndex: number;
  source: string;
  /** the quote, exactly as verified */
  text: string;
  /** every match, as offsets into `text` */
  matches: Range[];
  /** the same matches as offsets into the source article (quote.start added) */
  sourceMatches: Range[];
}

export type SearchResult = PlaceResult | QuoteResult;

interface IndexedName {
  placeId: string;
  field: NameField;
  original: string;
  norm: Normalized;
  /** the normalised name without its article, if it has one */
  bare: string | null;
}

interface IndexedQuote {
  placeId: string;
  claimId: string;
  quoteIndex: number;
  source: string;
  text: string;
  start: number;
  norm: Normalized;
}

export interface SearchIndex {
  readonly names: readonly IndexedName[];
  readonly quotes: readonly IndexedQuote[];
  /** place id → English name, data order */
  readonly placeNames: ReadonlyMap<string, string>;
  /** place id → claim count, to rank equally good matches */
  readonly placeWeight: ReadonlyMap<string, number>;
}

/** Quote search needs at least this many normalised characters: one letter matches everything. */
const MIN_QUOTE_QUERY = 2;

/**
 * Index names (from the places layer) and aliases and quotes (from search-index.json, where the
 * build put each quote once, at its claim's primary place).
 */
export function buildSearchIndex(
  features: readonly { properties: PublishedPlace }[],
  file: PublishedSearchIndex,
): SearchIndex {
  const names: IndexedName[] = [];
  const placeNames = new Map<string, string>();
  const placeWeight = new Map<string, number>();
  for (const { properties: p } of features) {
    placeNames.set(p.id, p.name_en);
    placeWeight.set(p.id, p.claim_count);
    const fields: [NameField, string][] = [
      ['name_en', p.name_en],
      ['name_ar', p.name_ar],
      ...(file.aliases[p.id] ?? []).map((a): [NameField, string] => ['alias', a]),
    ];
    const seen = new Set<string>();
    for (const [field, original] of fields) {
      if (original === '' || seen.has(original)) continue;
      seen.add(original);
      const norm = normalize(original);
      names.push({ placeId: p.id, field, original, norm, bare: stripArticle(norm.text) });
    }
  }
  const quotes: IndexedQuote[] = file.quotes.map((q) => ({
    placeId: q.place,
    claimId: q.claim,
    quoteIndex: q.quote,
    source: q.source,
    text: q.text,
    start: q.start,
    norm: normalize(q.text),
  }));
  return { names, quotes, placeNames, placeWeight };
}

const WORD_BREAK = /[\s\-'"(/.,]/;

function isWordStart(text: string, i: number): boolean {
  return i === 0 || WORD_BREAK.test(text[i - 1]!);
}

interface NameMatch {
  rank: MatchRank;
  /** normalised range within the name */
  at: [number, number];
}

/** Best match of a query against one name, trying each with and without its article. */
function matchName(name: IndexedName, q: string, qBare: string | null): NameMatch | null {
  const n = name.norm.text;
  const whole: [number, number] = [0, n.length];
  const nBare = name.bare ?? n;
  const bareQ = qBare ?? q;
  if (n === q || nBare === bareQ) return { rank: 'exact', at: whole };
  if (n.startsWith(q)) return { rank: 'prefix', at: [0, q.length] };
  if (nBare.startsWith(bareQ)) {
    const offset = n.length - nBare.length;
    return { rank: 'prefix', at: [offset, offset + bareQ.length] };
  }
  let best: NameMatch | null = null;
  for (const needle of qBare === null ? [q] : [q, qBare]) {
    for (let i = n.indexOf(needle); i !== -1; i = n.indexOf(needle, i + 1)) {
      const rank: MatchRank = isWordStart(n, i) ? 'word-prefix' : 'substring';
      if (best === null || RANK_ORDER.indexOf(rank) < RANK_ORDER.indexOf(best.rank)) {
        best = { rank, at: [i, i + needle.length] };
      }
    }
  }
  return best;
}

/** All non-overlapping occurrences of the needles in `text`, merged and sorted. */
function findAll(text: string, needles: readonly string[]): [number, number][] {
  const hits: [number, number][] = [];
  for (const needle of needles) {
    if (needle.length === 0) continue;
    for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) {
      hits.push([i, i + needle.length]);
    }
  }
  hits.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const h of hits) {
    const last = merged[merged.length - 1];
    if (last && h[0] <= last[1]) last[1] = Math.max(last[1], h[1]);
    else merged.push([h[0], h[1]]);
  }
  return merged;
}

/**
 * Places first (best match rank, then English name before Arabic before aliases, then places
 * with more claims), then quotes (those where the query starts a word first, then data order).
 * The query is a phrase: normalised, it must occur as one run of text.
 */
export function search(index: SearchIndex, query: string, limit = 20): SearchResult[] {
  const q = normalizeQuery(query);
  if (q.length === 0 || limit <= 0) return [];
  const qBare = stripArticle(q);

  const best = new Map<string, { name: IndexedName; m: NameMatch }>();
  const score = (x: { name: IndexedName; m: NameMatch }) =>
    RANK_ORDER.indexOf(x.m.rank) * 10 + FIELD_ORDER.indexOf(x.name.field);
  for (const name of index.names) {
    const m = matchName(name, q, qBare);
    if (m === null) continue;
    const cand = { name, m };
    const prev = best.get(name.placeId);
    if (prev === undefined || score(cand) < score(prev)) best.set(name.placeId, cand);
  }
  const places: PlaceResult[] = [...best.values()]
    .sort(
      (a, b) =>
        score(a) - score(b) ||
        (index.placeWeight.get(b.name.placeId) ?? 0) - (index.placeWeight.get(a.name.placeId) ?? 0),
    )
    .map(({ name, m }) => {
      const [start, end] = originalRange(name.norm, m.at[0], m.at[1]);
      return {
        kind: 'place',
        placeId: name.placeId,
        name: index.placeNames.get(name.placeId) ?? name.original,
        matchedName: name.original,
        field: name.field,
        rank: m.rank,
        match: { start, end },
      };
    });

  const out: SearchResult[] = places.slice(0, limit);
  if (out.length >= limit || q.length < MIN_QUOTE_QUERY) return out;

  const needles = qBare === null ? [q] : [q, qBare];
  const quoteHits: { result: QuoteResult; wordStart: boolean }[] = [];
  for (const quote of index.quotes) {
    const hits = findAll(quote.norm.text, needles);
    if (hits.length === 0) continue;
    const matches = hits.map(([a, b]) => {
      const [start, end] = originalRange(quote.norm, a, b);
      return { start, end };
    });
    quoteHits.push({
      wordStart: hits.some(([a]) => isWordStart(quote.norm.text, a)),
      result: {
        kind: 'quote',
        placeId: quote.placeId,
        claimId: quote.claimId,
        quoteIndex: quote.quoteIndex,
        source: quote.source,
        text: quote.text,
        matches,
        sourceMatches: matches.map((r) => ({
          start: r.start + quote.start,
          end: r.end + quote.start,
        })),
      },
    });
  }
  // Array.prototype.sort is stable, so data order is kept within each group.
  quoteHits.sort((a, b) => Number(b.wordStart) - Number(a.wordStart));
  for (const h of quoteHits) {
    if (out.length >= limit) break;
    out.push(h.result);
  }
  return out;
}
