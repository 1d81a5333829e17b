/**
 * Publishes a large layer as vector tiles beside the published data: data/tiles/places.pmtiles,
 * the same tiles as data/tiles/xyz/{z}/{x}/{y}.pbf, the compact search index data/tiles/search/,
 * and data/manifest.json, which tells the app the layer is tiled.
 *
 *   npx tsx src/pipeline/tiles/build.ts --data /tmp/me-out/data     (a folder `npm run data` wrote)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Feature, Geometry, Position } from 'geojson';
import type {
  CompactSearchShard,
  PublishedClaimIndex,
  PublishedManifest,
  PublishedPlace,
  PublishedTiles,
} from '../../lib/data/published.ts';
import { PUBLISHED_FILES } from '../../lib/data/published.ts';
import { CATEGORIES, PRECISIONS } from '../../lib/data/vocabulary.ts';
import { writeFileAtomic } from '../data/write.ts';
import { tilePlaces, type TilePlace } from './features.ts';
import { writePmtiles, type ArchiveSummary, type RawTile } from './pmtiles.ts';
import { cutTiles, TILE_DEFAULTS, TILE_LAYERS, vectorLayers } from './tiler.ts';
import { writeTileFolder, type FolderSummary } from './xyz.ts';

const PLACES_PER_SHARD = 65_536;

export interface TileSetInput {
  places: readonly TilePlace[];
  /** per place id: its two names and where to fly to (its anchor) */
  names: readonly { en: string; ar: string }[];
  anchors: readonly Position[];
  claims: number;
}

export interface TileSetSummary {
  manifest: PublishedManifest;
  archive: ArchiveSummary;
  folder: FolderSummary | null;
  seconds: { tiles: number; pmtiles: number; folder: number; search: number };
}

/** The bounding box of every coordinate of the places. */
export function boundsOf(places: readonly TilePlace[]): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as [number, number];
      [b[0], b[1], b[2], b[3]] = [
        Math.min(b[0], x),
        Math.min(b[1], y),
        Math.max(b[2], x),
        Math.max(b[3], y),
      ];
    } else for (const inner of c as unknown[]) visit(inner);
  };
  for (const p of places) {
    const g = p.geometry;
    if (g.type === 'GeometryCollection')
      throw new Error(`place ${p.id}: a GeometryCollection cannot be tiled`);
    visit(g.coordinates);
  }
  if (!(b[0] <= b[2])) throw new Error('no coordinates to tile');
  return b;
}

function writeSearch(dataDir: string, input: TileSetInput): string[] {
  const shards: string[] = [];
  for (let first = 0; first < input.names.length; first += PLACES_PER_SHARD) {
    const end = Math.min(input.names.length, first + PLACES_PER_SHARD);
    const shard: CompactSearchShard = { first, en: [], ar: [], lonlat: [] };
    for (let i = first; i < end; i++) {
      const n = input.names[i] as { en: string; ar: string };
      const a = input.anchors[i] as Position;
      shard.en.push(n.en);
      shard.ar.push(n.ar);
      shard.lonlat.push(Math.round((a[0] as number) * 1e5), Math.round((a[1] as number) * 1e5));
    }
    const file = `tiles/search/${String(shards.length).padStart(3, '0')}.json`;
    writeFileAtomic(join(dataDir, file), JSON.stringify(shard));
    shards.push(file);
  }
  return shards;
}

