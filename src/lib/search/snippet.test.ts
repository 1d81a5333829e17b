import { describe, expect, it } from 'vitest';
import { markRanges, quoteSnippet } from './snippet';

const joined = (s: { text: string }[]) => s.map((x) => x.text).join('');
const marked = (s: { text: string; highlighted: boolean }[]) =>
  s.filter((x) => x.highlighted).map((x) => x.text);

describe('markRanges', () => {
  it('marks the matched part of a name', () => {
    const segs = markRanges('Al-Qaim', [{ start: 3, end: 7 }]);
    expect(segs.map((s) => [s.text, s.highlighted])).toEqual([
      ['Al-', false],
      ['Qaim', true],
    ]);
  });
});

describe('quoteSnippet', () => {
  it('keeps a short quote whole', () => {
    const text = 'Truffle hunters were kidnapped.';
    const s = quoteSnippet(text, [{ start: 0, end: 7 }]);
    expect(joined(s.segments)).toBe(text);
    expect(marked(s.segments)).toEqual(['Truffle']);
    expect([s.before, s.after]).toEqual([false, false]);
  });

  it('cuts a long quote at word boundaries around the first match, keeping exact characters', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`);
    words[40] = 'truffle';
    const text = words.join(' ');
    const start = text.indexOf('truffle');
    const s = quoteSnippet(text, [{ start, end: start + 7 }], 60);
    const slice = joined(s.segments);
    expect(text).toContain(slice);
    expect(slice).toContain('truffle');
    expect(marked(s.segments)).toEqual(['truffle']);
    expect(s.before && s.after).toBe(true);
    // whole words: the characters either side of the slice are spaces
    const at = text.indexOf(slice);
    expect(text[at - 1]).toBe(' ');
    expect(text[at + slice.length]).toBe(' ');
  });

  it('marks every match inside the window and clips one that straddles its edge', () => {
    const text = 'a '.repeat(100) + 'qaim qaim ' + 'b '.repeat(100);
    const at = text.indexOf('qaim');
    const s = quoteSnippet(
      text,
      [
        { start: at, end: at + 4 },
        { start: at + 5, end: at + 9 },
      ],
      40,
    );
    expect(marked(s.segments)).toEqual(['qaim', 'qaim']);
  });

  it('never splits a surrogate pair', () => {
    const text = 'x'.repeat(50) + '😀'.repeat(40) + ' match ' + 'y'.repeat(80);
    const at = text.indexOf('match');
    const s = quoteSnippet(text, [{ start: at, end: at + 5 }], 40);
    const slice = joined(s.segments);
    // no lone surrogate at either end
    expect(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(slice)).toBe(false);
    expect(text).toContain(slice);
  });

  it('shows the beginning when there is no match', () => {
    const text = 'one two three four five six seven';
    const s = quoteSnippet(text, [], 10);
    expect(joined(s.segments)).toBe('one two three');
    expect(s.after).toBe(true);
  });
});
