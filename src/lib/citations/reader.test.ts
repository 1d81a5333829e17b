import { describe, expect, it } from 'vitest';
import { makeClaim, makeFeature, makeQuote } from '../data/factories';
import { readerPassages as passagesOf, segmentText, stepPassage } from './reader';

/** The passages over test places: their full claims, and which places are on the map. */
function readerPassages(source: string, features: ReturnType<typeof makeFeature>[]) {
  return passagesOf(
    source,
    features.flatMap((f) => f.full),
    new Set(features.map((f) => f.id)),
  );
}

function makeFeatures() {
  const shared = makeClaim({
    id: 'crossing',
    places: ['qaim', 'anbar'],
    quotes: [makeQuote({ source: 'wapo', text: 'slipping across the border', start: 300 })],
  });
  return [
    makeFeature({
      id: 'anbar',
      claims: [
        shared,
        makeClaim({
          id: 'truffle',
          places: ['anbar'],
          quotes: [
            makeQuote({ source: 'wapo', text: 'truffle', start: 900 }),
            makeQuote({ source: 'csm', text: 'truffle', start: 50 }),
          ],
        }),
      ],
    }),
    makeFeature({
      id: 'qaim',
      claims: [
        shared,
        makeClaim({
          id: 'qaim-town',
          places: ['qaim'],
          quotes: [makeQuote({ source: 'wapo', text: 'QAIM, Iraq', start: 120 })],
        }),
      ],
    }),
    makeFeature({
      id: 'kirkuk',
      claims: [
        makeClaim({
          id: 'same-words',
          places: ['kirkuk'],
          quotes: [makeQuote({ source: 'wapo', text: 'QAIM, Iraq', start: 120 })],
        }),
      ],
    }),
  ];
}

describe('readerPassages', () => {
  it('lists every cited passage of one source by offset, each claim once at its primary place', () => {
    expect(
      readerPassages('wapo', makeFeatures()).map((p) => [
        p.start,
        p.end,
        p.claimId,
        p.placeId,
        p.quoteIndex,
      ]),
    ).toEqual([
      [120, 130, 'qaim-town', 'qaim', 0],
      [120, 130, 'same-words', 'kirkuk', 0],
      [300, 326, 'crossing', 'qaim', 0],
      [900, 907, 'truffle', 'anbar', 0],
    ]);
  });

  it('keeps the quote index of the passage within its claim', () => {
    expect(readerPassages('csm', makeFeatures())).toEqual([
      { start: 50, end: 57, text: 'truffle', placeId: 'anbar', claimId: 'truffle', quoteIndex: 1 },
    ]);
  });

  it('returns nothing for a source the map does not cite', () => {
    expect(readerPassages('nyt', makeFeatures())).toEqual([]);
  });
});

describe('stepPassage', () => {
  const passages = () => readerPassages('wapo', makeFeatures());

  it('starts at the first or last passage', () => {
    expect(stepPassage(passages(), null, 1)?.start).toBe(120);
    expect(stepPassage(passages(), null, -1)?.start).toBe(900);
  });

  it('moves to the next distinct position, skipping passages with the same words', () => {
    expect(stepPassage(passages(), { start: 120, end: 130 }, 1)?.start).toBe(300);
    expect(stepPassage(passages(), { start: 300, end: 326 }, -1)?.claimId).toBe('same-words');
  });

  it('returns null at the ends instead of wrapping', () => {
    expect(stepPassage(passages(), { start: 900, end: 907 }, 1)).toBeNull();
    expect(stepPassage(passages(), { start: 120, end: 130 }, -1)).toBeNull();
    expect(stepPassage([], null, 1)).toBeNull();
  });

  it('steps from an arbitrary position between passages', () => {
    expect(stepPassage(passages(), { start: 500, end: 510 }, 1)?.start).toBe(900);
    expect(stepPassage(passages(), { start: 500, end: 510 }, -1)?.start).toBe(300);
  });
});

describe('segmentText', () => {
  const join = (segs: { text: string }[]) => segs.map((s) => s.text).join('');

  it('returns one plain segment without highlights', () => {
    expect(segmentText('abc', [])).toEqual([
      { text: 'abc', highlighted: false, index: 0, start: 0, end: 3, highlights: [] },
    ]);
  });

  it('cuts at highlight boundaries and marks the highlighted parts', () => {
    const segs = segmentText('Even truffle hunters', [{ start: 5, end: 12 }]);
    expect(segs.map((s) => [s.text, s.highlighted])).toEqual([
      ['Even ', false],
      ['truffle', true],
      [' hunters', false],
    ]);
    expect(segs.map((s) => s.index)).toEqual([0, 1, 2]);
  });

  it('lists every highlight covering an overlap', () => {
    const segs = segmentText('abcdef', [
      { start: 1, end: 4 },
      { start: 3, end: 6 },
    ]);
    expect(segs.map((s) => [s.text, s.highlights])).toEqual([
      ['a', []],
      ['bc', [0]],
      ['d', [0, 1]],
      ['ef', [1]],
    ]);
  });

  it('clamps, ignores empty and reversed highlights, and tolerates NaN', () => {
    const segs = segmentText('abc', [
      { start: -5, end: 1 },
      { start: 2, end: 99 },
      { start: 2, end: 2 },
      { start: 2, end: 1 },
      { start: NaN, end: NaN },
    ]);
    expect(segs.map((s) => [s.text, s.highlights])).toEqual([
      ['a', [0]],
      ['b', []],
      ['c', [1]],
    ]);
  });

  it('never splits a surrogate pair', () => {
    const segs = segmentText('a😀b', [{ start: 2, end: 4 }]);
    expect(segs.map((s) => s.text)).toEqual(['a', '😀b']);
  });

  it('returns no segments for empty text', () => {
    expect(segmentText('', [{ start: 0, end: 3 }])).toEqual([]);
  });

  it('concatenates back to exactly the original text for random input', () => {
    let seed = 42;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const alphabet = ['a', ' ', '\n', '’', 'ق', '😀', '<', '&', '\u0301', '\u00A0'];
    for (let t = 0; t < 1000; t++) {
      const text = Array.from(
        { length: Math.floor(rand() * 30) },
        () => alphabet[Math.floor(rand() * alphabet.length)],
      ).join('');
      const highlights = Array.from({ length: Math.floor(rand() * 5) }, () => {
        const a = Math.floor(rand() * (text.length + 4)) - 2;
        return { start: a, end: a + Math.floor(rand() * 10) - 2 };
      });
      const segs = segmentText(text, highlights);
      expect(join(segs)).toBe(text);
      for (const s of segs) {
        expect(s.text.length).toBeGreaterThan(0);
        expect(text.slice(s.start, s.end)).toBe(s.text);
      }
    }
  });
});