/** Cuts, writes and describes the tile set of `input` under `dataDir` (the published data/). */
export function writeTileSet(
  dataDir: string,
  input: TileSetInput,
  options: { xyz?: boolean } = {},
): TileSetSummary {
  const clock = () => performance.now() / 1000;
  let t = clock();
  const bounds = boundsOf(input.places);
  const tiles: RawTile[] = [...cutTiles(input.places, { bounds })];
  const seconds = { tiles: clock() - t, pmtiles: 0, folder: 0, search: 0 };
  const { minZoom, maxZoom, clusterMaxZoom } = TILE_DEFAULTS;
  const metadata = {
    name: 'citemap places',
    description: 'one feature per place or cluster; quotes are in the claim shards',
    vector_layers: vectorLayers(maxZoom),
  };
  t = clock();
  const archive = writePmtiles(join(dataDir, 'tiles/places.pmtiles'), tiles, {
    bounds,
    center: [
      (bounds[0] + bounds[2]) / 2,
      (bounds[1] + bounds[3]) / 2,
      Math.max(0, Math.floor(Math.log2(360 / Math.max(1e-6, bounds[2] - bounds[0])))),
    ],
    metadata,
  });
  seconds.pmtiles = clock() - t;
  t = clock();
  const folder =
    options.xyz === false
      ? null
      : writeTileFolder(join(dataDir, 'tiles/xyz'), tiles, {
          ...metadata,
          bounds,
          minzoom: minZoom,
          maxzoom: maxZoom,
        });
  seconds.folder = clock() - t;
  t = clock();
  const shards = writeSearch(dataDir, input);
  seconds.search = clock() - t;
  const published: PublishedTiles = {
    pmtiles: 'tiles/places.pmtiles',
    xyz: 'tiles/xyz/{z}/{x}/{y}.pbf',
    layers: { ...TILE_LAYERS },
    promote_id: 'id',
    minzoom: minZoom,
    maxzoom: maxZoom,
    cluster_max_zoom: clusterMaxZoom,
    bounds,
    categories: CATEGORIES,
    precisions: PRECISIONS,
    search: { shards, places_per_shard: PLACES_PER_SHARD },
  };
  const manifest: PublishedManifest = {
    places: input.places.length,
    claims: input.claims,
    tiles: published,
  };
  // Written last: a reader that finds the manifest finds every file it names.
  writeFileAtomic(
    join(dataDir, PUBLISHED_FILES.manifest),
    `${JSON.stringify(manifest, null, 2)}\n`,
  );
  return { manifest, archive, folder, seconds };
}

/** The tile set of a published data folder (places.geojson and claim-index.json). */
export function tilePublished(dataDir: string, options: { xyz?: boolean } = {}): TileSetSummary {
  const read = <T>(file: string): T => {
    try {
      return JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as T;
    } catch (e) {
      throw new Error(
        `${join(dataDir, file)}: ${e instanceof Error ? e.message : e} (run the data build into this folder first)`,
        { cause: e },
      );
    }
  };
  const layer = read<{ features: Feature<Geometry, PublishedPlace>[] }>(PUBLISHED_FILES.places);
  const index = read<PublishedClaimIndex>(PUBLISHED_FILES.claimIndex);
  return writeTileSet(
    dataDir,
    {
      places: tilePlaces(layer.features, index.claims),
      names: layer.features.map((f) => ({ en: f.properties.name_en, ar: f.properties.name_ar })),
      anchors: layer.features.map((f) => f.properties.anchor),
      claims: index.claims.length,
    },
    options,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      'no-xyz': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || !values.data) {
    console.log(
      'Usage: npx tsx src/pipeline/tiles/build.ts --data <published data/ folder> [--no-xyz]',
    );
    process.exitCode = values.help ? 0 : 2;
  } else {
    const s = tilePublished(values.data, { xyz: !values['no-xyz'] });
    console.error(
      `${s.manifest.places} places → ${s.archive.addressedTiles} tiles z${s.archive.minZoom}–${s.archive.maxZoom}, ` +
        `${(s.archive.bytes / 1e6).toFixed(1)} MB PMTiles (${s.archive.leafDirectories} leaf directories)` +
        (s.folder ? `, ${s.folder.files} files in tiles/xyz` : ''),
    );
    // One JSON line on stdout, for a caller that times the tiler in its own process.
    const maxRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
    const { archive, folder, seconds } = s;
    console.log(JSON.stringify({ archive, folder, seconds, maxRssMB }));
  }
}
