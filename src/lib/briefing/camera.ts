/**
 * Moving the map for a briefing. Functions that take the map (or the few methods they use), so
 * they are tested against a fake and the component only wires them.
 */
import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import type { BriefingCamera } from '../data/types';
import { MAX_BOUNDS, NO_INSET, samePadding, withMargin, type RectLike } from '../map/camera';

/** How long a step's flight takes: long enough to follow, short enough not to wait for. */
export const FLY_DURATION_MS = 1500;

export type CameraMover = Pick<MapLibreMap, 'flyTo' | 'jumpTo'>;

/** Breathing room between the framed places and the edges (or the card). */
const MARGIN = 24;

/**
 * The camera padding that keeps the framed places clear of the step card: a card along the left
 * or right edge pads that side, a card across the bottom (small screens) pads the bottom.
 * Outside a briefing the padding is zero on every side.
 */
export function cardPadding(card: RectLike | null, frame: RectLike): PaddingOptions {
  const padding = withMargin(NO_INSET, MARGIN);
  if (!card || card.width === 0 || frame.width === 0) return padding;
  if (card.width < frame.width * 0.6) {
    const onLeft = card.left - frame.left < frame.right - card.right;
    if (onLeft) padding.left = Math.max(0, card.right - frame.left) + MARGIN;
    else padding.right = Math.max(0, frame.right - card.left) + MARGIN;
  } else {
    padding.bottom = Math.max(0, frame.bottom - card.top) + MARGIN;
  }
  return padding;
}

export const NO_PADDING: PaddingOptions = { ...NO_INSET };

/**
 * Flies to a step's camera, or jumps there when the reader prefers reduced motion (or on first
 * load, when there is nothing to fly from). The center is the center of the padded area.
 */
export function moveCamera(
  map: CameraMover,
  camera: BriefingCamera,
  options: { instant: boolean; padding: PaddingOptions },
): void {
  const target = {
    center: [camera.center[0], camera.center[1]] as [number, number],
    zoom: camera.zoom,
    bearing: camera.bearing,
    padding: options.padding,
  };
  if (options.instant) map.jumpTo(target);
  else map.flyTo({ ...target, duration: FLY_DURATION_MS });
}

/**
 * While presenting, the step card covers one side of the map, so a step framed beside it needs
 * the map to extend under the card, beyond the explorer's pan limit (MapLibre would otherwise
 * shift the camera to keep the whole canvas inside maxBounds). The limit returns on leaving.
 */
export function releasePanLimit(map: Pick<MapLibreMap, 'setMaxBounds'>): void {
  map.setMaxBounds(null);
}

export function restorePanLimit(map: Pick<MapLibreMap, 'setMaxBounds'>): void {
  map.setMaxBounds(MAX_BOUNDS);
}

/**
 * Drops the card's padding without moving what is on screen: the point at the middle of the
 * canvas becomes the center. Without this, the explorer would inherit an off-center camera (and
 * every later fitBounds would leave room for a card that is gone).
 */
export function unpadInPlace(
  map: Pick<MapLibreMap, 'getPadding' | 'getCanvas' | 'unproject' | 'jumpTo'>,
): void {
  if (samePadding(map.getPadding(), NO_INSET)) return;
  const canvas = map.getCanvas();
  const center = map.unproject([canvas.clientWidth / 2, canvas.clientHeight / 2]);
  map.jumpTo({ center, padding: NO_PADDING });
}

export type CanvasFitter = Pick<MapLibreMap, 'getCanvas' | 'getContainer' | 'resize'>;

/**
 * Resizes the map now if its container changed size. MapLibre notices a resize only when its
 * ResizeObserver fires, a frame after the layout changed: a camera set in between is computed for
 * the old canvas and ends off-centre once the canvas catches up (resizing keeps the center, not
 * what the padding frames). Entering and leaving a presentation both change the container.
 */
export function fitCanvas(map: CanvasFitter): void {
  const canvas = map.getCanvas();
  const container = map.getContainer();
  if (
    canvas.clientWidth !== container.clientWidth ||
    canvas.clientHeight !== container.clientHeight
  )
    map.resize();
}

/**
 * Back to the explorer's camera, exactly: any flight under way is stopped (Esc mid-flight), the
 * canvas takes the explorer's size first, the pan limit returns, then the camera jumps there with
 * the explorer's padding. A jump, not a flight: a flight would be cut short by the explorer's own
 * camera changes (its padding for the citation panel) as it comes back.
 */
export function returnToExplorer(
  map: CanvasFitter & Pick<MapLibreMap, 'stop' | 'setMaxBounds' | 'jumpTo'>,
  camera: BriefingCamera,
  padding: PaddingOptions,
): void {
  map.stop();
  fitCanvas(map);
  restorePanLimit(map);
  map.jumpTo({
    center: [camera.center[0], camera.center[1]],
    zoom: camera.zoom,
    bearing: camera.bearing,
    padding,
  });
}
