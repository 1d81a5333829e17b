/**
 * Offsets in the article texts. The data model records JavaScript (UTF-16 code unit) offsets;
 * the W3C Web Annotation TextPositionSelector, Python and most tools count Unicode code points,
 * which differ after any character outside the Basic Multilingual Plane (an emoji, a rare CJK
 * ideograph). The downloads give code points, converted here.
 */

/** The code-point offset of a UTF-16 offset into `text` (which must not split a surrogate pair). */
export function codePointOffset(text: string, utf16: number): number {
  if (utf16 < 0 || utf16 > text.length) {
    throw new RangeError(`offset ${utf16} is outside a text of ${text.length} UTF-16 code units`);
  }
  let n = 0;
  for (let i = 0; i < utf16; i++) {
    const c = text.charCodeAt(i);
    // a high surrogate followed by a low one is one code point: count it at the low half
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (i + 1 === utf16) throw new RangeError(`offset ${utf16} splits a surrogate pair`);
        i++;
      }
    }
    n++;
  }
  return n;
}

/**
 * Up to `length` code points of `text` before and after `[start, end)` (UTF-16 offsets): the
 * prefix and suffix of a TextQuoteSelector, never cutting a character in two.
 */
export function quoteContext(
  text: string,
  start: number,
  end: number,
  length = 32,
): { prefix: string; suffix: string } {
  const before = Array.from(text.slice(0, start));
  const after = Array.from(text.slice(end));
  return {
    prefix: before.slice(Math.max(0, before.length - length)).join(''),
    suffix: after.slice(0, length).join(''),
  };
}
