/**
 * The closed vocabularies of the curated data, each listed once in the order the README and
 * docs/data.md promise; the types are derived from the lists, so a new value is added in one place.
 */

/**
 * The one order of the categories: the legend, the filters, the claim lists, the URL and the
 * handout present them in it, and a tie for a place's dominant category goes to the one listed
 * first (docs/data.md, "Category taxonomy").
 */
export const CATEGORIES = [
  'attack',
  'kidnapping',
  'border-crossing',
  'military-operation',
  'cell-presence',
  'battle-history',
  'extortion-finance',
  'threat-statement',
  'assessment',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** What the legend, the filters, the lists and the handout call each category. */
export const CATEGORY_LABELS: Readonly<Record<Category, string>> = Object.freeze({
  attack: 'Attack',
  kidnapping: 'Kidnapping',
  'border-crossing': 'Border crossing',
  'military-operation': 'Military operation',
  'cell-presence': 'Cell presence',
  'battle-history': 'Earlier battle',
  'extortion-finance': 'Extortion and finance',
  'threat-statement': 'Threat or statement',
  assessment: 'Assessment',
});

/**
 * One ASCII character per category, drawn on the symbol and in the legend so the category reads
 * without colour. ASCII because the offline glyph ranges we ship cover it for certain.
 */
export const CATEGORY_GLYPHS: Readonly<Record<Category, string>> = Object.freeze({
  attack: 'X',
  kidnapping: 'K',
  'border-crossing': 'B',
  'military-operation': 'M',
  'cell-presence': 'C',
  'battle-history': 'H',
  'extortion-finance': '$',
  'threat-statement': '!',
  assessment: 'A',
});

/**
 * Category colours. The seven chromatic Okabe–Ito colours (Okabe & Ito 2008, "Color Universal
 * Design"), which stay distinct under the common colour-vision deficiencies, plus two extras for
 * the categories that are not events on the ground: Paul Tol's indigo (#332288) for past battles
 * and a dark neutral grey for assessments. legend/scales.test.ts checks every pair stays apart
 * under simulated protanopia, deuteranopia and tritanopia. Colour is never the only carrier: every
 * category also has a glyph and a label.
 */
export const CATEGORY_COLORS: Readonly<Record<Category, string>> = Object.freeze({
  attack: '#D55E00', // vermillion
  kidnapping: '#CC79A7', // reddish purple
  'border-crossing': '#56B4E9', // sky blue
  'military-operation': '#0072B2', // blue
  'cell-presence': '#E69F00', // orange
  'battle-history': '#332288', // Tol indigo
  'extortion-finance': '#009E73', // bluish green
  'threat-statement': '#F0E442', // yellow: only ever drawn with a dark stroke
  assessment: '#555555', // neutral: an analyst's judgement, not an event
});

/** Colour for a place with no dominant category (should not be drawn, but never black). */
export const NO_CATEGORY_COLOR = '#BBBBBB';

export const PLACE_KINDS = [
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
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** What the place panel and the list call each kind: "Town", "Part of a province". */
export const KIND_LABELS: Readonly<Record<PlaceKind, string>> = Object.freeze({
  city: 'City',
  town: 'Town',
  village: 'Village',
  site: 'Site',
  base: 'Military base',
  province: 'Province',
  'province-part': 'Part of a province',
  'province-group': 'Group of provinces',
  border: 'Border',
  river: 'River',
  region: 'Region',
  country: 'Country',
});

/**
 * How precisely the articles locate what happened there, finest to coarsest; drawn honestly by
 * the map.
 */
export const PRECISIONS = ['site', 'settlement', 'district', 'province', 'region'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** How the legend, the filters and the tooltip name each precision. */
export const PRECISION_LABELS: Readonly<Record<Precision, string>> = Object.freeze({
  site: 'Exact site',
  settlement: 'Town or city',
  district: 'District',
  province: 'Province',
  region: 'Region',
});

/** How one article depends on another: a rewrite is not a second witness. */
export const RELATIONS = ['rewrite', 'citation', 'syndication', 'wire-copy'] as const;
export type SourceRelation = (typeof RELATIONS)[number];

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export const OCCURRED_PRECISIONS = ['day', 'month', 'year', 'range'] as const;

/** Where a place's geometry comes from. Reference geometries are looked up at build time. */
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
export type GeometryFrom = (typeof GEOMETRY_SOURCES)[number];
