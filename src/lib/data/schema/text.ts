/**
 * Text hygiene, as valibot refinements on every curated string: no leading or trailing
 * whitespace, no broken (lone surrogate) characters, no invisible controls or bidi overrides, no
 * stray invisible format characters, no spreadsheet formula at the start of a CSV cell, and a
 * length limit. JSON Schema can say the limit and "not blank"; the rest is checked by the build.
 */
import * as v from 'valibot';
import { isIsoDay } from '../dates.ts';
import { codePoint, describe, say, truncate } from './messages.ts';

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/u;

export const LIMITS = {
  id: 64,
  name: 200,
  quote: 2000,
  summary: 1000,
  text: 2000,
  quotesPerClaim: 20,
  uncertaintyKm: 500,
  innerRadiusKm: 200,
  coordinatesPerShape: 500,
} as const;

// C0/C1 controls (a quote may still span paragraphs: it is checked against the source instead).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/u;
// Bidi embeddings, overrides and isolates can make text display differently from what it is.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Invisible format characters (Unicode category Cf: zero-width space U+200B, word joiner U+2060,
// U+FEFF, soft hyphen U+00AD, tag characters, …) make "Kirkuk" and "Kir\u200Bkuk" different
// strings that look the same: search misses them and duplicate checks pass them.
const FORMAT = /\p{Cf}/u;
// Joiners (ZWNJ, ZWJ) and direction marks (LRM, RLM, ALM) are orthography in Arabic-script text,
// where they are allowed; in any other text they are only ever invisible noise.
const SCRIPT_FORMAT = new Set(['\u200C', '\u200D', '\u200E', '\u200F', '\u061C']);
// Anything invisible that can make an id look like another: controls, format characters, line
// and paragraph separators.
const ID_HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
// What Excel, LibreOffice and Google Sheets take as the start of a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@]/;
/** Not blank, and no whitespace at either end: what an editor can check as the curator types. */
const TRIMMED = '^\\S(?:[\\s\\S]*\\S)?$';

/** The first invisible format character in `value` that its script does not need. */
function strayFormatCharacter(value: string): RegExpExecArray | null {
  const re = new RegExp(FORMAT.source, 'gu');
  const arabic = ARABIC_LETTER.test(value);
  for (let m = re.exec(value); m; m = re.exec(value)) {
    if (!(arabic && SCRIPT_FORMAT.has(m[0]))) return m;
  }
  return null;
}

/**
 * A refinement that runs only while the value has no problem yet, so each field reports the
 * first thing wrong with it (fix that, and the next shows) rather than a cascade.
 */
export function refine<T>(
  test: (value: T) => { message: string; fix: string } | null,
): v.RawCheckAction<T> {
  return v.rawCheck<T>(({ dataset, addIssue }) => {
    if (!dataset.typed || dataset.issues) return;
    const problem = test(dataset.value);
    if (problem) addIssue({ message: say(problem.message, problem.fix) });
  });
}

export interface TextOptions {
  max: number;
  /** quotes are compared with the source, so any character the source has is allowed */
  verbatim?: boolean;
  /** the value starts a cell of data/downloads/claims.csv, where a spreadsheet would run it as a formula */
  cell?: boolean;
}

/** The checks after "is it a non-empty string within the limit", in the order they report. */
function hygiene(value: string, options: TextOptions): { message: string; fix: string } | null {
  if (value !== value.trim()) {
    return {
      message: 'starts or ends with whitespace.',
      fix: 'Remove the leading/trailing spaces or line breaks.',
    };
  }
  if (LONE_SURROGATE.test(value)) {
    return { message: 'contains a broken (lone surrogate) character.', fix: 'Retype the text.' };
  }
  if (options.verbatim) return null;
  const control = CONTROL.exec(value) ?? BIDI_CONTROL.exec(value);
  if (control) {
    return {
      message: `contains the invisible control character ${codePoint(control[0])} at index ${control.index}.`,
      fix: 'Delete it; write plain text (line breaks belong in the source, not here).',
    };
  }
  if (options.cell && FORMULA_START.test(value)) {
    return {
      message: `starts with "${value[0]}", which a spreadsheet opening data/downloads/claims.csv would run as a formula.`,
      fix: 'Start it with a word or a number.',
    };
  }
  const format = strayFormatCharacter(value);
  if (format) {
    return {
      message: `contains the invisible character ${codePoint(format[0])} at index ${format.index}, which makes the text look like something it is not.`,
      fix: 'Delete it (joiners and direction marks are allowed only in Arabic-script text).',
    };
  }
  return null;
}

