/**
 * The data dictionary of the claim rows (rows.ts): each field's name, Frictionless Table Schema
 * type, meaning and unit, in column order. The CSV header, the GeoJSON properties and
 * datapackage.json are all written from this list, so they cannot disagree.
 */
import { CATEGORIES, PLACE_KINDS, PRECISIONS } from '../vocabulary';
import type { ClaimRow } from './rows';

export interface FieldSpec {
  name: keyof ClaimRow | 'wkt';
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  description: string;
  /** the unit, where the value is a measure */
  unit?: string;
  /** false when the value may be empty (null in GeoJSON, an empty cell in the CSV) */
  required: boolean;
  enum?: readonly string[];
  /** Table Schema's string format, where the value is an address */
  format?: 'uri';
}

/** The row grain, stated wherever the rows are published. */
export const ROW_GRAIN =
  'One row per claim × place × quote: a claim drawn at two places and quoted by three articles is six rows. A quote that states more than one number adds a row per further number. Count distinct claim_id values to count claims.';

const f = (
  name: FieldSpec['name'],
  type: FieldSpec['type'],
  description: string,
  extra: Partial<FieldSpec> = {},
): FieldSpec => ({ name, type, description, required: true, ...extra });

const optional = { required: false };

const CLAIM_FIELDS: readonly FieldSpec[] = [
  f(
    'claim_id',
    'string',
    'The claim’s id (a claim is one reported fact, in our words, backed by verbatim quotes).',
  ),
  f('place_id', 'string', 'The id of the place the claim is drawn at.'),
  f('place_name_en', 'string', 'The place’s name in English.'),
  f('place_name_ar', 'string', 'The place’s name in Arabic.'),
  f('place_kind', 'string', 'What the place is.', { enum: PLACE_KINDS }),
  f('place_precision', 'string', 'How precisely the articles locate it.', { enum: PRECISIONS }),
  f(
    'place_approximate',
    'boolean',
    'True when the place’s drawn outline is an editorial approximation, not a surveyed boundary.',
  ),
  f(
    'lon',
    'number',
    'Longitude of the place’s anchor: the point itself, the middle of a line along its length, or a point inside an area (WGS 84, EPSG:4326).',
    { unit: 'decimal degrees' },
  ),
  f('lat', 'number', 'Latitude of the place’s anchor (WGS 84, EPSG:4326).', {
    unit: 'decimal degrees',
  }),
  f('category', 'string', 'The kind of claim (the taxonomy in docs/data.md).', {
    enum: CATEGORIES,
  }),
  f('summary', 'string', 'What the claim says, in our own words.'),
  f(
    'occurred_start',
    'date',
    'First day it happened on, read at its precision; empty when the articles do not date it.',
    optional,
  ),
  f(
    'occurred_end',
    'date',
    'Last day it happened on, read at its precision; empty when undated.',
    optional,
  ),
  f(
    'occurred_precision',
    'string',
    'How precisely the date is known: day, month, year or range; empty when undated.',
    { ...optional, enum: ['day', 'month', 'year', 'range'] },
  ),
  f(
    'reported_start',
    'date',
    'First day of the earliest publication date among the articles quoting the claim.',
  ),
  f(
    'reported_end',
    'date',
    'Last day of the latest publication date among the articles quoting the claim.',
  ),
  f('quote_number', 'integer', 'Which of the claim’s quotes this row is (from 1).'),
  f('quote_count', 'integer', 'How many quotes the claim has.'),
  f(
    'quote_text',
    'string',
    'The quote, exactly as the article has it (curly quotes, non-breaking spaces and all; never altered).',
  ),
  f(
    'quote_start',
    'integer',
    'Where the quote starts in the archived text, counted in Unicode code points from 0 (as Python counts, and as the W3C TextPositionSelector does).',
    { unit: 'Unicode code points' },
  ),
  f('quote_end', 'integer', 'Where the quote ends (exclusive), in Unicode code points.', {
    unit: 'Unicode code points',
  }),
  f(
    'quote_start_utf16',
    'integer',
    'Where the quote starts, in UTF-16 code units (JavaScript string offsets, as the app records them).',
    { unit: 'UTF-16 code units' },
  ),
  f('quote_end_utf16', 'integer', 'Where the quote ends (exclusive), in UTF-16 code units.', {
    unit: 'UTF-16 code units',
  }),
  f('source_id', 'string', 'The id of the quoted article.'),
  f(
    'publication',
    'string',
    'Who published the article, as catalogued (with our note in parentheses when the text does not say).',
  ),
  f('headline', 'string', 'The article’s headline.'),
  f('authors', 'string', 'The byline, names separated by "; "; empty when unbylined.', optional),
  f(
    'source_date',
    'string',
    'The article’s date as catalogued, at its precision: YYYY-MM-DD, YYYY-MM or YYYY.',
  ),
  f('source_date_precision', 'string', 'How precisely the article’s date is known.', {
    enum: ['day', 'month', 'year'],
  }),
  f('source_date_start', 'date', 'First day the article’s date covers (1 July for "2019-07").'),
  f('source_date_end', 'date', 'Last day the article’s date covers (31 July for "2019-07").'),
  f('source_language', 'string', 'The article’s language (BCP 47).'),
  f(
    'source_derives_from',
    'string',
    'The ids of the articles this one rewrites, copies or cites, separated by spaces; empty for a first-hand article.',
    optional,
  ),
  f(
    'source_text',
    'string',
    'Path of the archived article text in the published app (e.g. sources/003_4dd1e7653c4ee551.txt), relative to the app’s address.',
  ),
  f(
    'source_url',
    'string',
    'Where the article was published (http or https); empty when the catalogue does not know.',
    { ...optional, format: 'uri' },
  ),
  f(
    'source_archive_url',
    'string',
    'A copy of the article in a web archive (Wayback Machine, archive.today); empty when there is none.',
    { ...optional, format: 'uri' },
  ),
  f('articles', 'integer', 'How many distinct articles quote the claim.', { unit: 'articles' }),
  f(
    'independent_origins',
    'integer',
    'How many independent origins stand behind the claim once rewrites, copies and citations are followed back (docs/data.md, Corroboration).',
    { unit: 'origins' },
  ),
  f(
    'number_what',
    'string',
    'What the number this quote states counts; empty when it states none.',
    optional,
  ),
  f(
    'number_min',
    'number',
    'The smallest value the quote’s words allow ("5,000 and 7,000" → 5000).',
    optional,
  ),
  f(
    'number_max',
    'number',
    'The largest value the quote’s words allow ("5,000 and 7,000" → 7000).',
    optional,
  ),
  f('number_as_written', 'string', 'The number exactly as the quote writes it.', optional),
  f(
    'conflicts_with',
    'string',
    'Ids of claims that disagree with this one, separated by spaces.',
    optional,
  ),
];

/** The CSV's columns: the row's fields with the anchor as WKT after the coordinates. */
export const CSV_FIELDS: readonly FieldSpec[] = CLAIM_FIELDS.flatMap((field) =>
  field.name === 'lat'
    ? [
        field,
        f('wkt', 'string', 'The anchor as Well-Known Text, POINT (lon lat) in WGS 84 (EPSG:4326).'),
      ]
    : [field],
);

/** The GeoJSON layers' properties: the anchor is the geometry (or the area's), not a field. */
export const FEATURE_FIELDS: readonly FieldSpec[] = CLAIM_FIELDS.filter(
  (field) => field.name !== 'lon' && field.name !== 'lat',
);
