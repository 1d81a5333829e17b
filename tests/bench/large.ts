/**
 * The bench's data build for sizes the full pipeline cannot hold (10^6: it keeps every record,
 * claim and quote in memory, ≈25 KB a place; measured 2.5 GB at 10^5). Streams the same
 * synthetic places as dataset.ts, verifies every quote verbatim against its source text (the
 * pipeline's central check), and writes what a tiled layer publishes: the PMTiles archive, the
 * z/x/y folder, the compact search index and manifest.json. It does not write the claim shards
 * or the CSV, which are per-claim files the tiled map only fetches on click.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Position } from 'geojson';
import { dominantCategory } from '../../src/lib/data/format.ts';
import { CATEGORIES, PRECISIONS } from '../../src/lib/data/vocabulary.ts';
import {
  claimDays,
  PlaceAccumulator,
  type PlaceTileProps,
  type TilePlace,
} from '../../src/pipeline/tiles/features.ts';
import { writeTileSet, type TileSetSummary } from '../../src/pipeline/tiles/build.ts';
import { SOURCE_COUNT, sourceId, sourceText, syntheticPlaces } from './dataset.ts';

export interface StreamedBuild {
  places: number;
  claims: number;
  quotes: number;
  tiles: TileSetSummary;
}

/** Streams `n` synthetic places into a tiled layer under `outDir`/data; throws on a bad quote. */
export function buildStreamed(outDir: string, n: number, seed: number): StreamedBuild {
  const texts = new Map(
    Array.from({ length: SOURCE_COUNT }, (_, k) => [sourceId(k), sourceText(k)]),
  );
  const rows: { key: string; at: Position; props: PlaceTileProps; en: string; ar: string }[] = [];
  let claims = 0;
  let quotes = 0;
  for (const { place, claims: own } of syntheticPlaces(n, seed)) {
    const acc = new PlaceAccumulator();
    for (const c of own) {
      for (const q of c.quotes) {
        const text = texts.get(q.source);
        if (text === undefined || text.indexOf(q.text) < 0) {
          throw new Error(
            `claim ${c.id}: quote ${JSON.stringify(q.text)} is not in source ${q.source}`,
          );
        }
        quotes++;
      }
      acc.add(CATEGORIES.indexOf(c.category), claimDays(c.occurred ?? null));
      claims++;
    }
    const dominant = dominantCategory(own.map((c) => c.category));
    rows.push({
      key: place.id,
      at: (place.geometry as { coordinates: Position }).coordinates,
      props: acc.props(
        dominant === null ? -1 : CATEGORIES.indexOf(dominant),
        PRECISIONS.indexOf(place.precision),
      ),
      en: place.name.en,
      ar: place.name.ar ?? '',
    });
  }
  // The pipeline publishes places in id order, and a tile id is a position in that order.
  rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const places: TilePlace[] = rows.map((r, id) => ({
    id,
    geometry: { type: 'Point', coordinates: r.at },
    props: r.props,
  }));
  const names = rows.map((r) => ({ en: r.en, ar: r.ar }));
  const anchors = rows.map((r) => r.at);
  rows.length = 0;
  const dataDir = join(outDir, 'data');
  mkdirSync(dataDir, { recursive: true });
  return {
    places: places.length,
    claims,
    quotes,
    tiles: writeTileSet(dataDir, { places, names, anchors, claims }),
  };
}
