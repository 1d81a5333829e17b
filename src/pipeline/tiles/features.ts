/**
 * What a tile carries of a place: only what the map draws and filters on, as small integers.
 * Names, quotes and sources stay in places.geojson's successors (the search index, the claim
 * shards), fetched when a reader asks; the numeric id links a tile feature back to them.
 */
import type { Feature, Geometry } from 'geojson';
import { dateSpecInterval } from '../../lib/data/dates.ts';
import type { IndexedClaim, PublishedPlace } from '../../lib/data/published.ts';
import { CATEGORIES, PRECISIONS } from '../../lib/data/vocabulary.ts';

const DAY_MS = 86_400_000;

/** Tile attributes of one place (property names are short: they repeat in every tile). */
export interface PlaceTileProps {
  /** dominant category, index into CATEGORIES; -1 when the place has no claim */
  cat: number;
  /** bit k set when at least one claim is in CATEGORIES[k] */
  cats: number;
  /** precision, index into PRECISIONS */
  p: number;
  /** claims at the place */
  n: number;
  /** first and last day (days since 1970-01-01, inclusive) over the dated claims; absent if none */
  d0?: number;
  d1?: number;
  /** claims with no `occurred` date (absent when 0): a date filter hides them unless asked not to */
  u?: number;
}

export interface TilePlace {
  /** the place's position in the published layer: the `promoteId` of the tiled source */
  id: number;
  geometry: Geometry;
  props: PlaceTileProps;
}

/** A claim's inclusive day numbers, read at its own precision (as the filters read it). */
export function claimDays(occurred: IndexedClaim['occurred']): [number, number] | null {
  const interval = occurred ? dateSpecInterval(occurred) : null;
  if (!interval) return null;
  return [
    Math.round(interval[0].getTime() / DAY_MS),
    Math.round(interval[1].getTime() / DAY_MS) - 1,
  ];
}

/** Accumulates one place's claims into its tile attributes. */
export class PlaceAccumulator {
  private cats = 0;
  private n = 0;
  private d0 = Infinity;
  private d1 = -Infinity;
  private undated = 0;

  add(category: number, days: [number, number] | null): void {
    this.cats |= 1 << category;
    this.n++;
    if (days) {
      this.d0 = Math.min(this.d0, days[0]);
      this.d1 = Math.max(this.d1, days[1]);
    } else this.undated++;
  }

  props(dominant: number, precision: number): PlaceTileProps {
    const out: PlaceTileProps = { cat: dominant, cats: this.cats, p: precision, n: this.n };
    if (this.d0 <= this.d1) [out.d0, out.d1] = [this.d0, this.d1];
    if (this.undated > 0) out.u = this.undated;
    return out;
  }
}

/** Index into a vocabulary list, or an error naming the place, the field and the value. */
function code(
  list: readonly string[],
  value: string | null,
  placeId: string,
  field: string,
): number {
  if (value === null) return -1;
  const i = list.indexOf(value);
  if (i < 0) {
    throw new Error(
      `places.geojson, place ${placeId}, ${field}: ${JSON.stringify(value)} is not one of ${list.join(', ')}`,
    );
  }
  return i;
}

/**
 * The tile places of a published layer (places.geojson and claim-index.json), in layer order:
 * place i gets id i. Throws, naming the place and field, on a value outside the vocabularies.
 */
export function tilePlaces(
  features: readonly Feature<Geometry, PublishedPlace>[],
  claims: readonly IndexedClaim[],
): TilePlace[] {
  const acc = new Map<string, PlaceAccumulator>();
  for (const f of features) acc.set(f.properties.id, new PlaceAccumulator());
  for (const c of claims) {
    const category = code(CATEGORIES, c.category, c.places[0] ?? c.id, 'claim category');
    const days = claimDays(c.occurred);
    for (const place of c.places) acc.get(place)?.add(category, days);
  }
  return features.map((f, id) => {
    const p = f.properties;
    const props = (acc.get(p.id) as PlaceAccumulator).props(
      code(CATEGORIES, p.dominant_category, p.id, 'dominant_category'),
      code(PRECISIONS, p.precision, p.id, 'precision'),
    );
    return { id, geometry: f.geometry, props };
  });
}
