import type { LngLatBoundsLike, Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';

import { OVERVIEW_BOUNDS } from '../data/extents';

export { MAX_BOUNDS, OVERVIEW_BOUNDS, ZOOM_LIMITS } from '../data/extents';

export interface CameraTarget {
  fitBounds(bounds: LngLatBoundsLike, options?: { padding?: number; duration?: number }): unknown;
}

/**
 * Returns the map to the overview; `instant` for reduced motion and for tests. The padding is
 * added to the map's own (the panel over the map), so the overview fits the part left visible.
 */
export function resetToOverview(map: CameraTarget, instant = false): void {
  map.fitBounds(OVERVIEW_BOUNDS, { padding: 24, duration: instant ? 0 : 800 });
}

export function prefersReducedMotion(win: Pick<Window, 'matchMedia'> = window): boolean {
  return win.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export interface RectLike {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}

/** Camera padding with every side given, in CSS pixels. */
export interface Inset {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_INSET: Readonly<Inset> = Object.freeze({
  top: 0,
  right: 0,
  bottom: 0,
  left: 0,
});

/** However large the panel, this share of the map's width (or height) stays uncovered. */
const MIN_VISIBLE = 0.3;

/**
 * How much of the map a panel laid over it covers, as camera padding: a panel along the right
 * edge pads the right, a sheet across the whole width (phones) pads the bottom. A hidden panel,
 * or one beside the map rather than over it, pads nothing.
 */
export function coverInset(cover: RectLike | null, frame: RectLike): Inset {
  const inset = { ...NO_INSET };
  if (!cover || cover.width <= 0 || cover.height <= 0 || frame.width <= 0 || frame.height <= 0)
    return inset;
  const overlaps =
    cover.left < frame.right &&
    cover.right > frame.left &&
    cover.top < frame.bottom &&
    cover.bottom > frame.top;
  if (!overlaps) return inset;
  // Rounded up: the header's height is fractional (font metrics), and a panel rounded down to
  // the pixel would still overlap the controls kept clear of it by a fraction of one.
  const clamp = (v: number, max: number) => Math.ceil(Math.min(Math.max(v, 0), max));
  if (cover.left <= frame.left && cover.right >= frame.right) {
    inset.bottom = clamp(frame.bottom - cover.top, frame.height * (1 - MIN_VISIBLE));
  } else {
    inset.right = clamp(frame.right - cover.left, frame.width * (1 - MIN_VISIBLE));
  }
  return inset;
}

/** `inset` grown by `margin` on every side: room around what is framed inside it. */
export function withMargin(inset: Readonly<Inset>, margin: number): Inset {
  return {
    top: inset.top + margin,
    right: inset.right + margin,
    bottom: inset.bottom + margin,
    left: inset.left + margin,
  };
}

export function samePadding(a: PaddingOptions, b: PaddingOptions): boolean {
  return (
    (a.top ?? 0) === (b.top ?? 0) &&
    (a.right ?? 0) === (b.right ?? 0) &&
    (a.bottom ?? 0) === (b.bottom ?? 0) &&
    (a.left ?? 0) === (b.left ?? 0)
  );
}

/** Room around a place framed by a selection, inside the visible part of the map. */
export const FRAME_MARGIN = 60;
/** A selected point is shown at town scale, not at the street level its tiny bounds allow. */
export const FRAME_MAX_ZOOM = 9;
const FRAME_DURATION_MS = 900;

export type BoundsFlyer = Pick<MapLibreMap, 'cameraForBounds' | 'flyTo'>;

/**
 * Flies to `bounds` framed in the part of the map `inset` leaves visible, and ends with `inset`
 * as the map's padding, so the camera's center (the URL's `c=`) is the center of that part.
 * Unlike `fitBounds`, whose padding is added to the map's current one, this neither depends on
 * the padding in force when the flight starts nor keeps the margin as padding after it.
 * https://maplibre.org/maplibre-gl-js/docs/API/type-aliases/CameraForBoundsOptions/
 */
export function flyToBounds(
  map: BoundsFlyer,
  bounds: LngLatBoundsLike,
  inset: Inset,
  instant = false,
): void {
  const camera = map.cameraForBounds(bounds, {
    padding: withMargin(inset, FRAME_MARGIN),
    absolutePadding: true,
    maxZoom: FRAME_MAX_ZOOM,
  });
  if (!camera?.center) return;
  map.flyTo({
    center: camera.center,
    zoom: camera.zoom,
    bearing: camera.bearing ?? 0,
    padding: { ...inset },
    duration: instant ? 0 : FRAME_DURATION_MS,
  });
}

/**
 * The camera where it is, for a picture without the panel the map is padded for (an export):
 * the same center, which the picture then has in its middle. Null when nothing pads the map.
 */
export function unpaddedCamera(
  map: Pick<MapLibreMap, 'getPadding' | 'getCenter' | 'getZoom' | 'getBearing'>,
): { center: [number, number]; zoom: number; bearing: number } | null {
  if (samePadding(map.getPadding(), NO_INSET)) return null;
  const { lng, lat } = map.getCenter();
  return { center: [lng, lat], zoom: map.getZoom(), bearing: map.getBearing() };
}
