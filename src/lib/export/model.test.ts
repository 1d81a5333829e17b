import { describe, expect, it } from 'vitest';
import type { PublishedBriefing, Source, VerifiedClaim } from '../data/types';
import { DEFAULT_FILTERS } from '../data/visibility';
import {
  captureSize,
  dateRangeLabel,
  exploreHeading,
  exportFileName,
  footnotes,
  highlightedClaims,
  metresPerPixel,
  MIN_EXPORT_WIDTH,
  presentOnMap,
  reportingYears,
  roundDown,
  scaleBar,
  slug,
  sourceReference,
  stepHeading,
} from './model';

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

function claim(id: string, sources: string[], patch: Partial<VerifiedClaim> = {}): VerifiedClaim {
  return {
    id,
    places: ['p'],
    category: 'attack',
    summary: `Summary of ${id}.`,
    quotes: sources.map((s, i) => ({ source: s, text: `q${i}`, start: i * 10, end: i * 10 + 2 })),
    reported: { first: '2019-07-21', last: '2019-07-21' },
    corroboration: { articles: 1, independent_origins: 1, origins: [sources[0]!] },
    ...patch,
  };
}

describe('metresPerPixel', () => {
  it('is the Web Mercator ground resolution for 512-px tiles', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78271.517, 3);
    expect(metresPerPixel(0, 1)).toBeCloseTo(39135.758, 3);
    // cos(60°) = ½
    expect(metresPerPixel(60, 0)).toBeCloseTo(39135.758, 3);
  });
});

describe('scaleBar', () => {
  it('rounds down to 1, 2, 3 or 5 × 10ⁿ', () => {
    expect([1, 1.9, 2, 2.9, 3, 4.99, 5, 9.9, 10, 740].map(roundDown)).toEqual([
      1, 1, 2, 2, 3, 3, 5, 5, 10, 500,
    ]);
    expect(roundDown(0)).toBe(0);
    expect(roundDown(Number.NaN)).toBe(0);
  });

  it('gives a bar in km no longer than allowed, and its exact length in px', () => {
    // 1 km per px, 120 px → 100 km at 100 px
    expect(scaleBar(1000, 120, 'metric')).toEqual({ px: 100, label: '100 km' });
  });

  it('uses metres, miles and feet where they read better', () => {
    expect(scaleBar(1, 120, 'metric')).toEqual({ px: 100, label: '100 m' });
    const mi = scaleBar(1609.344, 120, 'imperial')!;
    expect(mi.label).toBe('100 mi');
    expect(mi.px).toBeCloseTo(100, 9);
    const ft = scaleBar(0.3048, 120, 'imperial')!;
    expect(ft.label).toBe('100 ft');
    expect(ft.px).toBeCloseTo(100, 9);
    expect(scaleBar(2, 1000, 'imperial')!.label).toBe('1 mi');
  });

  it('writes thousands with a separator and gives up on a nonsense scale', () => {
    expect(scaleBar(30, 120, 'metric')!.label).toBe('3 km');
    expect(scaleBar(25000, 120, 'metric')!.label).toBe('3,000 km');
    expect(scaleBar(0, 120, 'metric')).toBeNull();
    expect(scaleBar(Number.POSITIVE_INFINITY, 120, 'metric')).toBeNull();
  });
});

describe('captureSize', () => {
  it('keeps a wide map as it is', () => {
    expect(captureSize(MIN_EXPORT_WIDTH, 300)).toBeNull();
    expect(captureSize(1280, 800)).toBeNull();
  });

  it('widens a narrow map, keeping its height between 1:2 and 3:4 of the width', () => {
    expect(captureSize(480, 740)).toEqual({ width: 800, height: 600 });
    expect(captureSize(480, 200)).toEqual({ width: 800, height: 400 });
    expect(captureSize(480, 500)).toEqual({ width: 800, height: 500 });
  });
});

describe('labels and names', () => {
  it('says "All dates" with no range, and the range at its precision otherwise', () => {
    expect(dateRangeLabel(null)).toBe('All dates');
    expect(dateRangeLabel(['2019-02-01', '2019-03-31'])).toBe('1 Feb 2019 – 31 Mar 2019');
    expect(dateRangeLabel(['2019-02-01', '2019-02-01'])).toBe('1 Feb 2019');
  });

  it('names the years the reporting covers', () => {
    expect(reportingYears([{ date: '2019-02' }, { date: '2019' }])).toBe('2019');
    expect(reportingYears([{ date: '2019-02' }, { date: '2017-10-01' }])).toBe('2017–2019');
    expect(reportingYears([])).toBe('');
  });

  it('makes ASCII file names', () => {
    expect(slug('Al-Baghūz Fawqānī, 2019!')).toBe('al-baghuz-fawqani-2019');
    expect(exportFileName(['qaim', '2019'])).toBe('citemap-qaim-2019.png');
    expect(exportFileName(['isis-return-2019', 'step 2', 'baghouz', null, ''])).toBe(
      'citemap-isis-return-2019-step-2-baghouz.png',
    );
  });

  it('titles a step with its heading under the briefing and the step count', () => {
    const b = {
      id: 'b',
      title: 'Story',
      steps: [{ heading: 'One' }, { heading: 'Two' }],
    } as unknown as PublishedBriefing;
    expect(stepHeading(b, 1)).toEqual({ title: 'Two', subtitle: 'Story · Step 2 of 2' });
  });

  it('titles the explorer with the story and the selected place', () => {
    expect(exploreHeading({ name: 'Qaim', claims: 1 }, 9).subtitle).toBe('Qaim: 1 claim shown');
    expect(exploreHeading(null, 9)).toEqual({
      title: 'ISIS fighters slip back into Iraq (2019)',
      subtitle: '9 places shown · every mark cited',
    });
  });
});

