import { describe, expect, it } from 'vitest';
import {
  approximateMatch,
  describeQuoteProblem,
  findOccurrences,
  nearestPassage,
  normalise,
  verifyQuote,
} from './quotes.ts';

const NBSP = '\u00A0';
const SOURCE = [
  `QAIM, Iraq — Islamic State militants have been slipping across the border into Iraq.`,
  `About 1,000 fighters crossed during the past eight months, after the caliphate’s collapse.`,
  `“Look at where they’re hiding,” said Col.${NBSP}Saad Mohammed. Officials said it. Officials said it.`,
].join('\n');

const source = { id: 'wapo', file: '003.txt', text: SOURCE };

describe('verifyQuote', () => {
  it('finds an exact quote and returns UTF-16 offsets that slice back to it', () => {
    const text = 'About 1,000 fighters crossed during the past eight months';
    const r = verifyQuote(SOURCE, { text });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(SOURCE.slice(r.start, r.end)).toBe(text);
  });

  it('counts an astral character before the quote as two code units', () => {
    const s = '𝕏 says: the border is open.';
    const r = verifyQuote(s, { text: 'the border is open.' });
    expect(r).toEqual({ ok: true, start: 9, end: 28 });
    expect(s.slice(9, 28)).toBe('the border is open.');
  });

  it('accepts a quote with the source’s non-breaking space and curly quotes', () => {
    const text = `“Look at where they’re hiding,” said Col.${NBSP}Saad Mohammed.`;
    expect(verifyQuote(SOURCE, { text }).ok).toBe(true);
  });

  it('rejects a normal space where the source has a non-breaking one, naming the difference', () => {
    const r = verifyQuote(SOURCE, { text: 'said Col. Saad Mohammed.' });
    expect(r).toMatchObject({ ok: false, problem: 'not-found' });
    if (r.ok || r.problem !== 'not-found') return;
    expect(r.nearest?.passage).toBe(`said Col.${NBSP}Saad Mohammed.`);
    expect(r.nearest?.differences).toEqual([
      'a non-breaking space (U+00A0) where the quote has a space',
    ]);
  });

  it('rejects straight quotes where the source has curly ones, pointing at the passage', () => {
    const text = `"Look at where they're hiding," said Col.${NBSP}Saad Mohammed.`;
    const r = verifyQuote(SOURCE, { text });
    if (r.ok || r.problem !== 'not-found') throw new Error('expected not-found');
    const expected = SOURCE.indexOf('“Look');
    expect(r.nearest?.start).toBe(expected);
    expect(r.nearest?.end).toBe(expected + text.length);
    expect(r.nearest?.differences).toEqual([
      'a left curly double quote (“) where the quote has a straight double quote (")',
      "a curly apostrophe (’) where the quote has a straight apostrophe (')",
      'a right curly double quote (”) where the quote has a straight double quote (")',
    ]);
  });

  it('reports a different dash and letter case', () => {
    const r = verifyQuote(SOURCE, { text: 'Qaim, Iraq - Islamic State militants' });
    if (r.ok || r.problem !== 'not-found') throw new Error('expected not-found');
    expect(r.nearest?.passage).toBe('QAIM, Iraq — Islamic State militants');
    expect(r.nearest?.differences).toEqual([
      '"QAIM" where the quote has "Qaim" (letter case)',
      'an em dash (—) where the quote has a hyphen (-)',
    ]);
  });

  it('finds a passage with a word left out, and names the word', () => {
    const r = verifyQuote(SOURCE, {
      text: 'About 1,000 fighters crossed during the eight months',
    });
    if (r.ok || r.problem !== 'not-found') throw new Error('expected not-found');
    expect(r.nearest?.passage).toBe('About 1,000 fighters crossed during the past eight months');
    expect(r.nearest?.differences).toEqual(['"past", which the quote leaves out']);
  });

  it('finds a passage with a changed word', () => {
    const r = verifyQuote(SOURCE, { text: 'militants have been sneaking across the border' });
    if (r.ok || r.problem !== 'not-found') throw new Error('expected not-found');
    expect(r.nearest?.passage).toBe('militants have been slipping across the border');
    expect(r.nearest?.differences).toEqual(['"slipping" where the quote has "sneaking"']);
  });

  it('gives no passage when nothing resembles the quote', () => {
    const r = verifyQuote(SOURCE, {
      text: 'Truffle hunters were kidnapped in the desert near Rutba.',
    });
    expect(r).toEqual({ ok: false, problem: 'not-found', nearest: undefined });
  });

  it('asks for an occurrence when the passage repeats, listing the offsets', () => {
    const r = verifyQuote(SOURCE, { text: 'Officials said it.' });
    const first = SOURCE.indexOf('Officials said it.');
    expect(r).toEqual({
      ok: false,
      problem: 'ambiguous',
      offsets: [first, first + 'Officials said it. '.length],
    });
  });

  it('picks the given occurrence of a repeated passage', () => {
    const r = verifyQuote(SOURCE, { text: 'Officials said it.', occurrence: 2 });
    const second = SOURCE.lastIndexOf('Officials said it.');
    expect(r).toEqual({ ok: true, start: second, end: second + 18 });
  });

  it('rejects an occurrence beyond the number of repeats', () => {
    const r = verifyQuote(SOURCE, { text: 'Officials said it.', occurrence: 3 });
    expect(r).toMatchObject({ ok: false, problem: 'occurrence-out-of-range', occurrence: 3 });
  });

  it('rejects a quote that starts or ends in the middle of a word', () => {
    expect(verifyQuote(SOURCE, { text: 'ilitants have been slipping' })).toMatchObject({
      problem: 'mid-word',
      side: 'start',
      word: 'militants',
    });
    expect(verifyQuote(SOURCE, { text: 'militants have been slip' })).toMatchObject({
      problem: 'mid-word',
      side: 'end',
      word: 'slipping',
    });
  });

  it('accepts a quote ending before an apostrophe or punctuation', () => {
    expect(verifyQuote(SOURCE, { text: 'after the caliphate' }).ok).toBe(true);
  });
});

