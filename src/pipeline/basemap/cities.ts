/**
 * Which GeoNames settlements the basemap labels, and from which zoom.
 *
 * A locator map must never clutter, so each town gets a rank and the style shows rank 1 from the
 * lowest zoom and rank 5 only close in. Rank rests on population, then on the administrative
 * role GeoNames records, because GeoNames lists many district seats with population 0.
 */
import type { GeoNamesCity } from '../reference/index';
import { CITY_NAMES } from './city-names';

export type CityRank = 1 | 2 | 3 | 4 | 5;

/**
 * The zoom from which each rank is labelled (MapLibre zoom, 512 px tiles). Whole numbers: the
 * style compares them with ['zoom'] in a filter, and filters are evaluated at integer zooms only
 * (https://maplibre.org/maplibre-style-spec/layers/#filter). The overview of Iraq is about zoom 6
 * on a laptop and 5 on a phone.
 */
export const RANK_MINZOOM: Readonly<Record<CityRank, number>> = {
  1: 3,
  2: 5,
  3: 7,
  4: 8,
  5: 9,
};

/**
 * GeoNames codes that are not settlements in their own right: sections of a city (PPLX: "Ra's
 * Bayrut", "New Mosul" with the whole city's population), historical, abandoned or destroyed places.
 */
const EXCLUDED_CODES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

/** Neighbours get only their big cities: the map is about Iraq and Syria. */
const NEIGHBOUR_CODES = new Set(['PPLC', 'PPLA', 'PPLA2']);
const NEIGHBOUR_MIN_POPULATION = 150_000;

export function cityRank(city: GeoNamesCity, focus: boolean): CityRank | null {
  if (EXCLUDED_CODES.has(city.featureCode)) return null;
  const curated = CITY_NAMES[city.cityId];
  if (curated?.rank) return curated.rank;
  const pop = city.population;
  if (city.featureCode === 'PPLC' || pop >= 1_000_000) return 1;
  if (!focus) {
    if (curated) return 2;
    // GeoNames lists neighbourhoods as PPL with city-sized populations (Kahriz in Kermanshah).
    if (!NEIGHBOUR_CODES.has(city.featureCode) || pop < NEIGHBOUR_MIN_POPULATION) return null;
    // A neighbour's provincial capitals would crowd out Iraq's and Syria's at zoom 5.
    return pop >= 600_000 ? 2 : 3;
  }
  if (city.featureCode === 'PPLA' || pop >= 250_000) return 2;
  if (pop >= 50_000 || city.featureCode === 'PPLA2') return 3;
  if (pop >= 15_000 || city.featureCode === 'PPLA3') return 4;
  return 5;
}

/** GeoNames' "Nāḩiyat X" means "the subdistrict of X"; the town is X. */
export function cleanCityName(name: string): string {
  return name.replace(/^N[āa]ḩ[iī]yat\s+/u, '').trim();
}

export interface CityLabel {
  geonames_id: number;
  name_en: string;
  name_ar?: string;
  country: string;
  rank: CityRank;
  minzoom: number;
  /** 'country' for national capitals, 'province' for provincial ones */
  capital?: 'country' | 'province';
  population: number;
  coordinates: [number, number];
}

/** Labels for the given settlements, in a stable order: by rank, then population, then id. */
export function cityLabels(cities: GeoNamesCity[], focus: ReadonlySet<string>): CityLabel[] {
  const out: CityLabel[] = [];
  for (const c of cities) {
    const rank = cityRank(c, focus.has(c.country));
    if (rank === null) continue;
    const curated = CITY_NAMES[c.cityId];
    const label: CityLabel = {
      geonames_id: c.cityId,
      name_en: curated?.en ?? cleanCityName(c.name),
      country: c.country,
      rank,
      minzoom: RANK_MINZOOM[rank],
      population: c.population,
      coordinates: c.loc.coordinates,
    };
    if (curated?.ar) label.name_ar = curated.ar;
    if (c.featureCode === 'PPLC') label.capital = 'country';
    else if (c.featureCode === 'PPLA') label.capital = 'province';
    out.push(label);
  }
  return out.sort(
    (a, b) => a.rank - b.rank || b.population - a.population || a.geonames_id - b.geonames_id,
  );
}
