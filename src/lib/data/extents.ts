/**
 * The map's extents, shared by the build (a briefing's camera must stay inside them) and the
 * map (it never pans or zooms beyond them).
 */

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
