import type { LngLatBoundsLike } from 'maplibre-gl';

import { OVERVIEW_BOUNDS } from '../data/extents';

export { MAX_BOUNDS, OVERVIEW_BOUNDS, ZOOM_LIMITS } from '../data/extents';

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
