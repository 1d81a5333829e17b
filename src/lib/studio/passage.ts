/**
 * Passages of a source text as the studio cites them: a selection snapped to whole words, its
 * W3C TextQuoteSelector context, which occurrence it is, and the numerals in it.
 */

/** Letters, marks and digits of any script (Arabic included) make up a word. */
const WORD = /[\p{L}\p{M}\p{N}]/u;
const CONTEXT = 32;

export interface Span {
  start: number;
  end: number;
}

export interface Quoted extends Span {
  exact: string;
  prefix: string;
  suffix: string;
  /** 1-based occurrence of `exact` in the text, counted from the start */
  occurrence: number;
  /** how many times `exact` occurs in the text */
  count: number;
}

const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch);
const DIGIT = /[0-9٠-٩]/;

/** A thousands or decimal separator inside a number ("5,000") belongs to the number. */
function inNumber(text: string, at: number): boolean {
  return (
    /[,.٬٫]/.test(text[at] ?? '') &&
    DIGIT.test(text[at - 1] ?? '') &&
    DIGIT.test(text[at + 1] ?? '')
  );
}
const joined = (text: string, at: number) => isWord(text[at]) || inNumber(text, at);

/**
 * Widens a selection to whole words and trims the whitespace at its ends: a quote that starts
 * or ends mid-word is refused by the verifier, and a drag rarely lands on a word's edge.
 */
export function snapToWords(text: string, start: number, end: number): Span {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (s === e) return { start: s, end: e };
  while (s > 0 && joined(text, s - 1) && joined(text, s)) s--;
  while (e < text.length && joined(text, e) && joined(text, e - 1)) e++;
  return { start: s, end: e };
}

function occurrences(text: string, exact: string): number[] {
  const at: number[] = [];
  if (exact === '') return at;
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) at.push(i);
  return at;
}

/** The quote at a span, with its context and which of its repeats it is. */
export function quoteAt(text: string, span: Span, context = CONTEXT): Quoted {
  const exact = text.slice(span.start, span.end);
  const at = occurrences(text, exact);
  const index = at.indexOf(span.start);
  return {
    ...span,
    exact,
    prefix: text.slice(Math.max(0, span.start - context), span.start),
    suffix: text.slice(span.end, span.end + context),
    occurrence: index + 1,
    count: at.length,
  };
}

/** Where a claim's quote lies in a text: its `occurrence` (1-based), or the first. */
export function locateQuote(text: string, exact: string, occurrence = 1): Span | null {
  const at = occurrences(text, exact)[occurrence - 1];
  return at === undefined ? null : { start: at, end: at + exact.length };
}

/** The sentence around a span: a passage to cite when the curator starts from a place name. */
export function sentenceAround(text: string, span: Span): Span {
  let s = span.start;
  while (s > 0 && !/[.!?؟\n]/.test(text[s - 1]!)) s--;
  let e = span.end;
  while (e < text.length && !/[.!?؟\n]/.test(text[e]!)) e++;
  if (e < text.length && text[e] !== '\n') e++;
  return snapToWords(text, s, e);
}

export interface Numeral {
  as_written: string;
  value: number;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  dozen: 12,
  dozens: 24,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  hundreds: 200,
  thousand: 1000,
  thousands: 2000,
};

/**
 * The numbers a quote writes, exactly as written ("5,000", "seven", "٣٠"), each with its value,
 * for the claim form to offer; the curator still decides what is counted and the range.
 */
export function numeralsIn(quote: string): Numeral[] {
  const found: (Numeral & { at: number })[] = [];
  for (const m of quote.matchAll(/[0-9٠-٩][0-9٠-٩,.]*[0-9٠-٩]|[0-9٠-٩]/g)) {
    const digits = m[0].replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
    const value = Number(digits.replace(/,/g, ''));
    if (Number.isFinite(value)) found.push({ as_written: m[0], value, at: m.index });
  }
  for (const m of quote.matchAll(/\p{L}+/gu)) {
    const value = NUMBER_WORDS[m[0].toLowerCase()];
    if (value !== undefined) found.push({ as_written: m[0], value, at: m.index });
  }
  return found.sort((a, b) => a.at - b.at).map(({ as_written, value }) => ({ as_written, value }));
}
