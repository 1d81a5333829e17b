import { describe, expect, it } from 'vitest';
import type {
  PublishedBriefing,
  PublishedBriefingStep,
  Source,
  VerifiedClaim,
} from '../data/types';
import { metresPerPixel, scaleBar, sourceReference } from '../export/model';
import { fitScale, handoutPages, quoteLocation, scaleKeys } from './handout';

function source(id: string, patch: Partial<Source> = {}): Source {
  return {
    id,
    file: `${id}.txt`,
    sha256: '0'.repeat(64),
    publication: `Pub ${id}`,
    headline: `Headline ${id}`,
    authors: ['A. Writer'],
    date: '2019-07-21',
    date_precision: 'day',
    date_basis: 'dateline',
    language: 'en',
    derived_from: [],
    ...patch,
  };
}

function claim(id: string, quotes: [string, string][]): VerifiedClaim {
  return {
    id,
    places: ['p'],
    category: 'attack',
    summary: `Summary of ${id}.`,
    quotes: quotes.map(([s, text], i) => ({
      source: s,
      text,
      start: 100 * i,
      end: 100 * i + text.length,
    })),
    reported: { first: '2019-07-21', last: '2019-07-21' },
    corroboration: { articles: 2, independent_origins: 1, origins: ['a'] },
  };
}

function step(
  id: string,
  claims: string[],
  patch: Partial<PublishedBriefingStep> = {},
): PublishedBriefingStep {
  return {
    id,
    heading: `Heading ${id}`,
    text: `Text ${id}`,
    places: ['p'],
    claims,
    key_quote: { claim: claims[0]!, quote: 1 } as PublishedBriefingStep['key_quote'],
    camera: { center: [41, 34], zoom: 7, bearing: 0 },
    filters: {
      categories: null,
      sources: null,
      independentOnly: false,
      precisions: null,
      dateRange: null,
    },
    ...patch,
  };
}

const sources = [
  source('a'),
  source('b', {
    derived_from: [{ source: 'a', relation: 'rewrite', evidence: 'same words' }],
    authors: [],
  }),
  source('c', { language: 'ar' }),
];
const sourcesById = new Map(sources.map((s) => [s.id, s]));
const claims = [
  claim('one', [
    ['b', '  line one\nline two  '],
    ['a', 'first-hand'],
  ]),
  claim('two', [['c', 'نص']]),
];
const claimsById = new Map(claims.map((c) => [c.id, c]));
const briefing: PublishedBriefing = {
  id: 'b',
  title: 'The story',
  steps: [
    step('s1', ['one', 'two', 'missing']),
    step('s2', ['two'], {
      filters: {
        categories: null,
        sources: null,
        independentOnly: false,
        precisions: null,
        dateRange: ['2019-02-01', '2019-03-31'],
      },
      key_quote: { claim: 'two', quote: 0 } as PublishedBriefingStep['key_quote'],
    }),
  ],
};

describe('handoutPages', () => {
  const pages = handoutPages(briefing, claimsById, sourcesById);

  it('makes one page per step, in order, with its heading, text and date range', () => {
    expect(pages.map((p) => [p.id, p.number, p.count, p.heading, p.text, p.dateRange])).toEqual([
      ['s1', 1, 2, 'Heading s1', 'Text s1', 'All dates'],
      ['s2', 2, 2, 'Heading s2', 'Text s2', '1 Feb 2019 – 31 Mar 2019'],
    ]);
    expect(pages[0]!.briefingTitle).toBe('The story');
  });

  it('gives every quote exactly, with its offsets, language and numbered source', () => {
    const [one, two] = pages[0]!.claims;
    expect(pages[0]!.claims).toHaveLength(2);
    expect(one!.quotes).toEqual([
      {
        text: '  line one\nline two  ',
        lang: 'en',
        note: 1,
        location: 'characters 0–21 of b',
        dependence: 'rewrite of the Pub a article — not independent',
        key: false,
      },
      {
        text: 'first-hand',
        lang: 'en',
        note: 2,
        location: 'characters 100–110 of a',
        dependence: null,
        key: true,
      },
    ]);
    expect(two!.quotes[0]).toMatchObject({ text: 'نص', lang: 'ar', note: 3 });
    expect(one!.corroboration).toBe('1 independent source');
  });

  it('lists each source of the page once, with its full reference', () => {
    expect(pages[0]!.sources).toEqual([
      { n: 1, sourceId: 'b', text: sourceReference(sourcesById.get('b')!) },
      { n: 2, sourceId: 'a', text: sourceReference(sourcesById.get('a')!) },
      { n: 3, sourceId: 'c', text: sourceReference(sourcesById.get('c')!) },
    ]);
    // numbered afresh on each page
    expect(pages[1]!.sources.map((s) => [s.n, s.sourceId])).toEqual([[1, 'c']]);
    expect(pages[1]!.claims[0]!.quotes[0]!.key).toBe(true);
  });

  it("leaves out the quotes a step's filters do not count", () => {
    const only = handoutPages(
      {
        ...briefing,
        steps: [
          step('s', ['one'], {
            filters: {
              categories: null,
              sources: null,
              independentOnly: true,
              precisions: null,
              dateRange: null,
            },
          }),
        ],
      },
      claimsById,
      sourcesById,
    );
    expect(only[0]!.claims[0]!.quotes.map((q) => q.text)).toEqual(['first-hand']);
    expect(only[0]!.sources.map((s) => s.sourceId)).toEqual(['a']);
  });
});

describe('helpers', () => {
  it('locates a quote by its offsets in its source', () => {
    expect(quoteLocation({ start: 448, end: 588, source: 'wapo-2019-07-21' })).toBe(
      'characters 448–588 of wapo-2019-07-21',
    );
  });

  it('sizes the scale bars as a share of the image width', () => {
    const keys = scaleKeys(34, 7, 1000);
    const km = scaleBar(metresPerPixel(34, 7), 160, 'metric')!;
    expect(keys[0]!.label).toBe(km.label);
    expect(keys[0]!.percent).toBeCloseTo(km.px / 10, 9);
    expect(keys[1]!.label).toMatch(/ mi$/);
    expect(keys.every((k) => k.percent > 0 && k.percent <= 16)).toBe(true);
    expect(scaleKeys(34, 7, 0)).toEqual([]);
  });

  it('shrinks only a page that is too tall, never enlarging one', () => {
    expect(fitScale(900, 956)).toBe(1);
    expect(fitScale(956, 956)).toBe(1);
    expect(fitScale(1120, 956)).toBe(0.853);
    expect(fitScale(1120, 0)).toBe(1);
    expect(fitScale(Number.NaN, 956)).toBe(1);
  });
});
