/**
 * The quote verifier: a quote is evidence only if it is the exact characters of its source.
 * Offsets are JavaScript (UTF-16) string offsets, so the app can `source.slice(start, end)`.
 *
 * When a quote is not found, the verifier looks for the passage the curator most likely meant —
 * first ignoring the usual copy-paste damage (curly vs straight quotes, non-breaking vs normal
 * spaces, dash kinds, case), then by approximate matching — and says how it differs.
 */

export interface QuoteInput {
  text: string;
  /** 1-based; picks one of several occurrences */
  occurrence?: number;
  /** the characters just before and after the passage (TextQuoteSelector), telling apart repeats */
  prefix?: string;
  suffix?: string;
}

export interface NearMiss {
  start: number;
  end: number;
  /** the source's characters at start…end */
  passage: string;
  /** human-readable differences, source first ("curly apostrophe (’) where the quote has …") */
  differences: string[];
}

export type QuoteResult =
  | { ok: true; start: number; end: number }
  | { ok: false; problem: 'not-found'; nearest: NearMiss | undefined }
  | { ok: false; problem: 'ambiguous'; offsets: number[] }
  | { ok: false; problem: 'context-mismatch'; offsets: number[] }
  | { ok: false; problem: 'occurrence-out-of-range'; offsets: number[]; occurrence: number }
  | {
      ok: false;
      problem: 'mid-word';
      start: number;
      end: number;
      side: 'start' | 'end';
      word: string;
    };

/** Every offset at which `needle` occurs in `haystack`, overlapping occurrences included. */
export function findOccurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
    found.push(i);
  }
  return found;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/** The whole word around offset `at` (which lies inside it). */
function wordAround(text: string, at: number): string {
  let s = at;
  let e = at;
  while (s > 0 && isWordChar(text[s - 1])) s--;
  while (e < text.length && isWordChar(text[e])) e++;
  return text.slice(s, e);
}

/** Whether the passage at `start` has the quote's recorded prefix and suffix around it. */
function inContext(source: string, start: number, quote: QuoteInput): boolean {
  const end = start + quote.text.length;
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  return (
    source.slice(Math.max(0, start - prefix.length), start) === prefix &&
    source.slice(end, end + suffix.length) === suffix
  );
}

export function verifyQuote(source: string, quote: QuoteInput): QuoteResult {
  const offsets = findOccurrences(source, quote.text);
  if (offsets.length === 0) {
    return { ok: false, problem: 'not-found', nearest: nearestPassage(source, quote.text) };
  }
  const hasContext = quote.prefix !== undefined || quote.suffix !== undefined;
  let start: number;
  if (quote.occurrence !== undefined) {
    const picked = offsets[quote.occurrence - 1];
    if (picked === undefined) {
      return {
        ok: false,
        problem: 'occurrence-out-of-range',
        offsets,
        occurrence: quote.occurrence,
      };
    }
    if (hasContext && !inContext(source, picked, quote)) {
      return { ok: false, problem: 'context-mismatch', offsets };
    }
    start = picked;
  } else {
    // The recorded context picks out the one passage meant, as a TextQuoteSelector does.
    const candidates = hasContext ? offsets.filter((o) => inContext(source, o, quote)) : offsets;
    if (candidates.length === 0) return { ok: false, problem: 'context-mismatch', offsets };
    if (candidates.length > 1) return { ok: false, problem: 'ambiguous', offsets: candidates };
    start = candidates[0] as number;
  }
  const end = start + quote.text.length;
  // A quote that cuts a word in half reads as something the source did not say.
  if (isWordChar(quote.text[0]) && isWordChar(source[start - 1])) {
    return {
      ok: false,
      problem: 'mid-word',
      start,
      end,
      side: 'start',
      word: wordAround(source, start),
    };
  }
  if (isWordChar(quote.text[quote.text.length - 1]) && isWordChar(source[end])) {
    return {
      ok: false,
      problem: 'mid-word',
      start,
      end,
      side: 'end',
      word: wordAround(source, end - 1),
    };
  }
  return { ok: true, start, end };
}

// ─── Normalisation with a map back to the original offsets ───────────────────

