import { describe, expect, it } from 'vitest';
import { renderedIndices, rowAt, rowOffsets, typicalHeight, visibleRange } from './virtual';

describe('rowOffsets', () => {
  it('stacks the rows: each top is the sum of the heights above, the last entry the total', () => {
    const heights = [10, 20, 30];
    expect([...rowOffsets(3, (i) => heights[i]!)]).toEqual([0, 10, 30, 60]);
    expect([...rowOffsets(0, () => 10)]).toEqual([0]);
  });
});

describe('rowAt', () => {
  const offsets = rowOffsets(4, () => 10); // rows at 0, 10, 20, 30; total 40

  it('finds the row containing a point, a boundary belonging to the row below it', () => {
    expect(rowAt(offsets, 0)).toBe(0);
    expect(rowAt(offsets, 9.9)).toBe(0);
    expect(rowAt(offsets, 10)).toBe(1);
    expect(rowAt(offsets, 35)).toBe(3);
  });

  it('clamps to the first and last rows', () => {
    expect(rowAt(offsets, -5)).toBe(0);
    expect(rowAt(offsets, 400)).toBe(3);
  });
});

describe('visibleRange', () => {
  const offsets = rowOffsets(100, () => 50); // 5000 px

  it('covers the view plus the overscan either side', () => {
    expect(visibleRange(offsets, 1000, 1400, 0)).toEqual({ start: 20, end: 29 });
    expect(visibleRange(offsets, 1000, 1400, 100)).toEqual({ start: 18, end: 31 });
  });

  it('stops at the ends of the list', () => {
    expect(visibleRange(offsets, -300, 200, 100)).toEqual({ start: 0, end: 7 });
    expect(visibleRange(offsets, 4800, 5600, 100)).toEqual({ start: 94, end: 100 });
  });

  it('keeps the nearest rows when the list is out of view, so Tab can still reach it', () => {
    expect(visibleRange(offsets, -900, -400, 100)).toEqual({ start: 0, end: 3 });
    expect(visibleRange(offsets, 6000, 6500, 100)).toEqual({ start: 98, end: 100 });
  });

  it('is empty when there are no rows', () => {
    expect(
      visibleRange(
        rowOffsets(0, () => 50),
        0,
        500,
        100,
      ),
    ).toEqual({ start: 0, end: 0 });
  });

  it('uses each row’s own height', () => {
    const tall = rowOffsets(10, (i) => (i === 0 ? 1000 : 10));
    expect(visibleRange(tall, 0, 500, 0)).toEqual({ start: 0, end: 1 });
    expect(visibleRange(tall, 1000, 1030, 0)).toEqual({ start: 1, end: 5 });
  });
});

describe('renderedIndices', () => {
  it('is the window, ascending', () => {
    expect(renderedIndices({ start: 3, end: 6 }, [])).toEqual([3, 4, 5]);
  });

  it('keeps a pinned row (the focused one) rendered outside the window, in list order', () => {
    expect(renderedIndices({ start: 3, end: 6 }, [0, undefined])).toEqual([0, 3, 4, 5]);
    expect(renderedIndices({ start: 3, end: 6 }, [9, 4])).toEqual([3, 4, 5, 9]);
  });
});

describe('typicalHeight', () => {
  it('is the most common measured height, or the fallback before any is measured', () => {
    expect(typicalHeight([61, 61.2, 80, 61], 50)).toBe(61);
    expect(typicalHeight([], 50)).toBe(50);
  });
});
