import type { Map as MapLibreMap } from 'maplibre-gl';
import { roundCamera } from '../state/hash';
import type { Camera } from '../state/view';

/** The map's camera at the precision the URL keeps. */
export function readCamera(map: Pick<MapLibreMap, 'getCenter' | 'getZoom' | 'getBearing'>): Camera {
  const c = map.getCenter();
  return roundCamera({ center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing() });
}

export function sameCamera(a: Camera, b: Camera): boolean {
  return (
    a.center[0] === b.center[0] &&
    a.center[1] === b.center[1] &&
    a.zoom === b.zoom &&
    a.bearing === b.bearing
  );
}