describe('findOccurrences', () => {
  it('includes overlapping occurrences', () => {
    expect(findOccurrences('aaaa', 'aa')).toEqual([0, 1, 2]);
  });
  it('finds nothing for an empty needle', () => {
    expect(findOccurrences('abc', '')).toEqual([]);
  });
});

describe('normalise', () => {
  it('folds quotes, dashes, whitespace runs and case, mapping back to original offsets', () => {
    const n = normalise(`A’b${NBSP} \n—C`);
    expect(n.text).toBe("a'b -c");
    expect(n.from[3]).toEqual([3, 6]);
    expect(n.from[4]).toEqual([6, 7]);
  });
});

describe('approximateMatch', () => {
  it('finds the substring with the smallest edit distance', () => {
    expect(approximateMatch('the quick brown fox', 'quack brown')).toEqual({
      start: 4,
      end: 15,
      cost: 1,
    });
  });
});

describe('nearestPassage', () => {
  it('ignores invisible soft hyphens and zero-width spaces', () => {
    const s = 'a long\u00ADwinded sentence';
    expect(nearestPassage(s, 'longwinded sentence')?.passage).toBe('long\u00ADwinded sentence');
  });
});

describe('describeQuoteProblem', () => {
  it('names the file, the source and the closest passage with its offsets', () => {
    const quote = { text: 'said Col. Saad Mohammed.' };
    const r = verifyQuote(SOURCE, quote);
    if (r.ok) throw new Error('expected a problem');
    const { message, fix } = describeQuoteProblem(r, quote, source);
    const at = SOURCE.indexOf('said Col.');
    expect(message).toBe(
      `not found verbatim in seeds/003.txt (source "wapo"). Closest passage at ${at}–${at + 24}: "said Col.${NBSP}Saad Mohammed.". It differs by: a non-breaking space (U+00A0) where the quote has a space.`,
    );
    expect(fix).toMatch(/exact characters/);
  });

  it('lists each occurrence with context for a repeated passage', () => {
    const quote = { text: 'Officials said it.' };
    const r = verifyQuote(SOURCE, quote);
    if (r.ok) throw new Error('expected a problem');
    const { message, fix } = describeQuoteProblem(r, quote, source);
    expect(message).toMatch(/^occurs 2 times in seeds\/003\.txt \(source "wapo"\) \(1: at \d+ /);
    expect(fix).toBe(
      'Add "prefix"/"suffix" (the characters just before and after the passage meant), or "occurrence": 1–2, or quote a longer, unique passage.',
    );
  });
});
