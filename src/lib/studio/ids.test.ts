import { describe, expect, it } from 'vitest';
import { slugId, uniqueId } from './ids';

describe('slugId', () => {
  it('folds accents, apostrophes and spaces into a contract id', () => {
    expect(slugId('Al Qā’im')).toBe('al-qaim');
    expect(slugId('  Deir ez-Zor (city) ')).toBe('deir-ez-zor-city');
  });
  it('falls back for a name with no Latin letters', () => {
    expect(slugId('القائم', 'place')).toBe('place');
  });
  it('keeps ids within 64 characters without a trailing hyphen', () => {
    const id = slugId('word '.repeat(30));
    expect(id.length).toBeLessThanOrEqual(64);
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('uniqueId', () => {
  it('numbers a taken id', () => {
    expect(uniqueId('qaim', new Set(['qaim', 'qaim-2']))).toBe('qaim-3');
    expect(uniqueId('qaim', new Set())).toBe('qaim');
  });
});
