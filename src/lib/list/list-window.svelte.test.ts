import { afterEach, describe, expect, it, vi } from 'vitest';
import { ListWindow } from './list-window.svelte';
import { RENDER_ALL_UP_TO } from './virtual';

const rowsOf = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `p${i}` }));

/**
 * A sidebar 600 px tall at y=100 holding the list, as the browser lays them out. A smooth
 * scroll only records where it is going (it is under way); an instant one, or setting
 * scrollTop, lands at once and ends any smooth scroll, as in Chromium.
 */
function sidebar() {
  const box = {
    parentElement: null,
    scrollTop: 0,
    scrollHeight: 1e7,
    clientHeight: 600,
    heading: null as number | null,
    getBoundingClientRect: () => ({ top: 100, bottom: 700 }),
    scrollTo({ top, behavior }: { top: number; behavior: ScrollBehavior }) {
      if (behavior === 'smooth') box.heading = top;
      else [box.scrollTop, box.heading] = [top, null];
    },
    /** the smooth scroll, if any, arrives */
    arrive() {
      if (box.heading !== null) [box.scrollTop, box.heading] = [box.heading, null];
    },
  };
  const list = {
    parentElement: box,
    getBoundingClientRect: () => ({ top: 100 - box.scrollTop }),
  } as unknown as HTMLElement;
  vi.stubGlobal('getComputedStyle', (el: unknown) => ({
    overflowY: el === box ? 'auto' : 'visible',
  }));
  return { box, list };
}

/** Where row `index` is on screen, in the sidebar's coordinates (0 = its top edge). */
const onScreen = (win: ListWindow, box: { scrollTop: number }, index: number) =>
  win.offsets[index]! - box.scrollTop;

const measured = (from: number, to: number, height: number) =>
  Array.from({ length: to - from }, (_, i) => ({ id: `p${from + i}`, height }));

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

  describe('a row scrolled to for the reader', () => {
    afterEach(() => vi.unstubAllGlobals());

    it('is aimed at again when rows measured during a smooth scroll move it', () => {
      const { box, list } = sidebar();
      const win = new ListWindow(() => rowsOf(1500));
      win.list = list;
      win.revealRow(1195, 'smooth');
      // Under way, the rows passed and those at the target are measured taller than estimated.
      win.record(measured(0, 40, 90));
      box.arrive();
      win.updateView();
      const at = onScreen(win, box, 1195);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(at + (win.offsets[1196]! - win.offsets[1195]!)).toBeLessThanOrEqual(600);
    });

    it('stays where it is on screen while the rows above it are measured, until released', () => {
      const { box, list } = sidebar();
      const win = new ListWindow(() => rowsOf(1500));
      win.list = list;
      // The focus stays behind in a row far above, scrolled away.
      win.focusedId = 'p40';
      win.revealRow(1195, 'instant');
      const before = onScreen(win, box, 1195);
      win.record(measured(1180, 1195, 90));
      expect(onScreen(win, box, 1195)).toBeCloseTo(before, 5);

      win.release();
      win.view = { top: box.scrollTop, bottom: box.scrollTop + 600 };
      const top = win.offsets.findIndex((o) => o > box.scrollTop) - 1;
      const topBefore = onScreen(win, box, top);
      win.record(measured(top - 10, top, 30));
      expect(onScreen(win, box, top)).toBeCloseTo(topBefore, 5);
    });
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