describe('sourceReference', () => {
  it('gives publication, byline, headline and date at its precision', () => {
    const wapo = source('wapo', {
      publication: 'The Washington Post',
      authors: ['Louisa Loveluck', 'Mustafa Salim'],
      headline: 'ISIS militants return to Iraq, continue fight',
    });
    expect(sourceReference(wapo)).toBe(
      'The Washington Post — Louisa Loveluck and Mustafa Salim, ‘ISIS militants return to Iraq, continue fight’, 21 July 2019',
    );
  });

  it('leaves out a byline the text does not carry, and an empty headline', () => {
    expect(
      sourceReference(source('x', { authors: [], date: '2019-02', date_precision: 'month' })),
    ).toBe('Pub x, ‘Headline x’, February 2019');
    expect(sourceReference(source('y', { headline: ' ', authors: [' '] }))).toBe(
      'Pub y, 21 July 2019',
    );
  });
});

describe('footnotes', () => {
  const sourcesById = new Map(
    [
      source('a'),
      source('b'),
      source('c', { derived_from: [{ source: 'a', relation: 'rewrite', evidence: 'e' }] }),
    ].map((s) => [s.id, s]),
  );

  it('numbers each source once, in the order first cited, and marks each claim', () => {
    const out = footnotes(
      [claim('one', ['b', 'a', 'b']), claim('two', ['a', 'c'])],
      sourcesById,
      DEFAULT_FILTERS,
    );
    expect(out.notes.map((n) => [n.n, n.sourceId])).toEqual([
      [1, 'b'],
      [2, 'a'],
      [3, 'c'],
    ]);
    expect(out.notes[0]!.text).toBe(sourceReference(sourcesById.get('b')!));
    expect(out.claims).toEqual([
      { id: 'one', summary: 'Summary of one.', notes: [1, 2] },
      { id: 'two', summary: 'Summary of two.', notes: [2, 3] },
    ]);
  });

  it('cites only the quotes the filters count', () => {
    const out = footnotes([claim('one', ['c', 'a'])], sourcesById, {
      ...DEFAULT_FILTERS,
      independentOnly: true,
    });
    expect(out.notes.map((n) => n.sourceId)).toEqual(['a']);
    expect(out.claims[0]!.notes).toEqual([1]);
  });

  it('cites an unknown source by its id rather than dropping it', () => {
    const out = footnotes([claim('one', ['zz'])], sourcesById, DEFAULT_FILTERS);
    expect(out.notes).toEqual([{ n: 1, sourceId: 'zz', text: 'zz' }]);
  });

  it('is empty for no claims', () => {
    expect(footnotes([], sourcesById, DEFAULT_FILTERS)).toEqual({ claims: [], notes: [] });
  });
});

describe('highlightedClaims', () => {
  const a = claim('a', ['x'], { category: 'assessment' });
  const b = claim('b', ['x'], { category: 'attack' });
  const c = claim('c', ['x'], { category: 'attack' });
  const byId = new Map([a, b, c].map((x) => [x.id, x]));

  it("takes a briefing step's claims in the step's order", () => {
    expect(highlightedClaims({ claims: ['c', 'a', 'gone'] }, null, new Set(), byId)).toEqual([
      c,
      a,
    ]);
  });

  it("takes the selected place's visible claims in the panel's order", () => {
    const place = { claims: [a, b, c] };
    expect(highlightedClaims(null, place, new Set(['a', 'c']), byId)).toEqual([c, a]);
  });

  it('is empty with nothing selected', () => {
    expect(highlightedClaims(null, null, new Set(['a']), byId)).toEqual([]);
  });
});

describe('presentOnMap', () => {
  it("lists what the shown places draw, in the legend's order", () => {
    const f = (id: string, dominant_category: string, precision: string, shape = 'point') => ({
      properties: { id, dominant_category, precision, shape },
    });
    const out = presentOnMap(
      [
        f('x', 'assessment', 'province', 'area'),
        f('y', 'attack', 'settlement'),
        f('z', 'kidnapping', 'site', 'line'),
        f('y', 'attack', 'settlement'),
        { properties: null },
      ],
      new Set(['x', 'y']),
    );
    expect(out).toEqual({
      categories: ['attack', 'assessment'],
      precisions: ['settlement', 'province'],
      lines: false,
    });
  });
});
