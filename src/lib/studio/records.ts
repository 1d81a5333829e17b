/** Building the curated records the studio's forms describe. */
import type { GazetteerHit } from '../data/studio-api';
import type { GeometryRef, Place, PlaceKind, Precision } from '../data/types';
import { slugId, uniqueId } from './ids';

/** The SHA-256 of a text's UTF-8 bytes, as seeds/SHA256SUMS lists it. */
export async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** "Al Qa'im — Anbar, Iraq · town" : what tells two places of one name apart. */
export function describeHit(hit: GazetteerHit): string {
  const where = [hit.provinceName, hit.countryName].filter(Boolean).join(', ');
  const ar = hit.name.ar ? ` (${hit.name.ar})` : '';
  return `${hit.name.en}${ar} — ${where} · ${hit.kind}`;
}

/** A place record drawn from a gazetteer hit; the Arabic name may come from the curator. */
export function placeFromHit(
  hit: GazetteerHit,
  taken: ReadonlySet<string>,
  options: { kind?: PlaceKind; ar?: string } = {},
): Place {
  const province = hit.ref.from === 'admin1' ? hit.ref.iso : hit.province;
  const geometry: GeometryRef =
    hit.ref.from === 'geonames'
      ? { from: 'geonames', geonames_id: hit.ref.geonames_id }
      : { from: 'admin1', iso: hit.ref.iso };
  const kind = options.kind ?? (hit.ref.from === 'admin1' ? 'province' : 'town');
  const precision: Precision = hit.ref.from === 'admin1' ? 'province' : 'settlement';
  const aliases = hit.matched !== hit.name.en && hit.matched !== hit.name.ar ? [hit.matched] : [];
  return {
    id: uniqueId(slugId(hit.name.en, 'place'), taken),
    name: { en: hit.name.en, ar: options.ar ?? hit.name.ar ?? '' },
    aliases,
    kind,
    precision,
    country: hit.country,
    geometry,
    approximate: false,
    ...(province ? { province } : {}),
  };
}

export interface DrawnPlace {
  nameEn: string;
  nameAr: string;
  kind: PlaceKind;
  precision: Precision;
  country: string;
  province?: string;
  /** one corner: a point; three or more: an area */
  coordinates: [number, number][];
  source: string;
  uncertaintyKm: number;
}

/** A place the curator dropped (a point) or drew (an area) on the map. */
export function placeFromDrawing(d: DrawnPlace, taken: ReadonlySet<string>): Place {
  const round = ([lon, lat]: [number, number]): [number, number] => [
    Math.round(lon * 1e5) / 1e5,
    Math.round(lat * 1e5) / 1e5,
  ];
  const point = d.coordinates.length === 1;
  const geometry: GeometryRef = point
    ? {
        from: 'curated-point',
        coordinates: round(d.coordinates[0]!),
        source: d.source,
        uncertainty_km: d.uncertaintyKm,
      }
    : {
        from: 'curated-area',
        coordinates: d.coordinates.map(round),
        source: d.source,
        uncertainty_km: d.uncertaintyKm,
      };
  return {
    id: uniqueId(slugId(d.nameEn, 'place'), taken),
    name: { en: d.nameEn, ar: d.nameAr },
    aliases: [],
    kind: d.kind,
    precision: d.precision,
    country: d.country,
    geometry,
    approximate: !point,
    ...(d.province ? { province: d.province } : {}),
  };
}
