import { describe, expect, it } from 'vitest';
import { ListWindow } from './list-window.svelte';
import { RENDER_ALL_UP_TO } from './virtual';

const rowsOf = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `p${i}` }));

describe('ListWindow', () => {
  it('renders every row of a short list', () => {
    const win = new ListWindow(() => rowsOf(RENDER_ALL_UP_TO));
    expect(win.windowed).toBe(false);
    expect(win.shown).toHaveLength(RENDER_ALL_UP_TO);
  });

  it('renders only the rows in view and a margin of a long one', () => {
    const win = new ListWindow(() => rowsOf(5000));
    expect(win.windowed).toBe(true);
    // 1000 px of view and 600 px either side, at the 62 px a row is estimated until measured.
    expect(win.shown[0]).toBe(0);
    expect(win.shown).toHaveLength(Math.floor(1600 / 62) + 1);
    win.view = { top: 62_000, bottom: 63_000 };
    expect(win.shown[0]).toBe(Math.floor((62_000 - 600) / 62));
    expect(win.shown).toContain(1000);
  });

  it('keeps the focused row rendered when it is scrolled away', () => {
    const win = new ListWindow(() => rowsOf(5000));
    win.focusedId = 'p4000';
    expect(win.shown).toContain(4000);
    expect(win.shown.at(-2)).toBeLessThan(100);
  });

  it('places rows by their measured heights, and unmeasured ones at the usual height', () => {
    const win = new ListWindow(() => rowsOf(400));
    win.record([
      { id: 'p0', height: 40 },
      { id: 'p1', height: 40 },
      { id: 'p2', height: 200 },
    ]);
    // The most common measured height (40) now stands for the rows not measured yet.
    expect([...win.offsets.slice(0, 5)]).toEqual([0, 40, 80, 280, 320]);
    expect(win.offsets[400]).toBe(280 + 397 * 40);
  });

  it('keeps what was measured when a row reads 0 (the list is not displayed)', () => {
    const win = new ListWindow(() => rowsOf(400));
    win.record([{ id: 'p0', height: 90 }]);
    win.record([{ id: 'p0', height: 0 }]);
    expect(win.offsets[1]).toBe(90);
  });

  it('follows the rows as they change (a filter, a sort)', () => {
    let rows = $state(rowsOf(400));
    const win = new ListWindow(() => rows);
    expect(win.windowed).toBe(true);
    expect(win.indexById.get('p399')).toBe(399);
    rows = rowsOf(10).reverse();
    expect(win.windowed).toBe(false);
    expect(win.indexById.get('p9')).toBe(0);
    expect(win.offsets).toHaveLength(11);
  });
});
