/**
 * Text normalisation for search, with a map back to the original string: matching happens on the
 * normalised text, but the highlight must land on the original characters of the quote.
 *
 * What is folded, and why:
 * - case, and Latin diacritics (NFKD, then combining marks dropped): "Hashimi" finds "Hāshimī";
 *   NFKD also unfolds ligatures (ﬁ) and Arabic presentation forms to their base letters;
 * - double quotes (curly, straight, guillemets) and all dashes to one form each: articles mix
 *   them freely; single quotes and apostrophes of every kind (’ ' ʼ ʻ ʿ ʾ) are dropped, because
 *   transliterations use them for ayn and hamza inconsistently ("Qa’im" = "Qaim");
 * - every run of whitespace (incl. NBSP, thin and narrow spaces) to one space;
 * - invisible format characters (ZWJ, ZWNJ, LRM/RLM, ALM, BOM) dropped;
 * - Arabic: tashkeel (harakat, tanwin, shadda, sukun, superscript alef) and tatweel dropped; alef
 *   forms أ إ آ ٱ → ا; ى → ي; ة → ه; Persian ی ک → ي ك; Arabic-Indic digits → ASCII. Writers
 *   and transliterators disagree on exactly these, and none of them changes the word.
 */

export interface Normalized {
  /** the normalised text */
  text: string;
  /** for each UTF-16 unit of `text`, the range of the original it came from */
  from: Uint32Array;
  to: Uint32Array;
}

const ARABIC_MARK = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/u;
const COMBINING = /\p{M}/u;
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u061C\uFEFF\u00AD]/u;
const WHITESPACE = /\s/u;

const SINGLE: Readonly<Record<string, string>> = {
  // Arabic letter variants
  '\u0622': '\u0627', // آ
  '\u0623': '\u0627', // أ
  '\u0625': '\u0627', // إ
  '\u0671': '\u0627', // ٱ
  '\u0649': '\u064A', // ى → ي
  '\u0629': '\u0647', // ة → ه
  '\u06CC': '\u064A', // Persian yeh
  '\u06A9': '\u0643', // Persian kaf
  '\u0640': '', // tatweel
  // single quotes, apostrophes, ayn/hamza marks: dropped
  "'": '',
  '\u2018': '',
  '\u2019': '',
  '\u201A': '',
  '\u201B': '',
  '\u2032': '',
  '\u0060': '',
  '\u00B4': '',
  '\u02BC': '',
  '\u02BB': '',
  '\u02BE': '',
  '\u02BF': '',
  '\u02B9': '',
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  // dashes and minus
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\uFE58': '-',
  '\uFE63': '-',
  '\uFF0D': '-',
};

/** Fold one code point (as decomposed output) to its search form; '' drops it. */
function foldCodePoint(cp: string): string {
  const mapped = SINGLE[cp];
  if (mapped !== undefined) return mapped;
  if (ARABIC_MARK.test(cp) || COMBINING.test(cp) || INVISIBLE.test(cp)) return '';
  const code = cp.codePointAt(0)!;
  // Arabic-Indic and Extended (Persian) digits
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return cp.toLowerCase();
}

/**
 * Normalise `input`, keeping for every output unit the original range it came from. Leading and
 * trailing whitespace is kept (as one space) so offsets stay simple; `normalizeQuery` trims.
 */
export function normalize(input: string): Normalized {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  while (i < input.length) {
    const cp = String.fromCodePoint(input.codePointAt(i)!);
    const end = i + cp.length;
    let out = '';
    if (WHITESPACE.test(cp)) {
      out = text.endsWith(' ') ? '' : ' ';
    } else {
      // NFKD can expand one code point into several, each of which is folded in turn.
      for (const part of cp.normalize('NFKD')) {
        const folded = foldCodePoint(part);
        // NFKD can turn a compatibility character into a space (e.g. U+FDFA parts); collapse it.
        out += folded === ' ' && (text + out).endsWith(' ') ? '' : folded;
      }
    }
    if (out === '' && to.length > 0 && to[to.length - 1] === i) {
      // Dropped characters (combining marks, tashkeel, tatweel, the rest of a whitespace run)
      // belong to what precedes them: a highlight ending on "b" must include the accent on it,
      // or the renderer would split the mark from its letter.
      const owner = from[from.length - 1];
      for (let k = to.length - 1; k >= 0 && from[k] === owner; k--) to[k] = end;
    }
    for (let k = 0; k < out.length; k++) {
      from.push(i);
      to.push(end);
    }
    text += out;
    i = end;
  }
  return { text, from: Uint32Array.from(from), to: Uint32Array.from(to) };
}

/** Normalise a query: same folding, trimmed. */
export function normalizeQuery(query: string): string {
  return normalize(query).text.trim();
}

/** The original range covering normalised range `[start, end)`. */
export function originalRange(n: Normalized, start: number, end: number): [number, number] {
  if (end <= start) return [n.from[start] ?? 0, n.from[start] ?? 0];
  return [n.from[start]!, n.to[end - 1]!];
}

const ARABIC_ARTICLE = 'ال';
/** Latin transliterations of the Arabic article, incl. sun-letter assimilation (ash-Sharqat). */
const LATIN_ARTICLE = /^(?:al|el|ad|adh|ar|as|ash|at|ath|az|an)-|^(?:al|el) /;

/**
 * The word without its definite article, or null when it has none: "القائم" → "قائم",
 * "al-qaim" → "qaim". Applied to normalised text. The Arabic article is only stripped when a
 * word of at least two letters remains, so "الى"-like short words are left alone.
 */
export function stripArticle(normalized: string): string | null {
  if (normalized.startsWith(ARABIC_ARTICLE) && normalized.length >= ARABIC_ARTICLE.length + 2) {
    return normalized.slice(ARABIC_ARTICLE.length);
  }
  const m = LATIN_ARTICLE.exec(normalized);
  if (m && normalized.length > m[0].length) return normalized.slice(m[0].length);
  return null;
}
