import { describe, expect, it } from 'vitest';
import { nearestScrollTop } from './scroll';

const view = { top: 100, bottom: 500 };

describe('nearestScrollTop', () => {
  it('leaves a visible row alone', () => {
    expect(nearestScrollTop({ top: 120, bottom: 180 }, view, 300)).toBeNull();
  });

  it('scrolls up just enough for a row above the view', () => {
    expect(nearestScrollTop({ top: 40, bottom: 100 }, view, 300, 8)).toBe(232);
  });

  it('scrolls down just enough for a row below the view', () => {
    expect(nearestScrollTop({ top: 520, bottom: 580 }, view, 300, 8)).toBe(388);
  });

  it('aligns the top of a row taller than the view, never above 0', () => {
    expect(nearestScrollTop({ top: 450, bottom: 1200 }, view, 300, 8)).toBe(642);
    expect(nearestScrollTop({ top: 20, bottom: 60 }, view, 10, 8)).toBe(0);
  });
});
