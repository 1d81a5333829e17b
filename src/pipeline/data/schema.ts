/**
 * A hand-written validator for the three curated files. It checks shape only (types, enums,
 * formats, lengths, record-local consistency); whether references resolve and quotes occur is
 * checked later, in links.ts, quotes.ts and geometry.ts. Every problem is collected, and a record
 * with any problem is left out of the later checks so they never see half-valid data.
 */
import type { Category, Claim, Place, PlaceKind, Precision, Source } from '../../lib/data/types.ts';
import { dataError, type DataError } from './errors.ts';

export const SOURCES_FILE = 'seeds/sources.json';
export const PLACES_FILE = 'data/places.json';
export const CLAIMS_FILE = 'data/claims.json';

export const CATEGORIES: readonly Category[] = [
  'attack',
  'kidnapping',
  'border-crossing',
  'military-operation',
  'cell-presence',
  'battle-history',
  'extortion-finance',
  'threat-statement',
  'assessment',
];

export const PLACE_KINDS: readonly PlaceKind[] = [
  'city',
  'town',
  'village',
  'site',
  'base',
  'province',
  'province-part',
  'province-group',
  'border',
  'river',
  'region',
  'country',
];

export const PRECISIONS: readonly Precision[] = [
  'site',
  'settlement',
  'district',
  'province',
  'region',
];

export const RELATIONS = ['rewrite', 'citation', 'syndication', 'wire-copy'] as const;

export const GEOMETRY_SOURCES = [
  'geonames',
  'curated-point',
  'admin1',
  'admin1-union',
  'admin1-part',
  'admin1-ring',
  'shared-border',
  'curated-line',
  'curated-area',
] as const;

type GeometryFrom = (typeof GEOMETRY_SOURCES)[number];

/**
 * Which place kinds each geometry may draw. The map styles by kind and by geometry type, so a
 * city drawn as a polygon (or a province as a point) would be drawn as something it is not.
 */
const KINDS_FOR_GEOMETRY: Record<GeometryFrom, readonly PlaceKind[]> = {
  geonames: ['city', 'town', 'village', 'site', 'base'],
  'curated-point': ['city', 'town', 'village', 'site', 'base'],
  admin1: ['province'],
  'admin1-union': ['province-group', 'region', 'country'],
  'admin1-part': ['province-part'],
  'admin1-ring': ['province-part'],
  'shared-border': ['border'],
  'curated-line': ['river', 'border'],
  'curated-area': ['region', 'country', 'site'],
};

/** Geometries that are editorial approximations and must say so (`approximate: true`). */
const APPROXIMATE_GEOMETRIES: readonly GeometryFrom[] = [
  'admin1-part',
  'admin1-ring',
  'curated-line',
  'curated-area',
];

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ISO_3166_2 = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;
const ISO_3166_1 = /^[A-Z]{2}$/;
const BCP47 = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const SHA256 = /^[0-9a-f]{64}$/;
const SEED_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]*\.txt$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/u;

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

/** The first invisible format character in `value` that its script does not need. */
function strayFormatCharacter(value: string): RegExpExecArray | null {
  const re = new RegExp(FORMAT.source, 'gu');
  const arabic = ARABIC_LETTER.test(value);
  for (let m = re.exec(value); m; m = re.exec(value)) {
    if (!(arabic && SCRIPT_FORMAT.has(m[0]))) return m;
  }
  return null;
}

function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Edit distance, for "did you mean" on unknown field names and enum values. */
export function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

