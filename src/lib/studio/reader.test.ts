import { describe, expect, it } from 'vitest';
import type { RecognisedName } from '../data/studio-api';
import { distinctNames, segments } from './reader';

const name = (text: string, start: number, candidates = 1): RecognisedName => ({
  start,
  end: start + text.length,
  text,
  candidates: Array.from({ length: candidates }, () => ({}) as RecognisedName['candidates'][0]),
});

describe('segments', () => {
  const text = 'Fighters reached Qaim, then Qaim again, then Baiji.';
  const names = [name('Baiji', text.indexOf('Baiji')), name('Qaim', 17), name('Qaim', 28, 2)];
  it('concatenates back to the text exactly, names as their own runs', () => {
    const runs = segments(text, names);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.filter((r) => r.name).map((r) => [r.start, r.text])).toEqual([
      [17, 'Qaim'],
      [28, 'Qaim'],
      [45, 'Baiji'],
    ]);
  });
  it('leaves out a name that overlaps another or runs past the text', () => {
    const runs = segments(text, [name('Qaim', 17), name('aim,', 19), name('x'.repeat(9), 48)]);
    expect(runs.filter((r) => r.name)).toHaveLength(1);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });
});

describe('distinctNames', () => {
  it('lists each name once with its count, in reading order', () => {
    const list = distinctNames([name('Baiji', 45), name('Qaim', 17), name('Qaim', 28)]);
    expect(list.map((n) => [n.name.text, n.count])).toEqual([
      ['Qaim', 2],
      ['Baiji', 1],
    ]);
  });
});
