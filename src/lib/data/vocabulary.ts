/**
 * The closed vocabularies of the curated data, each listed once in the order the README and
 * docs/data.md promise; the types are derived from the lists, so a new value is added in one place.
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

/** How precisely the articles locate what happened there; drawn honestly by the map. */
export const PRECISIONS = ['site', 'settlement', 'district', 'province', 'region'] as const;
export type Precision = (typeof PRECISIONS)[number];

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
