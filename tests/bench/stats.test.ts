import { describe, expect, it } from 'vitest';
import { median, quantile } from './stats.ts';

describe('quantile', () => {
  it('is null for no values', () => {
    expect(quantile([], 0.5)).toBeNull();
  });

  it('returns a measured value (nearest rank), whatever the input order', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 20])).toBe(20);
    expect(quantile([5, 1, 4, 2, 3], 0.95)).toBe(5);
    expect(quantile([5, 1, 4, 2, 3], 0)).toBe(1);
    expect(
      quantile(
        Array.from({ length: 100 }, (_, i) => 100 - i),
        0.95,
      ),
    ).toBe(95);
  });
});
