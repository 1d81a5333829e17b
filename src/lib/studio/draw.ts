/** Dropping a point or drawing an area on the explorer's map, for a curated place. */
import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';

const SOURCE = 'citemap-studio-drawing';

/** The explorer's live map (published on window.citemap), if it has one. */
export function liveMap(): MapLibreMap | null {
  return window.citemap?.map ?? null;
}

/** Calls back with each clicked [lon, lat]; returns the function that stops listening. */
export function onMapClick(map: MapLibreMap, cb: (lonLat: [number, number]) => void): () => void {
  const handler = (e: MapMouseEvent) => cb([e.lngLat.lng, e.lngLat.lat]);
  map.on('click', handler);
  const canvas = map.getCanvas();
  const cursor = canvas.style.cursor;
  canvas.style.cursor = 'crosshair';
  return () => {
    map.off('click', handler);
    canvas.style.cursor = cursor;
  };
}

function drawing(coords: readonly [number, number][]): GeoJSON.FeatureCollection {
  const features: GeoJSON.Feature[] = coords.map((c) => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Point', coordinates: [...c] },
  }));
  if (coords.length >= 3)
    features.push({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: [[...coords, coords[0]!].map((c) => [...c])] },
    });
  return { type: 'FeatureCollection', features };
}

/** Shows the corners (and the area they close) drawn so far; returns the function that hides them. */
export function showDrawing(map: MapLibreMap, coords: readonly [number, number][]): () => void {
  const data = drawing(coords);
  const existing = map.getSource(SOURCE) as GeoJSONSource | undefined;
  if (existing) existing.setData(data);
  else {
    map.addSource(SOURCE, { type: 'geojson', data });
    map.addLayer({
      id: `${SOURCE}-fill`,
      type: 'fill',
      source: SOURCE,
      filter: ['==', '$type', 'Polygon'],
      paint: { 'fill-color': '#1f5fbf', 'fill-opacity': 0.2 },
    });
    map.addLayer({
      id: `${SOURCE}-points`,
      type: 'circle',
      source: SOURCE,
      filter: ['==', '$type', 'Point'],
      paint: {
        'circle-radius': 6,
        'circle-color': '#1f5fbf',
        'circle-stroke-color': '#fff',
        'circle-stroke-width': 2,
      },
    });
  }
  return () => {
    if (!map.getStyle()) return;
    for (const id of [`${SOURCE}-points`, `${SOURCE}-fill`])
      if (map.getLayer(id)) map.removeLayer(id);
    if (map.getSource(SOURCE)) map.removeSource(SOURCE);
  };
}

/** "41.1, 34.4" → [41.1, 34.4]; null for anything else. */
export function parseLonLat(s: string): [number, number] | null {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*[,\s]\s*(-?\d+(?:\.\d+)?)\s*$/.exec(s);
  if (!m) return null;
  const lon = Number(m[1]);
  const lat = Number(m[2]);
  return Math.abs(lon) <= 180 && Math.abs(lat) <= 90 ? [lon, lat] : null;
}