function closest(word: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const option of options) {
    const d = levenshtein(word.toLowerCase(), option.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [option, d];
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'string') return `a string ${JSON.stringify(truncate(value, 40))}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

function truncate(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** A real calendar date in `YYYY-MM-DD`. */
export function isIsoDay(s: string): boolean {
  const m = ISO_DAY.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export interface StringOptions {
  max: number;
  /** quotes are compared with the source, so any character the source has is allowed */
  verbatim?: boolean;
  /** the value starts a cell of data/claims.csv, where a spreadsheet would run it as a formula */
  cell?: boolean;
}

// What Excel, LibreOffice and Google Sheets take as the start of a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@]/;

export interface ObjectShape {
  required: readonly string[];
  optional?: readonly string[];
}

/**
 * Checks one record and collects its errors. Field paths are relative to the record; a record
 * without a usable id is named by its index instead.
 */
export class RecordChecker {
  ok = true;
  failures = 0;
  id: string | null = null;

  /**
   * @param unnamed how a record without a usable id is named in field paths: `[index]` for a
   *   record of an array file, `steps[2]` for a briefing step, `''` for a whole-file record
   */
  constructor(
    private readonly errors: DataError[],
    readonly file: string,
    index: number,
    private readonly unnamed: string = `[${index}]`,
  ) {}

  private path(field: string): string {
    if (this.id !== null) return field;
    const at = this.unnamed;
    if (!at) return field;
    if (!field) return at;
    return field.startsWith('[') ? `${at}${field}` : `${at}.${field}`;
  }

  /** fields already reported missing, so their type checks do not report them twice */
  private readonly missing = new Set<string>();

  fail(field: string, message: string, fix: string): void {
    this.ok = false;
    this.failures++;
    if (this.missing.has(field)) return;
    this.errors.push(dataError(this.file, this.id, this.path(field), message, fix));
  }

  object(value: unknown, field: string, shape: ObjectShape): value is Record<string, unknown> {
    const label = field || 'the record';
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(field, `must be an object, not ${describe(value)}.`, `Write ${label} as { … }.`);
      return false;
    }
    const allowed = [...shape.required, ...(shape.optional ?? [])];
    const prefix = field ? `${field}.` : '';
    for (const key of Object.keys(value)) {
      if (allowed.includes(key)) continue;
      const guess = closest(key, allowed);
      this.fail(
        `${prefix}${key}`,
        `unknown field "${key}".`,
        guess
          ? `Did you mean "${guess}"? Allowed fields: ${allowed.join(', ')}.`
          : `Remove it; allowed fields: ${allowed.join(', ')}.`,
      );
    }
    for (const key of shape.required) {
      if (!(key in value)) {
        this.fail(`${prefix}${key}`, `is missing.`, `Add "${key}" (see docs/data.md).`);
        this.missing.add(`${prefix}${key}`);
      }
    }
    return true;
  }

  string(value: unknown, field: string, options: StringOptions): value is string {
    if (typeof value !== 'string') {
      this.fail(field, `must be a string, not ${describe(value)}.`, 'Write it in double quotes.');
      return false;
    }
    if (value.trim() === '') {
      this.fail(field, 'is empty.', 'Fill it in, or remove the field if it is optional.');
      return false;
    }
    if (value.length > options.max) {
      this.fail(
        field,
        `is ${value.length} characters long; the limit is ${options.max}.`,
        options.verbatim
          ? 'Quote a shorter passage (split it into several quotes if needed).'
          : 'Shorten it.',
      );
      return false;
    }
    if (value !== value.trim()) {
      this.fail(
        field,
        'starts or ends with whitespace.',
        'Remove the leading/trailing spaces or line breaks.',
      );
      return false;
    }
    if (LONE_SURROGATE.test(value)) {
      this.fail(field, 'contains a broken (lone surrogate) character.', 'Retype the text.');
      return false;
    }
    if (!options.verbatim) {
      const control = CONTROL.exec(value) ?? BIDI_CONTROL.exec(value);
      if (control) {
        this.fail(
          field,
          `contains the invisible control character ${codePoint(control[0])} at index ${control.index}.`,
          'Delete it; write plain text (line breaks belong in the source, not here).',
        );
        return false;
      }
      if (options.cell && FORMULA_START.test(value)) {
        this.fail(
          field,
          `starts with "${value[0]}", which a spreadsheet opening data/claims.csv would run as a formula.`,
          'Start it with a word or a number.',
        );
        return false;
      }
      const format = strayFormatCharacter(value);
      if (format) {
        this.fail(
          field,
          `contains the invisible character ${codePoint(format[0])} at index ${format.index}, which makes the text look like something it is not.`,
          'Delete it (joiners and direction marks are allowed only in Arabic-script text).',
        );
        return false;
      }
    }
    return true;
  }

  id_(value: unknown, field: string): value is string {
    if (typeof value !== 'string' || value === '') {
      this.fail(
        field,
        `must be a non-empty id string, not ${describe(value)}.`,
        'Use lowercase letters, digits and hyphens, e.g. "kirkuk-motorcycle-blast".',
      );
      return false;
    }
    const hidden = ID_HIDDEN.exec(value);
    if (hidden) {
      this.fail(
        field,
        `id contains the invisible character ${codePoint(hidden[0])} at index ${hidden.index}, which makes it look like a different id.`,
        'Retype the id using only a–z, 0–9 and hyphens.',
      );
      return false;
    }
    if (value.length > LIMITS.id || !ID_PATTERN.test(value)) {
      this.fail(
        field,
        `id ${JSON.stringify(truncate(value, 70))} is not lowercase-hyphenated (${ID_PATTERN.source}, at most ${LIMITS.id} characters).`,
        `Use lowercase letters, digits and single hyphens, e.g. "${suggestId(value)}".`,
      );
      return false;
    }
    return true;
  }

  number(
    value: unknown,
    field: string,
    range: { min: number; max: number; integer?: boolean; exclusiveMin?: boolean },
  ): value is number {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.fail(field, `must be a finite number, not ${describe(value)}.`, 'Write a plain number.');
      return false;
    }
    if (range.integer && !Number.isInteger(value)) {
      this.fail(field, `must be a whole number, not ${value}.`, 'Drop the fraction.');
      return false;
    }
    const tooLow = range.exclusiveMin ? value <= range.min : value < range.min;
    if (tooLow || value > range.max) {
      const low = range.exclusiveMin ? `greater than ${range.min}` : `at least ${range.min}`;
      this.fail(
        field,
        `is ${value}; it must be ${low} and at most ${range.max}.`,
        'Correct the number.',
      );
      return false;
    }
    return true;
  }

  boolean(value: unknown, field: string): value is boolean {
    if (typeof value !== 'boolean') {
      this.fail(field, `must be true or false, not ${describe(value)}.`, 'Write true or false.');
      return false;
    }
    return true;
  }

  oneOf<T extends string>(value: unknown, field: string, options: readonly T[]): value is T {
    if (typeof value === 'string' && (options as readonly string[]).includes(value)) return true;
    const guess = typeof value === 'string' ? closest(value, options) : undefined;
    this.fail(
      field,
      `${describe(value)} is not one of: ${options.join(', ')}.`,
      guess ? `Did you mean "${guess}"?` : `Pick one of: ${options.join(', ')}.`,
    );
    return false;
  }

  array(value: unknown, field: string, size: { min: number; max?: number }): value is unknown[] {
    if (!Array.isArray(value)) {
      this.fail(field, `must be an array, not ${describe(value)}.`, 'Write it as [ … ].');
      return false;
    }
    if (value.length < size.min) {
      this.fail(
        field,
        `has ${value.length} entries; it needs at least ${size.min}.`,
        'Add the missing entries.',
      );
      return false;
    }
    if (size.max !== undefined && value.length > size.max) {
      this.fail(
        field,
        `has ${value.length} entries; the limit is ${size.max}.`,
        'Remove entries or split the record.',
      );
      return false;
    }
    return true;
  }

  pattern(value: unknown, field: string, re: RegExp, what: string, example: string): boolean {
    if (!this.string(value, field, { max: 100 })) return false;
    if (!re.test(value)) {
      this.fail(field, `${JSON.stringify(value)} is not ${what}.`, `Write it like "${example}".`);
      return false;
    }
    return true;
  }

  uniqueStrings(values: unknown[], field: string): void {
    const seen = new Set<unknown>();
    values.forEach((v, i) => {
      if (seen.has(v)) {
        this.fail(`${field}[${i}]`, `${JSON.stringify(v)} is listed twice.`, 'Remove the repeat.');
      }
      seen.add(v);
    });
  }

  lonLat(value: unknown, field: string): value is [number, number] {
    if (!Array.isArray(value) || value.length !== 2) {
      this.fail(
        field,
        `must be a [longitude, latitude] pair, not ${describe(value)}.`,
        'Write it as [lon, lat], e.g. [44.39, 35.47] (longitude first, as in GeoJSON).',
      );
      return false;
    }
    const lonOk = this.number(value[0], `${field}[0]`, { min: -180, max: 180 });
    const latOk = this.number(value[1], `${field}[1]`, { min: -90, max: 90 });
    return lonOk && latOk;
  }
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

/** A parsed file: its records, or the reason it could not be read. */
export type ParsedFile = { ok: true; value: unknown } | { ok: false; error: DataError };

/** Parses JSON, turning a syntax error's position into a line and column. */
export function parseJson(text: string, file: string): ParsedFile {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const message = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ');
    const at = errorOffset(text, message);
    let where = '';
    if (at !== undefined) {
      const before = text.slice(0, at);
      const line = before.split('\n').length;
      const column = at - before.lastIndexOf('\n');
      where = ` at line ${line}, column ${column}`;
    }
    return {
      ok: false,
      error: dataError(
        file,
        null,
        '',
        `is not valid JSON${where}: ${message}`,
        'Fix the syntax there (JSON has no comments or trailing commas; strings take double quotes).',
      ),
    };
  }
}

/**
 * Where JSON.parse failed. V8 gives "at position N" for most errors but only the offending
 * character for "Unexpected token", so find that character's first appearance outside a string.
 */
function errorOffset(text: string, message: string): number | undefined {
  const pos = /position (\d+)/.exec(message);
  if (pos) return Number(pos[1]);
  const token = /Unexpected token '(.)'/.exec(message)?.[1];
  if (token === undefined) return undefined;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === token) return i;
  }
  return undefined;
}

export interface Checked<T> {
  /** records that passed every shape check */
  valid: T[];
  /** every id that was written down, valid record or not, so references to it are not also reported */
  ids: Set<string>;
  /** the same ids in file order, repeats included, for the collision check */
  idList: string[];
  /** false when the file could not be read as an array, so references into it are not judged */
  loaded: boolean;
}

function checkTopLevel(value: unknown, file: string, errors: DataError[]): value is unknown[] {
  if (Array.isArray(value)) return true;
  errors.push(
    dataError(
      file,
      null,
      '',
      `must be a JSON array of records, not ${describe(value)}.`,
      'Wrap the records in [ … ].',
    ),
  );
  return false;
}

function checkRecords<T>(
  value: unknown,
  file: string,
  errors: DataError[],
  checkOne: (c: RecordChecker, record: Record<string, unknown>) => void,
  shape: ObjectShape,
): Checked<T> {
  const result: Checked<T> = { valid: [], ids: new Set(), idList: [], loaded: false };
  // An unreadable file has been reported already.
  if (value === undefined || !checkTopLevel(value, file, errors)) return result;
  result.loaded = true;
  value.forEach((record, index) => {
    const c = new RecordChecker(errors, file, index);
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      c.object(record, '', shape);
      return;
    }
    const r = record as Record<string, unknown>;
    // The id first, so that every later message can name the record.
    if ('id' in r && c.id_(r.id, 'id')) {
      c.id = r.id as string;
      result.ids.add(c.id);
      result.idList.push(c.id);
    }
    c.object(r, '', shape);
    checkOne(c, r);
    if (c.ok) result.valid.push(record as T);
  });
  return result;
}

// ─── Sources ─────────────────────────────────────────────────────────────────

export function checkSources(value: unknown, errors: DataError[]): Checked<Source> {
  return checkRecords<Source>(
    value,
    SOURCES_FILE,
    errors,
    (c, r) => {
      c.pattern(
        r.file,
        'file',
        SEED_FILE,
        'a plain .txt file name in seeds/',
        '003_4dd1e7653c4ee551.txt',
      );
      c.pattern(r.sha256, 'sha256', SHA256, 'a lowercase hex sha256', 'the hash from SHA256SUMS');
      c.string(r.publication, 'publication', { max: LIMITS.name, cell: true });
      c.string(r.headline, 'headline', { max: LIMITS.text });
      if (c.array(r.authors, 'authors', { min: 0, max: 20 })) {
        r.authors.forEach((a, i) => c.string(a, `authors[${i}]`, { max: LIMITS.name }));
        c.uniqueStrings(r.authors, 'authors');
      }
      const precisionOk = c.oneOf(r.date_precision, 'date_precision', ['day', 'month', 'year']);
      if (c.string(r.date, 'date', { max: 10 }) && precisionOk) {
        checkSourceDate(c, r.date, r.date_precision as 'day' | 'month' | 'year');
      }
      c.string(r.date_basis, 'date_basis', { max: LIMITS.text });
      c.pattern(r.language, 'language', BCP47, 'a BCP 47 language tag', 'en');
      if (c.array(r.derived_from, 'derived_from', { min: 0, max: 20 })) {
        r.derived_from.forEach((d, i) => {
          const f = `derived_from[${i}]`;
          if (!c.object(d, f, { required: ['source', 'relation', 'evidence'] })) return;
          c.id_(d.source, `${f}.source`);
          c.oneOf(d.relation, `${f}.relation`, RELATIONS);
          c.string(d.evidence, `${f}.evidence`, { max: LIMITS.text });
        });
      }
      if ('note' in r) c.string(r.note, 'note', { max: LIMITS.text });
    },
    {
      required: [
        'id',
        'file',
        'sha256',
        'publication',
        'headline',
        'authors',
        'date',
        'date_precision',
        'date_basis',
        'language',
        'derived_from',
      ],
      optional: ['note'],
    },
  );
}

function checkSourceDate(
  c: RecordChecker,
  date: string,
  precision: 'day' | 'month' | 'year',
): void {
  const ok =
    precision === 'day'
      ? isIsoDay(date)
      : precision === 'month'
        ? /^\d{4}-(0[1-9]|1[0-2])$/.test(date)
        : /^\d{4}$/.test(date);
  if (!ok) {
    const example = { day: '2019-07-21', month: '2019-07', year: '2019' }[precision];
    c.fail(
      'date',
      `${JSON.stringify(date)} is not a date at "${precision}" precision.`,
      `Write it like "${example}", or change date_precision to match.`,
    );
  }
}

// ─── Places ──────────────────────────────────────────────────────────────────

export function checkPlaces(value: unknown, errors: DataError[]): Checked<Place> {
  return checkRecords<Place>(
    value,
    PLACES_FILE,
    errors,
    (c, r) => {
      if (c.object(r.name, 'name', { required: ['en', 'ar'] })) {
        c.string(r.name.en, 'name.en', { max: LIMITS.name });
        if (
          c.string(r.name.ar, 'name.ar', { max: LIMITS.name }) &&
          !ARABIC_LETTER.test(r.name.ar)
        ) {
          c.fail('name.ar', 'has no Arabic letters.', 'Write the Arabic name in Arabic script.');
        }
      }
      if (c.array(r.aliases, 'aliases', { min: 0, max: 30 })) {
        r.aliases.forEach((a, i) => c.string(a, `aliases[${i}]`, { max: LIMITS.name }));
        c.uniqueStrings(r.aliases, 'aliases');
      }
      const kindOk = c.oneOf(r.kind, 'kind', PLACE_KINDS);
      c.oneOf(r.precision, 'precision', PRECISIONS);
      const countryOk = c.pattern(
        r.country,
        'country',
        ISO_3166_1,
        'an ISO 3166-1 alpha-2 code',
        'IQ',
      );
      if ('province' in r) {
        if (
          c.pattern(r.province, 'province', ISO_3166_2, 'an ISO 3166-2 code', 'IQ-KI') &&
          countryOk &&
          !(r.province as string).startsWith(`${r.country as string}-`)
        ) {
          c.fail(
            'province',
            `${r.province as string} is not in country ${r.country as string}.`,
            'Make country and province agree.',
          );
        }
      }
      c.boolean(r.approximate, 'approximate');
      if ('note' in r) c.string(r.note, 'note', { max: LIMITS.text });
      const from = checkGeometry(c, r.geometry);
      if (!from) return;
      if (kindOk && !KINDS_FOR_GEOMETRY[from].includes(r.kind as PlaceKind)) {
        c.fail(
          'kind',
          `"${r.kind as string}" cannot be drawn from a "${from}" geometry.`,
          `Use kind ${KINDS_FOR_GEOMETRY[from].map((k) => `"${k}"`).join(' or ')}, or a different geometry.`,
        );
      }
      // A vague region has no true outline: whatever is drawn is an approximation.
      if (r.kind === 'region' && r.approximate === false) {
        c.fail(
          'approximate',
          'is false, but a vague region has no true outline.',
          'Set "approximate": true so the map draws it as approximate.',
        );
      } else if (APPROXIMATE_GEOMETRIES.includes(from) && r.approximate === false) {
        c.fail(
          'approximate',
          `is false, but a "${from}" geometry is an editorial approximation.`,
          'Set "approximate": true so the map draws it as approximate.',
        );
      }
      checkProvinceAgainstGeometry(c, r, from);
    },
    {
      required: [
        'id',
        'name',
        'aliases',
        'kind',
        'precision',
        'country',
        'geometry',
        'approximate',
      ],
      optional: ['province', 'note'],
    },
  );
}

const GEOMETRY_SHAPES: Record<GeometryFrom, ObjectShape> = {
  geonames: { required: ['from', 'geonames_id'] },
  'curated-point': { required: ['from', 'coordinates', 'source', 'uncertainty_km'] },
  admin1: { required: ['from', 'iso'] },
  'admin1-union': { required: ['from', 'iso'] },
  'admin1-part': { required: ['from', 'iso', 'clip', 'basis'] },
  'admin1-ring': { required: ['from', 'iso', 'center_place', 'inner_radius_km', 'basis'] },
  'shared-border': { required: ['from', 'countries'] },
  'curated-line': { required: ['from', 'coordinates', 'source', 'uncertainty_km'] },
  'curated-area': { required: ['from', 'coordinates', 'source', 'uncertainty_km'] },
};

function checkGeometry(c: RecordChecker, g: unknown): GeometryFrom | undefined {
  const before = c.failures;
  if (typeof g !== 'object' || g === null || Array.isArray(g)) {
    c.object(g, 'geometry', { required: ['from'] });
    return;
  }
  const from = (g as Record<string, unknown>).from;
  if (!c.oneOf(from, 'geometry.from', GEOMETRY_SOURCES)) return;
  // Each variant has its own exact set of fields.
  if (!c.object(g, 'geometry', GEOMETRY_SHAPES[from])) return;
  const iso = (v: unknown, f: string) => c.pattern(v, f, ISO_3166_2, 'an ISO 3166-2 code', 'IQ-KI');
  const uncertainty = () =>
    c.number(g.uncertainty_km, 'geometry.uncertainty_km', {
      min: 0,
      max: LIMITS.uncertaintyKm,
      exclusiveMin: true,
    });
  const shape = (min: number) => {
    if (!c.array(g.coordinates, 'geometry.coordinates', { min, max: LIMITS.coordinatesPerShape }))
      return;
    g.coordinates.forEach((p, i) => c.lonLat(p, `geometry.coordinates[${i}]`));
  };
  switch (from) {
    case 'geonames':
      c.number(g.geonames_id, 'geometry.geonames_id', { min: 1, max: 2 ** 31, integer: true });
      break;
    case 'curated-point':
      c.lonLat(g.coordinates, 'geometry.coordinates');
      c.string(g.source, 'geometry.source', { max: LIMITS.text });
      uncertainty();
      break;
    case 'admin1':
      iso(g.iso, 'geometry.iso');
      break;
    case 'admin1-union':
      if (c.array(g.iso, 'geometry.iso', { min: 2, max: 30 })) {
        g.iso.forEach((v, i) => iso(v, `geometry.iso[${i}]`));
        c.uniqueStrings(g.iso, 'geometry.iso');
      }
      break;
    case 'admin1-part':
      iso(g.iso, 'geometry.iso');
      if (c.array(g.clip, 'geometry.clip', { min: 3, max: LIMITS.coordinatesPerShape })) {
        g.clip.forEach((p, i) => c.lonLat(p, `geometry.clip[${i}]`));
      }
      c.string(g.basis, 'geometry.basis', { max: LIMITS.text });
      break;
    case 'admin1-ring':
      iso(g.iso, 'geometry.iso');
      c.id_(g.center_place, 'geometry.center_place');
      c.number(g.inner_radius_km, 'geometry.inner_radius_km', {
        min: 0,
        max: LIMITS.innerRadiusKm,
        exclusiveMin: true,
      });
      c.string(g.basis, 'geometry.basis', { max: LIMITS.text });
      break;
    case 'shared-border':
      if (c.array(g.countries, 'geometry.countries', { min: 2, max: 2 })) {
        g.countries.forEach((v, i) =>
          c.pattern(v, `geometry.countries[${i}]`, ISO_3166_1, 'an ISO 3166-1 alpha-2 code', 'SY'),
        );
        if (g.countries[0] === g.countries[1]) {
          c.fail(
            'geometry.countries',
            'names the same country twice.',
            'Name two neighbours, e.g. ["IQ", "SY"].',
          );
        }
      }
      break;
    case 'curated-line':
      shape(2);
      c.string(g.source, 'geometry.source', { max: LIMITS.text });
      uncertainty();
      break;
    case 'curated-area':
      shape(3);
      c.string(g.source, 'geometry.source', { max: LIMITS.text });
      uncertainty();
      break;
  }
  return c.failures === before ? from : undefined;
}

function checkProvinceAgainstGeometry(
  c: RecordChecker,
  r: Record<string, unknown>,
  from: GeometryFrom,
): void {
  const g = r.geometry as Record<string, unknown>;
  const province = r.province as string | undefined;
  const country = r.country as string;
  const isPoint = from === 'geonames' || from === 'curated-point';
  if (isPoint && province === undefined) {
    c.fail(
      'province',
      'is missing; a point must name the province it lies in, so the build can check it.',
      'Add "province": the ISO 3166-2 code, e.g. "IQ-KI".',
    );
  }
  if (from === 'admin1' || from === 'admin1-part' || from === 'admin1-ring') {
    const iso = g.iso as string;
    if (province !== undefined && province !== iso) {
      c.fail(
        'province',
        `is ${province}, but the geometry is drawn from ${iso}.`,
        `Make them the same (or drop "province").`,
      );
    }
    if (!iso.startsWith(`${country}-`)) {
      c.fail(
        'geometry.iso',
        `${iso} is not in country ${country}.`,
        'Make country and geometry.iso agree.',
      );
    }
  }
  if (from === 'admin1-union' && province !== undefined) {
    c.fail(
      'province',
      'is set, but a group of provinces lies in several.',
      'Remove "province"; the group is listed in geometry.iso.',
    );
  }
}

// ─── Claims ──────────────────────────────────────────────────────────────────

export function checkClaims(value: unknown, errors: DataError[]): Checked<Claim> {
  return checkRecords<Claim>(
    value,
    CLAIMS_FILE,
    errors,
    (c, r) => {
      if (c.array(r.places, 'places', { min: 1, max: 30 })) {
        r.places.forEach((p, i) => c.id_(p, `places[${i}]`));
        c.uniqueStrings(r.places, 'places');
      }
      c.oneOf(r.category, 'category', CATEGORIES);
      c.string(r.summary, 'summary', { max: LIMITS.summary, cell: true });
      if ('occurred' in r) checkDateSpec(c, r.occurred);
      if ('numbers' in r && c.array(r.numbers, 'numbers', { min: 1, max: 20 })) {
        r.numbers.forEach((n, i) => checkNumberRange(c, n, `numbers[${i}]`));
      }
      if (c.array(r.quotes, 'quotes', { min: 1, max: LIMITS.quotesPerClaim })) {
        r.quotes.forEach((q, i) => {
          const f = `quotes[${i}]`;
          if (!c.object(q, f, { required: ['source', 'text'], optional: ['occurrence'] })) return;
          c.id_(q.source, `${f}.source`);
          c.string(q.text, `${f}.text`, { max: LIMITS.quote, verbatim: true });
          if ('occurrence' in q) {
            c.number(q.occurrence, `${f}.occurrence`, { min: 1, max: 1000, integer: true });
          }
        });
      }
      if (
        'conflicts_with' in r &&
        c.array(r.conflicts_with, 'conflicts_with', { min: 1, max: 20 })
      ) {
        r.conflicts_with.forEach((id, i) => c.id_(id, `conflicts_with[${i}]`));
        c.uniqueStrings(r.conflicts_with, 'conflicts_with');
      }
      if ('conflict_note' in r) {
        c.string(r.conflict_note, 'conflict_note', { max: LIMITS.text });
        if (!('conflicts_with' in r)) {
          c.fail(
            'conflict_note',
            'is set but conflicts_with is not.',
            'List the conflicting claim ids in "conflicts_with".',
          );
        }
      }
    },
    {
      required: ['id', 'places', 'category', 'summary', 'quotes'],
      optional: ['occurred', 'numbers', 'conflicts_with', 'conflict_note'],
    },
  );
}

function checkDateSpec(c: RecordChecker, d: unknown): void {
  if (!c.object(d, 'occurred', { required: ['start', 'end', 'precision', 'basis'] })) return;
  const startOk =
    c.string(d.start, 'occurred.start', { max: 10 }) && checkDay(c, d.start, 'occurred.start');
  const endOk = c.string(d.end, 'occurred.end', { max: 10 }) && checkDay(c, d.end, 'occurred.end');
  const precisionOk = c.oneOf(d.precision, 'occurred.precision', ['day', 'month', 'year', 'range']);
  c.string(d.basis, 'occurred.basis', { max: LIMITS.text });
  if (!startOk || !endOk || !precisionOk) return;
  const start = d.start as string;
  const end = d.end as string;
  if (start > end) {
    c.fail('occurred', `start ${start} is after end ${end}.`, 'Swap them.');
    return;
  }
  const [y, m] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  const expected: Record<string, [string, string] | undefined> = {
    day: [start, start],
    month: [
      `${start.slice(0, 7)}-01`,
      `${start.slice(0, 7)}-${String(lastDayOfMonth(y, m)).padStart(2, '0')}`,
    ],
    year: [`${y}-01-01`, `${y}-12-31`],
  };
  const want = expected[d.precision as string];
  if (want && (start !== want[0] || end !== want[1])) {
    c.fail(
      'occurred',
      `${start}…${end} is not a whole ${d.precision as string}.`,
      `Write start "${want[0]}" and end "${want[1]}", or use precision "range".`,
    );
  }
}

function checkDay(c: RecordChecker, value: string, field: string): boolean {
  if (isIsoDay(value)) return true;
  c.fail(
    field,
    `${JSON.stringify(value)} is not a calendar date.`,
    'Write it as YYYY-MM-DD, e.g. "2019-07-01".',
  );
  return false;
}

function checkNumberRange(c: RecordChecker, n: unknown, f: string): void {
  if (!c.object(n, f, { required: ['what', 'min', 'max', 'as_written'] })) return;
  c.string(n.what, `${f}.what`, { max: LIMITS.name, cell: true });
  const minOk = c.number(n.min, `${f}.min`, { min: 0, max: 1e9 });
  const maxOk = c.number(n.max, `${f}.max`, { min: 0, max: 1e9 });
  c.string(n.as_written, `${f}.as_written`, { max: LIMITS.name, verbatim: true });
  if (minOk && maxOk && (n.min as number) > (n.max as number)) {
    c.fail(f, `min ${n.min as number} is greater than max ${n.max as number}.`, 'Swap them.');
  }
}
