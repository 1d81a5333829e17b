import { describe, expect, it } from 'vitest';
import { countsText, dominantCategory } from './format';
import { CATEGORIES } from './vocabulary';

describe('dominantCategory', () => {
  it('is the most frequent category', () => {
    expect(dominantCategory(['assessment', 'attack', 'assessment'])).toBe('assessment');
  });

  it('breaks a tie by the one category order, whatever order the claims come in', () => {
    expect(dominantCategory(['military-operation', 'border-crossing'])).toBe('border-crossing');
    expect(dominantCategory(['border-crossing', 'military-operation'])).toBe('border-crossing');
    expect(dominantCategory(['assessment', 'kidnapping'])).toBe('kidnapping');
    expect(dominantCategory([...CATEGORIES].reverse())).toBe(CATEGORIES[0]);
  });

  it('is null for no claims', () => {
    expect(dominantCategory([])).toBeNull();
  });
});

describe('countsText', () => {
  it('counts claims and independent sources, singular and plural', () => {
    expect(countsText(3, 1)).toBe('3 claims, 1 independent source');
    expect(countsText(1, 2)).toBe('1 claim, 2 independent sources');
    expect(countsText(0, 0)).toBe('0 claims, 0 independent sources');
  });
});
