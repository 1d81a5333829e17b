/**
 * What the studio refuses as a source text, before anything is stored: a text is evidence, so
 * it is never altered; what cannot be evidence is refused with a message saying why.
 */
import { bad } from './http.ts';

/** Far longer than any article; a paste this long is a mistake (a whole site, a binary file). */
export const MAX_TEXT_CHARS = 2_000_000;
/** A saved page carries markup, styles and inline images besides the article. */
export const MAX_HTML_CHARS = 8_000_000;

// C0 controls other than tab, line feed and carriage return: never in a text, always in binary.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;
// Embeddings, overrides and isolates reorder what is displayed: the text would not read as it is.
const BIDI_OVERRIDE = /[\u202A-\u202E\u2066-\u2069]/u;

const codePoint = (ch: string) =>
  `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Refuses a value that is not usable text; `what` names it in the message. */
export function checkText(value: unknown, what: string, max: number): string {
  if (typeof value !== 'string') throw bad(`${what} must be a string of text.`);
  if (value.trim() === '') throw bad(`${what} is empty: paste or drop an article's text.`);
  if (value.length > max) {
    throw bad(
      `${what} is ${value.length.toLocaleString('en')} characters long; the studio takes at most ${max.toLocaleString('en')}. Import the article alone, not the whole page or site.`,
    );
  }
  const control = CONTROL.exec(value);
  if (control) {
    throw bad(
      `${what} is not text: it contains the control character ${codePoint(control[0])} at offset ${control.index} (a binary file, e.g. a PDF or an image?). Import a .txt or a saved .html page.`,
    );
  }
  if (value.includes('\uFFFD')) {
    throw bad(
      `${what} contains the replacement character U+FFFD at offset ${value.indexOf('\uFFFD')}: it was not decoded as UTF-8 text. Save the file as UTF-8 and import it again.`,
    );
  }
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u.test(value)) {
    throw bad(`${what} contains a broken (lone surrogate) character.`);
  }
  const bidi = BIDI_OVERRIDE.exec(value);
  if (bidi) {
    throw bad(
      `${what} contains the bidirectional control ${codePoint(bidi[0])} at offset ${bidi.index}, which makes text display in an order other than it is stored. Archive a copy of the article without it.`,
    );
  }
  return value;
}