type Message = (issue: v.BaseIssue<unknown>) => string;

function textPipe(options: TextOptions) {
  const notString: Message = (issue) =>
    say(`must be a string, not ${describe(issue.input)}.`, 'Write it in double quotes.');
  const tooLong: Message = (issue) =>
    say(
      `is ${(issue.input as string).length} characters long; the limit is ${options.max}.`,
      options.verbatim
        ? 'Quote a shorter passage (split it into several quotes if needed).'
        : 'Shorten it.',
    );
  return [
    v.string(notString),
    v.check<string, string>(
      (s) => s.trim() !== '',
      say('is empty.', 'Fill it in, or remove the field if it is optional.'),
    ),
    v.maxLength<string, number, Message>(options.max, tooLong),
    refine<string>((s) => hygiene(s, options)),
  ] as const;
}

/** A curated string: never blank, within its limit, free of invisible tricks. */
export function text(options: TextOptions) {
  return v.pipe(...textPipe(options), v.metadata({ pattern: TRIMMED }));
}

/** A short code checked against a pattern (ISO codes, hashes, language tags, file names). */
export function pattern(re: RegExp, what: string, example: string) {
  return v.pipe(
    ...textPipe({ max: 100 }),
    v.regex<string, Message>(re, (issue) =>
      say(`${JSON.stringify(issue.input)} is not ${what}.`, `Write it like "${example}".`),
    ),
  );
}

const WEB_URL = /^https?:\/\/[^\s/?#]+[^\s]*$/;

/** An absolute http(s) address, as a reader would paste it from the browser's address bar. */
export function webUrl() {
  return v.pipe(
    ...textPipe({ max: 2000 }),
    v.check<string, Message>(
      (s) => WEB_URL.test(s) && URL.canParse(s),
      (issue) =>
        say(
          `${JSON.stringify(issue.input)} is not a web address.`,
          'Write the whole address, starting with https:// (or http://), with no spaces.',
        ),
    ),
  );
}

function suggestId(value: string): string {
  const s = value
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, LIMITS.id)
    .replace(/-+$/, '');
  return s || 'my-id';
}

/** Whether `value` is a usable id: what names a record in every message about it. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= LIMITS.id && ID_PATTERN.test(value);
}

/** A record id, or a reference to one: lowercase-hyphenated, nothing invisible. */
export function id() {
  const notId: Message = (issue) =>
    say(
      `must be a non-empty id string, not ${describe(issue.input)}.`,
      'Use lowercase letters, digits and hyphens, e.g. "kirkuk-motorcycle-blast".',
    );
  return v.pipe(
    v.string(notId),
    v.nonEmpty(notId),
    refine<string>((s) => {
      const hidden = ID_HIDDEN.exec(s);
      if (hidden) {
        return {
          message: `id contains the invisible character ${codePoint(hidden[0])} at index ${hidden.index}, which makes it look like a different id.`,
          fix: 'Retype the id using only a–z, 0–9 and hyphens.',
        };
      }
      if (s.length > LIMITS.id || !ID_PATTERN.test(s)) {
        return {
          message: `id ${JSON.stringify(truncate(s, 70))} is not lowercase-hyphenated (${ID_PATTERN.source}, at most ${LIMITS.id} characters).`,
          fix: `Use lowercase letters, digits and single hyphens, e.g. "${suggestId(s)}".`,
        };
      }
      return null;
    }),
    v.metadata({ pattern: ID_PATTERN.source, maxLength: LIMITS.id }),
  );
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day, as a curated string (so hygiene is checked first). */
export function day() {
  return v.pipe(
    ...textPipe({ max: 10 }),
    refine<string>((s) =>
      isIsoDay(s)
        ? null
        : {
            message: `${JSON.stringify(s)} is not a calendar date.`,
            fix: 'Write it as YYYY-MM-DD, e.g. "2019-07-01".',
          },
    ),
    v.metadata({ pattern: ISO_DAY.source, format: 'date' }),
  );
}
