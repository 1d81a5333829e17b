import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';

const KEY = Symbol('citemap.map');

export interface MapContext {
  /** the live map, or null before it is created and after it is removed */
  readonly map: MapLibreMap | null;
}

export function setMapContext(ctx: MapContext): void {
  setContext(KEY, ctx);
}

/** For layers and overlays rendered inside `<MapView>`. */
export function getMapContext(): MapContext {
  const ctx = getContext<MapContext | undefined>(KEY);
  if (!ctx)
    throw new Error('getMapContext() must be called inside <MapView> (src/lib/map/MapView.svelte)');
  return ctx;
}
