/**
 * The article reader's logic: which passages of an article the map cites, stepping between them,
 * and cutting the text into plain segments to render as text nodes (never HTML: quotes are
 * evidence and must appear exactly as the archived text has them).
 */
import type { VerifiedClaim } from '../data/types';

export interface ReaderPassage {
  /** UTF-16 offsets into the source text */
  start: number;
  end: number;
  text: string;
  placeId: string;
  claimId: string;
  /** index into the claim's quotes */
  quoteIndex: number;
}

/**
 * Every passage of `sourceId` cited anywhere on the map, sorted by start (then end, then claim).
 * A claim drawn at several places is listed once, at its primary place (the first of its
 * `places` that is on the map), so "next passage" never visits the same quote twice. `claims`
 * are the full claims quoting the source (the dataset's claimsQuoting, loaded from their shards).
 */
export function readerPassages(
  sourceId: string,
  claims: readonly Pick<VerifiedClaim, 'id' | 'places' | 'quotes'>[],
  onMap: ReadonlySet<string>,
): ReaderPassage[] {
  const seen = new Set<string>();
  const out: ReaderPassage[] = [];
  for (const claim of claims) {
    if (seen.has(claim.id)) continue;
    seen.add(claim.id);
    const placeId = claim.places.find((id) => onMap.has(id));
    if (placeId === undefined) continue;
    claim.quotes.forEach((q, quoteIndex) => {
      if (q.source !== sourceId) return;
      out.push({
        start: q.start,
        end: q.end,
        text: q.text,
        placeId,
        claimId: claim.id,
        quoteIndex,
      });
    });
  }
  return out.sort(
    (a, b) =>
      a.start - b.start ||
      a.end - b.end ||
      (a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : a.quoteIndex - b.quoteIndex),
  );
}

/**
 * The next (direction 1) or previous (-1) passage after the one at `current`, by position in the
 * text; passages at the same offsets as `current` are skipped (they are the same words). With no
 * current passage, the first or last. Null at either end: the reader disables the button rather
 * than wrapping around silently.
 */
export function stepPassage(
  passages: readonly ReaderPassage[],
  current: { start: number; end: number } | null,
  direction: 1 | -1,
): ReaderPassage | null {
  if (passages.length === 0) return null;
  if (current === null) {
    return (direction === 1 ? passages[0] : passages[passages.length - 1]) ?? null;
  }
  const order = (p: { start: number; end: number }) =>
    p.start - current.start || p.end - current.end;
  if (direction === 1) return passages.find((p) => order(p) > 0) ?? null;
  for (let i = passages.length - 1; i >= 0; i--) {
    if (order(passages[i]!) < 0) return passages[i]!;
  }
  return null;
}

export interface TextSegment {
  text: string;
  /** true when at least one highlight covers the segment */
  highlighted: boolean;
  /** position in the segment list: a stable key for rendering */
  index: number;
  /** offsets of the segment in the original text */
  start: number;
  end: number;
  /** indices (into the `highlights` argument) of every highlight covering this segment */
  highlights: number[];
}

/** Move an offset off the middle of a surrogate pair, so no segment holds half a character. */
function snap(text: string, offset: number): number {
  const before = text.charCodeAt(offset - 1);
  const at = text.charCodeAt(offset);
  const splits = before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff;
  return splits ? offset - 1 : offset;
}

/**
 * Cut `text` at every highlight boundary. The segments concatenate back to exactly `text`.
 * Highlights may overlap, be unsorted, be empty or run past the text: they are clamped, empty
 * ones ignored, and overlapping ones both listed on the segments they share.
 */
export function segmentText(
  text: string,
  highlights: readonly { start: number; end: number }[],
): TextSegment[] {
  const n = text.length;
  const clamp = (x: number) => (Number.isFinite(x) ? Math.min(n, Math.max(0, Math.trunc(x))) : 0);
  const spans = highlights
    .map((h, i) => ({ start: snap(text, clamp(h.start)), end: snap(text, clamp(h.end)), i }))
    .filter((h) => h.start < h.end);

  const cuts = [...new Set([0, n, ...spans.flatMap((h) => [h.start, h.end])])].sort(
    (a, b) => a - b,
  );
  const segments: TextSegment[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const start = cuts[k]!;
    const end = cuts[k + 1]!;
    const covering = spans.filter((h) => h.start <= start && h.end >= end).map((h) => h.i);
    segments.push({
      text: text.slice(start, end),
      highlighted: covering.length > 0,
      index: segments.length,
      start,
      end,
      highlights: covering,
    });
  }
  return segments;
}
