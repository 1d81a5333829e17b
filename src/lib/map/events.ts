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
 * `setLayoutProperty` and `addLayer` before the style loads, and `isStyleLoaded()` is also false
 * while any source reloads — after which no `styledata` need follow — so every event that can
 * end that state is watched.
 */
export function whenStyleReady(map: StyleTarget, fn: () => void): () => void {
  if (map.isStyleLoaded()) {
    fn();
    return () => {};
  }
  let done = false;
  const offs = ['styledata', 'sourcedata', 'load', 'idle'].map((type) =>
    listen(map, type, () => {
      if (done || !map.isStyleLoaded()) return;
      done = true;
      off();
      fn();
    }),
  );
  const off = () => offs.forEach((o) => o());
  return off;
}
