/**
 * The benchmark's baseline: MapLibre alone, with what citemap gives it — the same style, basemap,
 * fonts, RTL plugin and worker (prepareMapLibre), the same camera, and the same published
 * incident layer as one plain circle layer. No Svelte, no indexes, no panels. Like the app, it
 * exposes `window.citemap.map` and sets the container's aria-busy="false" at the first idle.
 *
 * `?w=&h=` size the map like the app's map area, so both draw the same number of pixels.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap } from 'maplibre-gl';
import { buildStyle } from '../../../src/lib/map/style';
import { prepareMapLibre } from '../../../src/lib/map/setup';
import { MAX_BOUNDS, OVERVIEW_BOUNDS, ZOOM_LIMITS } from '../../../src/lib/map/camera';
import { exposeMap } from '../../../src/lib/map/console-handle';

const container = document.getElementById('map') as HTMLDivElement;
const params = new URLSearchParams(location.search);
container.style.width = `${Number(params.get('w') ?? innerWidth)}px`;
container.style.height = `${Number(params.get('h') ?? innerHeight)}px`;

await prepareMapLibre();
const style = buildStyle({ basemapUrl: new URL('./basemap/', document.baseURI).href, lang: 'en' });
style.sources.incidents = {
  type: 'geojson',
  data: new URL('./data/places.geojson', document.baseURI).href,
  promoteId: 'id',
};
style.layers.push({
  id: 'incidents',
  type: 'circle',
  source: 'incidents',
  paint: {
    'circle-radius': 5,
    'circle-color': '#b2442f',
    'circle-stroke-color': '#ffffff',
    'circle-stroke-width': 1,
  },
});
const map = new MapLibreMap({
  container,
  style,
  bounds: OVERVIEW_BOUNDS,
  fitBoundsOptions: { padding: 24 },
  maxBounds: MAX_BOUNDS,
  minZoom: ZOOM_LIMITS.min,
  maxZoom: ZOOM_LIMITS.max,
  attributionControl: false,
});
exposeMap(map);
map.once('idle', () => container.setAttribute('aria-busy', 'false'));
