import type { LngLatBoundsLike } from 'maplibre-gl';

/** Iraq and eastern Syria: the overview every reset returns to. */
export const OVERVIEW_BOUNDS: [[number, number], [number, number]] = [
  [38.6, 29.0],
  [48.6, 37.4],
];

/** Panning stops a little beyond the basemap's extent, so the user never drifts off the data. */
export const MAX_BOUNDS: [[number, number], [number, number]] = [
  [30.0, 25.0],
  [54.0, 41.5],
];

export const ZOOM_LIMITS = { min: 3.5, max: 11 } as const;

export interface CameraTarget {
  fitBounds(bounds: LngLatBoundsLike, options?: { padding?: number; duration?: number }): unknown;
}

/** Returns the map to the overview; `instant` for reduced motion and for tests. */
export function resetToOverview(map: CameraTarget, instant = false): void {
  map.fitBounds(OVERVIEW_BOUNDS, { padding: 24, duration: instant ? 0 : 800 });
}

export function prefersReducedMotion(win: Pick<Window, 'matchMedia'> = window): boolean {
  return win.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
