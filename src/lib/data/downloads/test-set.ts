/**
 * A small DownloadSet for the formatters' unit tests (test-only): two places (a town and a
 * province), two sources (one a rewrite), and a text with a character outside the BMP before
 * the quotes, so UTF-16 and code-point offsets differ. Every call returns fresh objects.
 */
import { makeClaim, makeFeature, makeSource } from '../factories';
import type { PublishedSource } from '../types';
import type { DownloadSet } from './rows';

/** 😀 is two UTF-16 code units and one code point. */
export const TEXT_A =
  '😀 Intro. An explosion, in "Kirkuk", killed 5,000 and 7,000 people. The end.';
const TEXT_B = 'Rewrite: An explosion in Kirkuk. More.';

function published(
  s: ReturnType<typeof makeSource>,
  path: string,
  length: number,
): PublishedSource {
  return {
    ...s,
    path,
    length,
    origins: s.derived_from.length ? s.derived_from.map((d) => d.source) : [s.id],
  };
}

export function makeDownloadSet(overrides: Partial<DownloadSet> = {}): DownloadSet {
  const a = published(makeSource({ id: 'a', file: 'a.txt' }), 'sources/a.txt', TEXT_A.length);
  const b = published(
    makeSource({
      id: 'b',
      file: 'b.txt',
      publication: 'Unknown (a web rewrite; no masthead)',
      headline: 'Blast & "fear" in {Kirkuk}',
      authors: [],
      date: '2019-07',
      date_precision: 'month',
      derived_from: [{ source: 'a', relation: 'rewrite', evidence: 'copied' }],
    }),
    'sources/b.txt',
    TEXT_B.length,
  );
  const qa = 'An explosion, in "Kirkuk", killed 5,000 and 7,000 people.';
  const qb = 'An explosion in Kirkuk.';
  const blast = makeClaim({
    id: 'blast',
    places: ['kirkuk', 'kirkuk-province'],
    summary: 'An explosion, in Kirkuk.',
    numbers: [{ what: 'people killed', min: 5000, max: 7000, as_written: '5,000 and 7,000' }],
    quotes: [
      { source: 'a', text: qa, start: TEXT_A.indexOf(qa), end: TEXT_A.indexOf(qa) + qa.length },
      { source: 'b', text: qb, start: TEXT_B.indexOf(qb), end: TEXT_B.indexOf(qb) + qb.length },
    ],
    conflicts_with: ['other'],
    corroboration: { articles: 2, independent_origins: 1, origins: ['a'] },
  });
  const undated = makeClaim({
    id: 'other',
    places: ['kirkuk'],
    category: 'assessment',
    summary: 'Someone disagrees.',
    occurred: undefined,
    quotes: [
      { source: 'a', text: 'The end.', start: TEXT_A.indexOf('The end.'), end: TEXT_A.length },
    ],
    reported: { first: '2019-07-21', last: '2019-07-21' },
  });
  delete undated.occurred;
  const town = makeFeature();
  const province = makeFeature({
    id: 'kirkuk-province',
    name_en: 'Kirkuk Province',
    name_ar: 'محافظة كركوك',
    kind: 'province',
    precision: 'province',
    shape: 'area',
    anchor: [44.2, 35.4],
  });
  const square = [
    [
      [44, 35],
      [45, 35],
      [45, 36],
      [44, 36],
      [44, 35],
    ],
  ];
  return {
    places: new Map([
      [town.id, { geometry: town.geometry, properties: town.properties }],
      [
        province.id,
        { geometry: { type: 'Polygon', coordinates: square }, properties: province.properties },
      ],
    ]),
    claims: [blast, undated],
    sources: new Map([
      ['a', a],
      ['b', b],
    ]),
    texts: new Map([
      ['a', TEXT_A],
      ['b', TEXT_B],
    ]),
    ...overrides,
  };
}
