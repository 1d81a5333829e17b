import { describe, expect, it } from 'vitest';
import { codePointOffset, quoteContext } from './text';

describe('codePointOffset', () => {
  it('equals the UTF-16 offset in text without astral characters', () => {
    expect(codePointOffset('Kirkuk, Iraq', 8)).toBe(8);
    expect(codePointOffset('كركوك “x”', 7)).toBe(7);
  });

  it('counts a surrogate pair as one code point', () => {
    const text = 'a😀b𝒳c';
    expect(codePointOffset(text, 3)).toBe(2); // after 😀
    expect(codePointOffset(text, 4)).toBe(3); // after b
    expect(codePointOffset(text, text.length)).toBe(Array.from(text).length);
    expect(Array.from(text).slice(codePointOffset(text, 3), codePointOffset(text, 4))).toEqual([
      'b',
    ]);
  });

  it('refuses an offset inside a surrogate pair or outside the text', () => {
    expect(() => codePointOffset('a😀b', 2)).toThrow(/splits a surrogate pair/);
    expect(() => codePointOffset('abc', 4)).toThrow(/outside a text of 3/);
  });
});

describe('quoteContext', () => {
  it('takes up to n code points either side, never half a character', () => {
    const text = '😀😀 quote 😀😀';
    const start = text.indexOf('quote');
    expect(quoteContext(text, start, start + 5, 2)).toEqual({ prefix: '😀 ', suffix: ' 😀' });
    expect(quoteContext(text, start, start + 5)).toEqual({ prefix: '😀😀 ', suffix: ' 😀😀' });
  });
});
