/**
 * Assembles the basemap: every feature of public/basemap/basemap.geojson, in a stable order with
 * fixed coordinate precision. The `layer` values and the file name are the contract with the
 * style, in src/lib/data/basemap-layers.ts. `build.ts` is the command that writes the files.
 */
import { createRequire } from 'node:module';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiLineString,
  MultiPolygon,
  Polygon,
} from 'geojson';
import { bbox } from '@turf/turf';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import {
  COUNTRIES,
  admin1List,
  citiesIn,
  country,
  lengthKm,
  sharedBorder,
  worldCountriesTopology,
  type Admin1Props,
  type BBox,
  type CountriesTopology,
} from '../reference/index';
import { BASEMAP_LAYERS, type BasemapLayer } from '../../lib/data/basemap-layers';
import { cityLabels } from './cities';
import {
  clipGeometry,
  labelAnchor,
  pointInPolygon,
  roundCoordinate,
  roundGeometry,
} from './geometry';
import { cleanPolygons } from './polygons';
import { CITY_BBOX, CLIP_BBOX, COUNTRY_LABELS, FOCUS_COUNTRIES } from './region';
import { RIVERS, RIVER_SOURCE } from './rivers';

const require = createRequire(import.meta.url);
const topojsonClient = require('topojson-client') as typeof import('topojson-client');
const topojsonServer = require('topojson-server') as typeof import('topojson-server');
const topojsonSimplify = require('topojson-simplify') as typeof import('topojson-simplify');

/**
 * Visvalingam weights (planar triangle area, square degrees). 2e-7 deg² is a triangle about
 * 0.3 × 0.3 px at zoom 9, so what is removed is invisible there. world-atlas is already
 * quantized to ~0.0036° in longitude, so this mostly thins the finer admin-1 lines.
 */
const COUNTRY_MIN_WEIGHT = 2e-7;
const PROVINCE_MIN_WEIGHT = 2e-7;

type Props = Record<string, string | number | boolean>;
export type BasemapFeature = Feature<Geometry, Props>;
type Out = BasemapFeature;

function out(layer: BasemapLayer, props: Props, geometry: Geometry): Out {
  return { type: 'Feature', properties: { layer, ...props }, geometry };
}

function simplifyTopology<T extends Topology>(topo: T, minWeight: number): T {
  const t = topo as unknown as Topology<Objects>;
  return topojsonSimplify.simplify(topojsonSimplify.presimplify(t), minWeight) as unknown as T;
}

function overlaps(g: Geometry, [w, s, e, n]: BBox): boolean {
  const [gw, gs, ge, gn] = bbox(g);
  return gw <= e && ge >= w && gs <= n && gn >= s;
}

function countries(world: CountriesTopology): Out[] {
  const focus = new Set<string>(FOCUS_COUNTRIES);
  const result: { key: string; feature: Out }[] = [];
  for (const geom of world.objects.countries.geometries) {
    const f = topojsonClient.feature(world, geom) as Feature<Polygon | MultiPolygon | null>;
    if (!f.geometry || !overlaps(f.geometry, CLIP_BBOX)) continue;
    const g = cleanPolygons(f.geometry, CLIP_BBOX);
    if (!g) continue;
    const entry = COUNTRIES.find((c) => c.n3 === geom.id);
    const props: Props = entry
      ? { a2: entry.a2, name_en: entry.name_en, name_ar: entry.name_ar }
      : // Places world-atlas gives no ISO id (Northern Cyprus): land, named as Natural Earth does.
        { a2: '', name_en: (geom.properties as { name?: string } | undefined)?.name ?? '' };
    props.focus = entry !== undefined && focus.has(entry.a2);
    result.push({
      key: `${entry?.a2 ?? 'ZZ'} ${props.name_en}`,
      feature: out('country', props, g),
    });
  }
  return result.sort((a, b) => (a.key < b.key ? -1 : 1)).map((r) => r.feature);
}

function countryBoundaries(world: CountriesTopology): Out[] {
  const mesh = topojsonClient.mesh(world, world.objects.countries, (a, b) => a !== b);
  const clipped = clipGeometry(mesh, CLIP_BBOX);
  const g = clipped && roundGeometry(clipped);
  return g ? [out('country-boundary', {}, g)] : [];
}

function iraqSyriaBorder(world: CountriesTopology): Out[] {
  const g = roundGeometry(sharedBorder('IQ', 'SY', world).geometry);
  if (!g) throw new Error('The Iraq–Syria border vanished when rounded');
  // Measured on the unsimplified border so the figure does not depend on the simplification.
  const km = Math.round(lengthKm(sharedBorder('IQ', 'SY')));
  return [out('iraq-syria-border', { a: 'IQ', b: 'SY', length_km: km }, g)];
}

