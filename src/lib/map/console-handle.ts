import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    /** `citemap.map` in the devtools console: the live MapLibre map, for analysts and tests */
    citemap?: { map: MapLibreMap };
  }
}

/** Publishes the live map on `window.citemap`; the returned function withdraws it. */
export function exposeMap(map: MapLibreMap, win: Window = window): () => void {
  win.citemap = { map };
  return () => {
    if (win.citemap?.map === map) delete win.citemap;
  };
}
