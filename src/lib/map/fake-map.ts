import type { Map as MapLibreMap } from 'maplibre-gl';

/** A tiny stand-in for the MapLibre map's event and style surface, for unit tests (no WebGL). */
export function createFakeMap(styleLoaded = true) {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const state = { styleLoaded };
  return {
    state,
    on(type: string, fn: (...args: never[]) => void) {
      const set = listeners.get(type) ?? new Set();
      set.add(fn as (...args: unknown[]) => void);
      listeners.set(type, set);
      return this;
    },
    off(type: string, fn: (...args: never[]) => void) {
      listeners.get(type)?.delete(fn as (...args: unknown[]) => void);
      return this;
    },
    fire(type: string, ...args: unknown[]) {
      for (const fn of [...(listeners.get(type) ?? [])]) fn(...args);
    },
    count(type: string) {
      return listeners.get(type)?.size ?? 0;
    },
    isStyleLoaded() {
      return state.styleLoaded;
    },
    /** the fake, typed as the map slice the helper under test accepts */
    get asMap(): MapLibreMap {
      return this as unknown as MapLibreMap;
    },
  };
}
