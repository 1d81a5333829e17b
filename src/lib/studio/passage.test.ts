import { describe, expect, it } from 'vitest';
import { locateQuote, numeralsIn, quoteAt, sentenceAround, snapToWords } from './passage';

const text =
  'Between 5,000 and 7,000 fighters crossed near al-Qa’im. Officials said seven died. They crossed again.';

describe('snapToWords', () => {
  it('widens a selection that cuts words to the whole words', () => {
    const start = text.indexOf('000 and');
    const end = text.indexOf('ghters') + 2;
    const span = snapToWords(text, start, end);
    expect(text.slice(span.start, span.end)).toBe('5,000 and 7,000 fighters');
  });
  it('trims whitespace at the ends and accepts a reversed selection', () => {
    const s = text.indexOf(' Officials');
    const span = snapToWords(text, text.indexOf('said') + 4, s);
    expect(text.slice(span.start, span.end)).toBe('Officials said');
  });
  it('keeps Arabic words whole', () => {
    const ar = 'عبر المقاتلون إلى القائم أمس';
    const span = snapToWords(ar, ar.indexOf('قائم'), ar.indexOf('قائم') + 2);
    expect(ar.slice(span.start, span.end)).toBe('القائم');
  });
  it('gives an empty span for a selection of spaces', () => {
    const span = snapToWords('a   b', 1, 4);
    expect(span.start).toBe(span.end);
  });
});

describe('quoteAt', () => {
  it('captures the prefix, the suffix and which repeat the passage is', () => {
    const second = text.lastIndexOf('crossed');
    const q = quoteAt(text, { start: second, end: second + 7 }, 5);
    expect(q).toMatchObject({
      exact: 'crossed',
      prefix: 'They ',
      suffix: ' agai',
      occurrence: 2,
      count: 2,
    });
  });
});

describe('locateQuote', () => {
  it('finds the asked-for occurrence and nothing past the last', () => {
    expect(locateQuote(text, 'crossed', 2)?.start).toBe(text.lastIndexOf('crossed'));
    expect(locateQuote(text, 'crossed', 3)).toBeNull();
  });
});

describe('sentenceAround', () => {
  it('gives the sentence a place name stands in', () => {
    const at = text.indexOf('seven');
    const span = sentenceAround(text, { start: at, end: at + 5 });
    expect(text.slice(span.start, span.end)).toBe('Officials said seven died.');
  });
});

describe('numeralsIn', () => {
  it('offers the numerals as written with their values, in order', () => {
    expect(numeralsIn('Between 5,000 and 7,000 fighters; seven died; ٣٠ fled')).toEqual([
      { as_written: '5,000', value: 5000 },
      { as_written: '7,000', value: 7000 },
      { as_written: 'seven', value: 7 },
      { as_written: '٣٠', value: 30 },
    ]);
  });
  it('offers nothing for a quote without numbers', () => {
    expect(numeralsIn('fighters crossed the border')).toEqual([]);
  });
});
