import type { Map as MapLibreMap, MapEventType } from 'maplibre-gl';

/** The slice of the MapLibre map the listener helpers need (tests pass a fake, cast to it). */
export type Evented = Pick<MapLibreMap, 'on' | 'off'>;
export type StyleTarget = Pick<MapLibreMap, 'on' | 'off' | 'isStyleLoaded'>;

/** Subscribes and hands back the `off`, so an `$effect` can return it. */
export function listen<A extends unknown[]>(
  map: Evented,
  type: string,
  listener: (...args: A) => void,
): () => void {
  // MapLibre's overloads are keyed by event name; the helpers stay generic over it.
  const name = type as keyof MapEventType;
  const fn = listener as unknown as (ev: unknown) => void;
  map.on(name, fn);
  return () => {
    map.off(name, fn);
  };
}

/** Calls `fn` once, on the first `idle` (the first complete render): tests and benchmarks wait on it. */
export function onFirstIdle(map: Evented, fn: () => void): () => void {
  let off = () => {};
  off = listen(map, 'idle', () => {
    off();
    fn();
  });
  return off;
}

/**
 * Runs `fn` now if the style is loaded, else as soon as it is. MapLibre throws on
 * `setLayoutProperty` before `style.load`, and `isStyleLoaded()` is briefly false during
 * source updates, so `styledata` covers both cases.
 */
export function whenStyleReady(map: StyleTarget, fn: () => void): () => void {
  if (map.isStyleLoaded()) {
    fn();
    return () => {};
  }
  let off = () => {};
  off = listen(map, 'styledata', () => {
    if (!map.isStyleLoaded()) return;
    off();
    fn();
  });
  return off;
}