const SINGLE_QUOTES = /['‘’‚‛′`´]/u;
const DOUBLE_QUOTES = /["“”„‟″«»]/u;
const DASHES = /[-‐‑‒–—―−]/u;
// Invisible characters a copy from a web page may add or drop.
const IGNORABLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u;

export interface Normalised {
  text: string;
  /** for each normalised code unit, the original [start, end) it came from */
  from: [number, number][];
}

/** Folds quote marks, dashes, whitespace runs and case; keeps a map to the original offsets. */
export function normalise(s: string): Normalised {
  let text = '';
  const from: [number, number][] = [];
  let i = 0;
  for (const ch of s) {
    const span: [number, number] = [i, i + ch.length];
    i += ch.length;
    if (IGNORABLE.test(ch)) {
      const last = from[from.length - 1];
      if (last) last[1] = span[1];
      continue;
    }
    let out: string;
    if (/\s/u.test(ch)) {
      const last = from[from.length - 1];
      if (text.endsWith(' ') && last) {
        last[1] = span[1];
        continue;
      }
      out = ' ';
    } else if (SINGLE_QUOTES.test(ch)) out = "'";
    else if (DOUBLE_QUOTES.test(ch)) out = '"';
    else if (DASHES.test(ch)) out = '-';
    else if (ch === '…') out = '...';
    else {
      const lower = ch.toLowerCase();
      // A few letters lower-case to two characters (İ → i̇); keep those as they are.
      out = lower.length === ch.length ? lower : ch;
    }
    for (let k = 0; k < out.length; k++) from.push([span[0], span[1]]);
    text += out;
  }
  return { text, from };
}

function originalSpan(n: Normalised, start: number, end: number): [number, number] {
  const first = n.from[start];
  const last = n.from[end - 1];
  if (!first || !last) return [0, 0];
  return [first[0], last[1]];
}

// ─── Describing differences ──────────────────────────────────────────────────

const CHAR_NAMES: Record<string, string> = {
  "'": "a straight apostrophe (')",
  '’': 'a curly apostrophe (’)',
  '‘': 'a left curly quote (‘)',
  '"': 'a straight double quote (")',
  '“': 'a left curly double quote (“)',
  '”': 'a right curly double quote (”)',
  '«': 'a guillemet («)',
  '»': 'a guillemet (»)',
  ' ': 'a space',
  '\u00A0': 'a non-breaking space (U+00A0)',
  '\u202F': 'a narrow non-breaking space (U+202F)',
  '\u2009': 'a thin space (U+2009)',
  '\n': 'a line break',
  '\t': 'a tab',
  '-': 'a hyphen (-)',
  '–': 'an en dash (–)',
  '—': 'an em dash (—)',
  '−': 'a minus sign (−)',
  '…': 'an ellipsis character (…)',
  '\u00AD': 'a soft hyphen (U+00AD)',
  '\u200B': 'a zero-width space (U+200B)',
};

function describeSegment(seg: string): string {
  if (seg === '') return 'nothing';
  const named = CHAR_NAMES[seg];
  if (named) return named;
  if (/^\s+$/u.test(seg)) {
    const chars = [...seg];
    if (chars.every((c) => c === chars[0])) {
      return `${chars.length} × ${CHAR_NAMES[chars[0] as string] ?? codePointName(chars[0] as string)}`;
    }
    return chars.map((c) => CHAR_NAMES[c] ?? codePointName(c)).join(' + ');
  }
  if (seg === '...') return 'three dots (...)';
  return JSON.stringify(seg);
}

function codePointName(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Differences between two strings that normalise to the same text: walks the normalised
 * characters, compares the original characters each came from, and joins neighbouring
 * differences into one (a case change is widened to the whole word).
 */
function normalisedDifferences(passage: string, quote: string): string[] {
  const np = normalise(passage);
  const nq = normalise(quote);
  const runs: { p: [number, number]; q: [number, number]; last: number }[] = [];
  const n = Math.min(np.from.length, nq.from.length);
  for (let k = 0; k < n; k++) {
    const [ps, pe] = np.from[k] as [number, number];
    const [qs, qe] = nq.from[k] as [number, number];
    if (passage.slice(ps, pe) === quote.slice(qs, qe)) continue;
    const run = runs[runs.length - 1];
    if (run && run.last === k - 1) {
      run.p[1] = Math.max(run.p[1], pe);
      run.q[1] = Math.max(run.q[1], qe);
      run.last = k;
    } else runs.push({ p: [ps, pe], q: [qs, qe], last: k });
  }
  const out: string[] = [];
  for (const run of runs) {
    let p = passage.slice(...run.p);
    let q = quote.slice(...run.q);
    let diff: string;
    if (p.toLowerCase() === q.toLowerCase()) {
      p = widenToWord(passage, run.p);
      q = widenToWord(quote, run.q);
      diff = `${JSON.stringify(p)} where the quote has ${JSON.stringify(q)} (letter case)`;
    } else diff = `${describeSegment(p)} where the quote has ${describeSegment(q)}`;
    if (!out.includes(diff)) out.push(diff);
  }
  return out;
}

function widenToWord(text: string, [start, end]: [number, number]): string {
  let s = start;
  let e = end;
  while (s > 0 && isWordChar(text[s - 1])) s--;
  while (e < text.length && isWordChar(text[e])) e++;
  return text.slice(s, e);
}

const TOKEN = /\s+|[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu;

function tokens(s: string): string[] {
  return s.match(TOKEN) ?? [];
}

/** Word-level differences (missing, extra or changed words), then character-level ones. */
function tokenDifferences(passage: string, quote: string): string[] {
  const a = tokens(passage);
  const b = tokens(quote);
  const na = a.map((t) => normalise(t).text);
  const nb = b.map((t) => normalise(t).text);
  // Longest common subsequence over normalised tokens; quotes are short, so O(n·m) is fine.
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i--) {
    const row = lcs[i] as number[];
    const next = lcs[i + 1] as number[];
    for (let j = b.length - 1; j >= 0; j--) {
      row[j] = na[i] === nb[j] ? (next[j + 1] ?? 0) + 1 : Math.max(next[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  let gapA: string[] = [];
  let gapB: string[] = [];
  const flush = () => {
    const sa = gapA.join('').trim();
    const sb = gapB.join('').trim();
    if (sa && sb) out.push(`${JSON.stringify(sa)} where the quote has ${JSON.stringify(sb)}`);
    else if (sa) out.push(`${JSON.stringify(sa)}, which the quote leaves out`);
    else if (sb) out.push(`nothing where the quote adds ${JSON.stringify(sb)}`);
    gapA = [];
    gapB = [];
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && na[i] === nb[j]) {
      flush();
      if (a[i] !== b[j]) {
        for (const d of normalisedDifferences(a[i] as string, b[j] as string)) {
          if (!out.includes(d)) out.push(d);
        }
      }
      i++;
      j++;
    } else if (
      j >= b.length ||
      (i < a.length && (lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0))
    ) {
      gapA.push(a[i++] as string);
    } else {
      gapB.push(b[j++] as string);
    }
  }
  flush();
  return out;
}

// ─── Finding the nearest passage ─────────────────────────────────────────────

/**
 * The passage of `source` closest to `quote`: an exact match after normalisation if there is
 * one, otherwise the best approximate match (semi-global edit distance), if it is close enough
 * to be what the curator meant.
 */
export function nearestPassage(source: string, quote: string): NearMiss | undefined {
  const ns = normalise(source);
  const nq = normalise(quote);
  if (nq.text.trim() === '') return undefined;
  const at = ns.text.indexOf(nq.text);
  if (at !== -1) {
    const [start, end] = originalSpan(ns, at, at + nq.text.length);
    const passage = source.slice(start, end);
    return { start, end, passage, differences: normalisedDifferences(passage, quote) };
  }
  const best = approximateMatch(ns.text, nq.text);
  const budget = Math.max(3, Math.floor(nq.text.length * 0.25));
  if (!best || best.cost > budget) return undefined;
  const [start, end] = originalSpan(ns, best.start, best.end);
  const passage = source.slice(start, end);
  return { start, end, passage, differences: tokenDifferences(passage, quote) };
}

/**
 * Sellers' algorithm: the substring of `text` with the smallest edit distance to `pattern`.
 * Column by column over the text, carrying each cell's start offset so no traceback is needed.
 */
export function approximateMatch(
  text: string,
  pattern: string,
): { start: number; end: number; cost: number } | undefined {
  const m = pattern.length;
  if (m === 0 || text.length === 0) return undefined;
  let cost = new Int32Array(m + 1);
  let from = new Int32Array(m + 1);
  let nextCost = new Int32Array(m + 1);
  let nextFrom = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) cost[i] = i;
  let best = { start: 0, end: 0, cost: Infinity };
  for (let j = 1; j <= text.length; j++) {
    const t = text.charCodeAt(j - 1);
    nextCost[0] = 0;
    nextFrom[0] = j;
    for (let i = 1; i <= m; i++) {
      let c = (cost[i - 1] as number) + (pattern.charCodeAt(i - 1) === t ? 0 : 1);
      let f = from[i - 1] as number;
      const skipPattern = (nextCost[i - 1] as number) + 1;
      if (skipPattern < c) [c, f] = [skipPattern, nextFrom[i - 1] as number];
      const skipText = (cost[i] as number) + 1;
      if (skipText < c) [c, f] = [skipText, from[i] as number];
      nextCost[i] = c;
      nextFrom[i] = f;
    }
    if ((nextCost[m] as number) < best.cost) {
      best = { start: nextFrom[m] as number, end: j, cost: nextCost[m] as number };
    }
    [cost, nextCost] = [nextCost, cost];
    [from, nextFrom] = [nextFrom, from];
  }
  return best.cost === Infinity ? undefined : best;
}

// ─── Messages ────────────────────────────────────────────────────────────────

/** A passage short enough for one line of an error message. */
function excerpt(s: string, max = 160): string {
  if (s.length <= max) return s;
  const half = Math.floor((max - 1) / 2);
  return `${s.slice(0, half)}…${s.slice(s.length - half)}`;
}

function context(source: string, at: number, length: number): string {
  const s = Math.max(0, at - 25);
  const e = Math.min(source.length, at + length + 25);
  return `${s > 0 ? '…' : ''}${source.slice(s, e).replace(/\s+/gu, ' ')}${e < source.length ? '…' : ''}`;
}

/** The message and fix for a failed quote, naming the source file and id. */
export function describeQuoteProblem(
  result: Exclude<QuoteResult, { ok: true }>,
  quote: QuoteInput,
  source: { id: string; file: string; text: string },
): { message: string; fix: string } {
  const where = `seeds/${source.file} (source "${source.id}")`;
  switch (result.problem) {
    case 'not-found': {
      const near = result.nearest;
      if (!near) {
        return {
          message: `not found verbatim in ${where}, and no passage there resembles it.`,
          fix: 'Check that "source" names the article the quote comes from, then copy the exact characters from it.',
        };
      }
      const differs = near.differences.length
        ? ` It differs by: ${near.differences.slice(0, 5).join('; ')}.`
        : '';
      return {
        message: `not found verbatim in ${where}. Closest passage at ${near.start}–${near.end}: "${excerpt(near.passage)}".${differs}`,
        fix: 'Copy the exact characters from the source (curly quotes, non-breaking spaces and all).',
      };
    }
    case 'ambiguous': {
      const list = result.offsets
        .map((o, i) => `${i + 1}: at ${o} "${context(source.text, o, quote.text.length)}"`)
        .join('; ');
      return {
        message: `occurs ${result.offsets.length} times in ${where} (${list}).`,
        fix: `Add "prefix"/"suffix" (the characters just before and after the passage meant), or "occurrence": 1–${result.offsets.length}, or quote a longer, unique passage.`,
      };
    }
    case 'context-mismatch':
      return {
        message: `occurs in ${where} (at ${result.offsets.join(', ')}), but never after ${JSON.stringify(quote.prefix ?? '')} and before ${JSON.stringify(quote.suffix ?? '')}.`,
        fix: 'Copy "prefix" and "suffix" from the characters around the passage in the source, or remove them.',
      };
    case 'occurrence-out-of-range':
      return {
        message: `asks for occurrence ${result.occurrence}, but the text occurs ${result.offsets.length} time${result.offsets.length === 1 ? '' : 's'} in ${where} (at ${result.offsets.join(', ')}).`,
        fix:
          result.offsets.length === 1
            ? 'Remove "occurrence"; the text is unique.'
            : `Use an occurrence from 1 to ${result.offsets.length}.`,
      };
    case 'mid-word':
      return {
        message: `${result.side === 'start' ? 'starts' : 'ends'} in the middle of the word "${result.word}" in ${where} (at ${result.side === 'start' ? result.start : result.end}).`,
        fix: `Extend the quote to the whole word "${result.word}".`,
      };
  }
}