type ProvinceTopology = Topology<{ provinces: GeometryCollection<Admin1Props> }>;

function provinces(): Out[] {
  const list = admin1List([...FOCUS_COUNTRIES]);
  const fc: FeatureCollection<Polygon, Admin1Props> = {
    type: 'FeatureCollection',
    features: list as Feature<Polygon, Admin1Props>[],
  };
  const topo = simplifyTopology(
    topojsonServer.topology({ provinces: fc }) as unknown as ProvinceTopology,
    PROVINCE_MIN_WEIGHT,
  );
  const result: Out[] = [];
  for (const geom of topo.objects.provinces.geometries) {
    const p = geom.properties as Admin1Props;
    const f = topojsonClient.feature(topo, geom) as Feature<Polygon | MultiPolygon>;
    const g = cleanPolygons(f.geometry);
    if (!g) throw new Error(`Province ${p.iso} vanished when simplified`);
    result.push(
      out(
        'province',
        { iso: p.iso, name_en: p.name_en, name_ar: p.name_ar, country: p.country },
        g,
      ),
    );
  }
  for (const c of FOCUS_COUNTRIES) {
    // Only lines between two provinces of one country: the outer edge is the country border,
    // drawn from world-atlas, and drawing it twice from two sources would show a double line.
    const mesh = topojsonClient.mesh(
      topo,
      topo.objects.provinces,
      (a, b) =>
        a !== b &&
        (a.properties as Admin1Props).country === c &&
        (b.properties as Admin1Props).country === c,
    ) as MultiLineString;
    const g = roundGeometry(mesh);
    if (g) result.push(out('province-boundary', { country: c }, g));
  }
  for (const f of list) {
    const p = f.properties;
    result.push(
      out(
        'province-label',
        { iso: p.iso, name_en: p.name_en, name_ar: p.name_ar, country: p.country },
        { type: 'Point', coordinates: labelAnchor(f.geometry) },
      ),
    );
  }
  return result;
}

function countryLabels(): Out[] {
  return COUNTRY_LABELS.map(({ a2, at, minzoom }) => {
    const c = country(a2);
    if (!pointInPolygon(at, c.geometry)) {
      throw new Error(
        `Country label anchor ${at.join(',')} for ${a2} is outside ${a2} (region.ts)`,
      );
    }
    const p = c.properties;
    return out(
      'country-label',
      { a2, name_en: p.name_en, name_ar: p.name_ar, minzoom },
      { type: 'Point', coordinates: at },
    );
  });
}

function rivers(): Out[] {
  return RIVERS.map((r) => {
    const g = roundGeometry({ type: 'LineString', coordinates: r.waypoints.map((w) => w.at) });
    if (!g) throw new Error(`River ${r.id} has fewer than two waypoints`);
    return out(
      'river',
      { id: r.id, name_en: r.name_en, name_ar: r.name_ar, approximate: true, source: RIVER_SOURCE },
      g,
    );
  });
}

function cities(): Out[] {
  const labels = cityLabels(
    citiesIn(
      COUNTRIES.map((c) => c.a2),
      CITY_BBOX,
    ),
    new Set(FOCUS_COUNTRIES),
  );
  return labels.map((c) => {
    const props: Props = { geonames_id: c.geonames_id, name_en: c.name_en };
    if (c.name_ar) props.name_ar = c.name_ar;
    props.country = c.country;
    props.rank = c.rank;
    props.minzoom = c.minzoom;
    if (c.capital) props.capital = c.capital;
    props.population = c.population;
    return out('city', props, {
      type: 'Point',
      coordinates: [roundCoordinate(c.coordinates[0]), roundCoordinate(c.coordinates[1])],
    });
  });
}

/** Serializes one feature per line, so a data change shows up as a readable diff. */
export function serialize(features: Out[]): string {
  return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

export function buildBasemap(): Out[] {
  const world = simplifyTopology(worldCountriesTopology(), COUNTRY_MIN_WEIGHT);
  const all = [
    ...countries(world),
    ...provinces(),
    ...countryBoundaries(world),
    ...iraqSyriaBorder(world),
    ...rivers(),
    ...countryLabels(),
    ...cities(),
  ];
  const order = (f: Out) => BASEMAP_LAYERS.indexOf(f.properties.layer as BasemapLayer);
  // Stable sort: within a layer each generator already emits a deterministic order.
  return all.sort((a, b) => order(a) - order(b));
}
