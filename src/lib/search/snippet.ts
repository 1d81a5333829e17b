/**
 * What a search result shows: the matched part of a name or quote, as text segments the
 * component wraps in <mark>. Quotes are evidence, so a snippet is a slice of the exact
 * characters; the ellipses are flags for the component, never added to the text.
 */
import { segmentText, type TextSegment } from '../citations/reader';
import type { Range } from './search';

export interface Snippet {
  segments: TextSegment[];
  /** the snippet starts after the beginning of the quote */
  before: boolean;
  /** the snippet ends before the end of the quote */
  after: boolean;
}

/** Split a name or a short text into marked and unmarked segments. */
export function markRanges(text: string, ranges: readonly Range[]): TextSegment[] {
  return segmentText(text, ranges);
}

const SPACE = /\s/;

/**
 * A window of about `width` characters around the first match, widened to whole words and
 * never cutting a surrogate pair; the whole text when it fits.
 */
export function quoteSnippet(text: string, matches: readonly Range[], width = 110): Snippet {
  if (text.length <= width || matches.length === 0) {
    const cut = matches.length === 0 ? Math.min(text.length, width) : text.length;
    const end = wordEnd(text, cut);
    return {
      segments: markRanges(text.slice(0, end), matches),
      before: false,
      after: end < text.length,
    };
  }
  const first = matches[0]!;
  const matchLen = Math.max(0, first.end - first.start);
  const lead = Math.max(20, Math.floor((width - matchLen) / 3));
  let start = Math.max(0, first.start - lead);
  let end = Math.min(text.length, start + Math.max(width, matchLen));
  start = Math.max(0, Math.min(start, end - width));
  start = wordStart(text, start);
  end = wordEnd(text, end);
  const shifted = matches
    .filter((m) => m.end > start && m.start < end)
    .map((m) => ({ start: Math.max(m.start, start) - start, end: Math.min(m.end, end) - start }));
  return {
    segments: markRanges(text.slice(start, end), shifted),
    before: start > 0,
    after: end < text.length,
  };
}

/** Move back to the start of the word containing `i` (no further than 15 characters). */
function wordStart(text: string, i: number): number {
  let j = i;
  while (j > 0 && i - j < 15 && !SPACE.test(text[j - 1]!)) j--;
  if (j > 0 && !SPACE.test(text[j - 1]!)) j = i;
  return isLowSurrogate(text, j) ? j - 1 : j;
}

/** Move forward to the end of the word containing `i` (no further than 15 characters). */
function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && j - i < 15 && !SPACE.test(text[j]!)) j++;
  if (j < text.length && !SPACE.test(text[j]!)) j = i;
  return isLowSurrogate(text, j) ? j + 1 : j;
}

function isLowSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return i > 0 && i < text.length && c >= 0xdc00 && c <= 0xdfff;
}
