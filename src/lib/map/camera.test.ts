import { describe, expect, it, vi } from 'vitest';
import { MAX_BOUNDS, OVERVIEW_BOUNDS, prefersReducedMotion, resetToOverview } from './camera';

describe('camera', () => {
  it('keeps the overview inside the pan limits', () => {
    const [[w, s], [e, n]] = OVERVIEW_BOUNDS;
    const [[mw, ms], [me, mn]] = MAX_BOUNDS;
    expect(w).toBeGreaterThan(mw);
    expect(s).toBeGreaterThan(ms);
    expect(e).toBeLessThan(me);
    expect(n).toBeLessThan(mn);
    // Qaim (41.9 E, 34.4 N) and Kirkuk (44.4 E, 35.5 N) must be on the first view.
    for (const [lon, lat] of [
      [41.94, 34.37],
      [44.39, 35.47],
    ] as const) {
      expect(lon > w && lon < e && lat > s && lat < n).toBe(true);
    }
  });

  it('resets with an animation, or instantly for reduced motion', () => {
    const fitBounds = vi.fn();
    resetToOverview({ fitBounds });
    resetToOverview({ fitBounds }, true);
    expect(fitBounds.mock.calls[0]?.[1]).toMatchObject({ duration: 800 });
    expect(fitBounds.mock.calls[1]?.[1]).toMatchObject({ duration: 0 });
    expect(fitBounds.mock.calls[0]?.[0]).toBe(OVERVIEW_BOUNDS);
  });

  it('reads the reduced-motion media query', () => {
    const query = vi.fn((q: string) => ({ matches: q.includes('reduce') }) as MediaQueryList);
    expect(prefersReducedMotion({ matchMedia: query })).toBe(true);
    expect(query).toHaveBeenCalledWith('(prefers-reduced-motion: reduce)');
  });
});
