import { describe, expect, it } from 'vitest';
import { arrowMove } from './arrow-keys';

describe('arrowMove', () => {
  // Rows 10, 11 (open: its place button and two claims) and 12 are rendered, of 40.
  const rows = [10, 11, 11, 11, 12];

  it('walks the rendered buttons, into and out of an open row', () => {
    expect(arrowMove('ArrowDown', rows, 0, 40)).toEqual({ focus: 1 });
    expect(arrowMove('ArrowDown', rows, 1, 40)).toEqual({ focus: 2 });
    expect(arrowMove('ArrowDown', rows, 3, 40)).toEqual({ focus: 4 });
    expect(arrowMove('ArrowUp', rows, 4, 40)).toEqual({ focus: 3 });
  });

  it('goes on past the rendered rows: the next row down opens at its first button', () => {
    expect(arrowMove('ArrowDown', rows, 4, 40)).toEqual({ reveal: 13, edge: 'first' });
    expect(arrowMove('ArrowUp', rows, 0, 40)).toEqual({ reveal: 9, edge: 'last' });
  });

  it('reveals the adjacent row when the next rendered one is farther (a pinned row)', () => {
    // Row 30 stays rendered while it holds the focus, far below the window.
    expect(arrowMove('ArrowDown', [10, 30], 0, 40)).toEqual({ reveal: 11, edge: 'first' });
    expect(arrowMove('ArrowUp', [10, 30], 1, 40)).toEqual({ reveal: 29, edge: 'last' });
  });

  it('stops at either end of the list', () => {
    expect(arrowMove('ArrowUp', [0, 1], 0, 2)).toBeNull();
    expect(arrowMove('ArrowDown', [0, 1], 1, 2)).toBeNull();
  });

  it('leaves other keys and buttons outside the list alone', () => {
    expect(arrowMove('ArrowLeft', rows, 0, 40)).toBeNull();
    expect(arrowMove('Enter', rows, 0, 40)).toBeNull();
    expect(arrowMove('ArrowDown', rows, -1, 40)).toBeNull();
  });
});
