import { describe, expect, it, vi } from 'vitest';
import {
  FRAME_MARGIN,
  FRAME_MAX_ZOOM,
  MAX_BOUNDS,
  NO_INSET,
  OVERVIEW_BOUNDS,
  coverInset,
  flyToBounds,
  prefersReducedMotion,
  resetToOverview,
  samePadding,
  unpaddedCamera,
  withMargin,
} from './camera';
import { rect } from './fake-rect';

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

describe('coverInset', () => {
  const frame = rect(352, 60, 928, 740);

  it('pads the right by the width of a panel laid along the right edge', () => {
    expect(coverInset(rect(832, 60, 448, 740), frame)).toEqual({
      top: 0,
      right: 448,
      bottom: 0,
      left: 0,
    });
  });

  it('pads the bottom by the part of the map a full-width sheet covers', () => {
    const phoneMap = rect(0, 150, 390, 464);
    expect(coverInset(rect(0, 500, 390, 344), phoneMap)).toMatchObject({ bottom: 114, right: 0 });
  });

  it('rounds a fractional cover up, so nothing kept clear of it sits a fraction under it', () => {
    const phoneMap = rect(0, 161.27, 390, 464.19);
    expect(coverInset(rect(0, 422, 390, 422), phoneMap).bottom).toBe(204);
    expect(coverInset(rect(831.6, 60, 448.4, 740), frame).right).toBe(449);
  });

  it('pads nothing for a hidden panel, or one beside the map rather than over it', () => {
    expect(coverInset(null, frame)).toEqual(NO_INSET);
    expect(coverInset(rect(0, 0, 0, 0), frame)).toEqual(NO_INSET);
    expect(coverInset(rect(1280, 60, 448, 740), frame)).toEqual(NO_INSET);
    const sheet = rect(0, 700, 390, 144);
    expect(coverInset(sheet, rect(0, 100, 390, 400))).toEqual(NO_INSET);
  });

  it('always leaves part of the map uncovered', () => {
    expect(coverInset(rect(400, 60, 880, 740), frame).right).toBe(Math.ceil(928 * 0.7));
    expect(coverInset(rect(0, 160, 390, 684), rect(0, 150, 390, 464)).bottom).toBe(
      Math.ceil(464 * 0.7),
    );
  });
});

describe('withMargin', () => {
  it('grows every side by the margin, leaving the inset as it was', () => {
    const inset = { top: 0, right: 448, bottom: 10, left: 0 };
    expect(withMargin(inset, 60)).toEqual({ top: 60, right: 508, bottom: 70, left: 60 });
    expect(inset.right).toBe(448);
  });
});

describe('samePadding', () => {
  it('compares every side', () => {
    expect(samePadding({ ...NO_INSET }, NO_INSET)).toBe(true);
    expect(samePadding({ ...NO_INSET, right: 448 }, NO_INSET)).toBe(false);
    expect(samePadding({ ...NO_INSET, bottom: 1 }, NO_INSET)).toBe(false);
  });
});

describe('flyToBounds', () => {
  const bounds: [[number, number], [number, number]] = [
    [40.78, 34.31],
    [41.08, 34.61],
  ];
  const inset = { top: 0, right: 448, bottom: 0, left: 0 };

  function fakeFlyer(found = true) {
    return {
      cameraForBounds: vi.fn(() =>
        found
          ? { center: { lng: 40.93, lat: 34.46 }, zoom: 8.6, bearing: 0, padding: {} }
          : undefined,
      ),
      flyTo: vi.fn(),
    };
  }

  it('frames the bounds in the part the panel leaves visible, with a margin', () => {
    const map = fakeFlyer();
    flyToBounds(map as never, bounds, inset);
    expect(map.cameraForBounds).toHaveBeenCalledWith(bounds, {
      padding: { top: FRAME_MARGIN, right: 448 + FRAME_MARGIN, bottom: FRAME_MARGIN, left: 60 },
      absolutePadding: true,
      maxZoom: FRAME_MAX_ZOOM,
    });
  });

  it('ends with the panel as the map padding (not the margin), animated unless instant', () => {
    const map = fakeFlyer();
    flyToBounds(map as never, bounds, inset);
    flyToBounds(map as never, bounds, inset, true);
    expect(map.flyTo.mock.calls[0]?.[0]).toEqual({
      center: { lng: 40.93, lat: 34.46 },
      zoom: 8.6,
      bearing: 0,
      padding: inset,
      duration: 900,
    });
    expect(map.flyTo.mock.calls[1]?.[0]).toMatchObject({ duration: 0, padding: inset });
  });

  it('stays put when the bounds cannot be framed', () => {
    const map = fakeFlyer(false);
    flyToBounds(map as never, bounds, inset);
    expect(map.flyTo).not.toHaveBeenCalled();
  });
});

describe('unpaddedCamera', () => {
  const at = (padding: object) => ({
    getPadding: () => ({ ...NO_INSET, ...padding }),
    getCenter: () =>
      ({ lng: 40.95, lat: 34.46 }) as ReturnType<import('maplibre-gl').Map['getCenter']>,
    getZoom: () => 8.6,
    getBearing: () => 0,
  });

  it('keeps the center of a padded map, to be shot unpadded', () => {
    expect(unpaddedCamera(at({ right: 448 }))).toEqual({
      center: [40.95, 34.46],
      zoom: 8.6,
      bearing: 0,
    });
  });

  it('is null when nothing pads the map', () => {
    expect(unpaddedCamera(at({}))).toBeNull();
  });
});
