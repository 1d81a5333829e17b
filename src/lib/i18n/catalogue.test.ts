import { describe, expect, it } from 'vitest';
import { ar } from './ar';
import { en } from './en';

type Leaf = { path: string; value: unknown };

function leaves(node: unknown, path = ''): Leaf[] {
  if (typeof node === 'string' || typeof node === 'function') return [{ path, value: node }];
  return Object.entries(node as object).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

/** Every string a leaf can produce: functions are called with counts across Arabic's six forms. */
function outputs(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  const fn = value as (...args: unknown[]) => string;
  const args = (n: number): unknown[] =>
    Array.from({ length: fn.length }, (_, i) => (i === 0 ? n : i === 1 ? n + 1 : 'X'));
  const stringArgs = Array.from({ length: fn.length }, () => 'X');
  return [0, 1, 2, 3, 11, 100, 101].flatMap((n) => [fn(...args(n)), fn(...stringArgs)]);
}

const ARABIC = /[\u0600-\u06FF]/;
/** Strings with no letters at all (arrows, punctuation) need no translation. */
const NO_LETTERS = /^[^\p{L}]*$/u;

/** `format` words data (a claim's date, a place's facts), not counts: tested on data below. */
const worded = (l: Leaf) => !l.path.startsWith('format.');

describe('the Arabic catalogue', () => {
  const enLeaves = leaves(en).filter(worded);
  const arLeaves = new Map(
    leaves(ar)
      .filter(worded)
      .map((l) => [l.path, l.value]),
  );

  it('has every English key, and no other', () => {
    expect([...arLeaves.keys()].sort()).toEqual(enLeaves.map((l) => l.path).sort());
    expect(Object.keys(ar.format).sort()).toEqual(Object.keys(en.format).sort());
  });

  it.each(enLeaves.map((l) => l.path))('%s is non-empty Arabic', (path) => {
    const value = arLeaves.get(path);
    expect(typeof value).toBe(typeof enLeaves.find((l) => l.path === path)!.value);
    for (const text of outputs(value)) {
      expect(text.trim(), path).not.toBe('');
      if (!NO_LETTERS.test(text)) expect(text, path).toMatch(ARABIC);
      expect(text, `${path}: a count left as #`).not.toContain('#');
    }
  });

  it('writes counts with Western digits and the noun that agrees with them', () => {
    expect(ar.search.claims(1)).toBe('ادعاء واحد');
    expect(ar.search.claims(2)).toBe('ادعاءان');
    expect(ar.search.claims(5)).toBe('5 ادعاءات');
    expect(ar.search.claims(12)).toBe('12 ادعاءً');
    expect(ar.search.claims(100)).toBe('100 ادعاء');
  });
});
