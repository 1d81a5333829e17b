/**
 * Reading pixels out of the MapLibre canvas. Its WebGL drawing buffer is cleared once a frame has
 * been shown (preserveDrawingBuffer is off, for speed), so the pixels are copied inside the map's
 * own `idle` handler, which MapLibre fires at the end of the render that drew them, before the
 * browser presents the frame:
 * https://maplibre.org/maplibre-gl-js/docs/API/type-aliases/MapEventType/ (idle, render).
 */
import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import type { BriefingCamera } from '../data/types';

/** The parts of the map a capture uses (tests pass a fake). */
export type CaptureMap = Pick<
  MapLibreMap,
  | 'getPixelRatio'
  | 'setPixelRatio'
  | 'getCenter'
  | 'getZoom'
  | 'getBearing'
  | 'getPadding'
  | 'jumpTo'
  | 'once'
  | 'triggerRepaint'
  | 'getCanvas'
  | 'getContainer'
  | 'resize'
>;

interface Shot<T> {
  /** what `copy` made of the canvas, e.g. a 2D canvas holding its pixels */
  image: T;
  /** the map's size in CSS px */
  cssWidth: number;
  cssHeight: number;
  /** device pixels per CSS px actually drawn (MapLibre may clamp to its maxCanvasSize) */
  ratio: number;
  /** the camera the image was drawn at */
  latitude: number;
  zoom: number;
}

export type Shoot<T> = (camera?: BriefingCamera) => Promise<Shot<T>>;

const ZERO: PaddingOptions = { top: 0, right: 0, bottom: 0, left: 0 };
/** how long a render may take before the capture gives up (software WebGL at 2× is slow) */
const IDLE_TIMEOUT_MS = 45_000;

/**
 * Runs `fn` once the map has finished drawing (sources loaded, symbols faded in), with the
 * drawing buffer still intact.
 */
export function onNextIdle<R>(
  map: Pick<CaptureMap, 'once' | 'triggerRepaint'>,
  fn: () => R,
): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('The map did not finish drawing in time.')),
      IDLE_TIMEOUT_MS,
    );
    map.once('idle', () => {
      clearTimeout(timer);
      try {
        resolve(fn());
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
    // `idle` follows a render; ask for one in case the map is already still.
    map.triggerRepaint();
  });
}

/**
 * Draws the map at `ratio` device pixels per CSS pixel for the duration of `fn`, which may take
 * several shots (each at a camera, or where the map is). The pixel ratio and the camera (with its
 * padding) are restored afterwards, whatever happens.
 */
export async function withCapture<T, R>(
  map: CaptureMap,
  options: {
    ratio: number;
    /** draw the map at this CSS size instead of its own (it is clipped to its own meanwhile) */
    size?: { width: number; height: number } | null;
  },
  copy: (canvas: HTMLCanvasElement) => T,
  fn: (shoot: Shoot<T>) => Promise<R>,
  devicePixelRatio: number = globalThis.devicePixelRatio ?? 1,
): Promise<R> {
  const { ratio, size = null } = options;
  const before = {
    ratio: map.getPixelRatio(),
    center: map.getCenter(),
    zoom: map.getZoom(),
    bearing: map.getBearing(),
    padding: map.getPadding(),
  };
  let moved = false;
  const shoot: Shoot<T> = async (camera) => {
    if (camera) {
      moved = true;
      map.jumpTo({
        center: [camera.center[0], camera.center[1]],
        zoom: camera.zoom,
        bearing: camera.bearing,
        padding: ZERO,
      });
    }
    return onNextIdle(map, () => {
      const canvas = map.getCanvas();
      const cssWidth = canvas.clientWidth;
      const cssHeight = canvas.clientHeight;
      return {
        image: copy(canvas),
        cssWidth,
        cssHeight,
        ratio: cssWidth > 0 ? canvas.width / cssWidth : ratio,
        latitude: map.getCenter().lat,
        zoom: map.getZoom(),
      };
    });
  };
  const restoreSize = size ? resizeContainer(map, size) : null;
  map.setPixelRatio(ratio);
  try {
    return await fn(shoot);
  } finally {
    restoreSize?.();
    // null lifts the override, so the map follows the screen's ratio again (browser zoom, a
    // second monitor); the .d.ts types the argument as number, the implementation accepts null.
    // https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#setpixelratio
    map.setPixelRatio(
      before.ratio === devicePixelRatio ? (null as unknown as number) : before.ratio,
    );
    if (moved) {
      const back = { center: before.center, zoom: before.zoom, bearing: before.bearing };
      map.jumpTo({ ...back, padding: before.padding });
      // jumpTo moves the center before it sets the padding, so the pan limit may have clamped
      // the center as if the map were unpadded: with the padding back, the same jump lands.
      const c = map.getCenter();
      if (c.lng !== before.center.lng || c.lat !== before.center.lat) map.jumpTo(back);
    }
  }
}

/**
 * Gives the map's container a fixed CSS size, clipped to the area it had so that it does not
 * spill over the panels beside it while it is drawn; returns the function that undoes it.
 */
function resizeContainer(
  map: Pick<CaptureMap, 'getContainer' | 'resize'>,
  size: { width: number; height: number },
): () => void {
  const el = map.getContainer();
  const { width, height, clipPath } = el.style;
  const extraW = Math.max(0, size.width - el.clientWidth);
  const extraH = Math.max(0, size.height - el.clientHeight);
  el.style.width = `${size.width}px`;
  el.style.height = `${size.height}px`;
  el.style.clipPath = `inset(0 ${extraW}px ${extraH}px 0)`;
  map.resize();
  return () => {
    Object.assign(el.style, { width, height, clipPath });
    map.resize();
  };
}

/** A 2D canvas holding a copy of `source`'s pixels (call while the WebGL buffer is intact). */
export function copyCanvas(source: HTMLCanvasElement): HTMLCanvasElement {
  const out = document.createElement('canvas');
  out.width = source.width;
  out.height = source.height;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw a 2D canvas.');
  ctx.drawImage(source, 0, 0);
  return out;
}

/** The canvas as a PNG blob. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded.'))),
      'image/png',
    ),
  );
}

/** Offers a blob for download under `name`, as a click on an `<a download>` would. */
export function downloadBlob(blob: Blob, name: string, doc: Document = document): string {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  return url;
}
