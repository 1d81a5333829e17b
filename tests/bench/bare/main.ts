/**
 * The benchmark's baseline: MapLibre alone, with what citemap gives it — the same style, basemap,
 * fonts, RTL plugin and worker (prepareMapLibre), the same camera, and the same published
 * incident layer as one plain circle layer. No Svelte, no indexes, no panels. Like the app, it
 * exposes `window.citemap.map` and sets the container's aria-busy="false" at the first idle.
 *
 * `?w=&h=` size the map like the app's map area, so both draw the same number of pixels.
 * `?tiles=1` (the tiled sizes, 10^5 and up) draws the published vector tiles instead: the
 * PMTiles archive through the `pmtiles` protocol where the server answers Range requests, else
 * the z/x/y folder, as one circle layer over clusters and places alike.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { addProtocol, Map as MapLibreMap, type SourceSpecification } from 'maplibre-gl';
import type { PublishedManifest } from '../../../src/lib/data/published';
import {
  registerPmtiles,
  supportsRange,
  tiledSourceSpec,
} from '../../../src/lib/map/vector-source';
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
const dataUrl = new URL('./data/', document.baseURI).href;
let source: SourceSpecification = {
  type: 'geojson',
  data: new URL('places.geojson', dataUrl).href,
  promoteId: 'id',
};
let sourceLayer: { 'source-layer': string } | object = {};
if (params.get('tiles') === '1') {
  const manifest = (await (
    await fetch(new URL('manifest.json', dataUrl))
  ).json()) as PublishedManifest;
  if (!manifest.tiles) throw new Error('manifest.json: this dataset is not tiled');
  registerPmtiles(addProtocol);
  const range = await supportsRange(new URL(manifest.tiles.pmtiles, dataUrl).href);
  source = tiledSourceSpec(manifest.tiles, dataUrl, range);
  sourceLayer = { 'source-layer': manifest.tiles.layers.places };
}
style.sources.incidents = source;
style.layers.push({
  id: 'incidents',
  type: 'circle',
  source: 'incidents',
  ...sourceLayer,
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
