import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Compression, PMTiles, TileType, zxyToTileId, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../lib/data/random';
import { HEADER_BYTES, tileId, writePmtiles, type RawTile } from './pmtiles';

/** The `pmtiles` reader's own Source interface, over the bytes of a file written here. */
function fileSource(path: string): Source & { reads: number } {
  const bytes = readFileSync(path);
  return {
    reads: 0,
    getKey: () => path,
    async getBytes(offset, length) {
      this.reads++;
      const slice = bytes.subarray(offset, offset + length);
      return { data: slice.buffer.slice(slice.byteOffset, slice.byteOffset + slice.byteLength) };
    },
  };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'citemap-pmtiles-'));
const META = { vector_layers: [{ id: 'places', fields: {} }] };
const BOUNDS: [number, number, number, number] = [38.8, 29.1, 48.6, 37.4];

/** Raw MVT-like bytes (first byte 0x1a, as an encoded layer starts) that differ per tile. */
function payload(seed: number, length: number): Uint8Array {
  const rand = mulberry32(seed);
  const out = new Uint8Array(length);
  out[0] = 0x1a;
  for (let i = 1; i < length; i++) out[i] = Math.floor(rand() * 256);
  return out;
}

async function expectRoundTrip(path: string, tiles: RawTile[]) {
  const reader = new PMTiles(fileSource(path));
  for (const t of tiles) {
    const got = await reader.getZxy(t.z, t.x, t.y);
    expect(got, `${t.z}/${t.x}/${t.y}`).toBeDefined();
    expect(new Uint8Array(got?.data as ArrayBuffer)).toEqual(t.data);
  }
  return reader;
}

describe('tileId', () => {
  it('matches the spec table and the pmtiles reader', () => {
    expect([
      tileId(0, 0, 0),
      tileId(1, 0, 0),
      tileId(1, 0, 1),
      tileId(1, 1, 1),
      tileId(1, 1, 0),
    ]).toEqual([0, 1, 2, 3, 4]);
    expect(tileId(2, 0, 0)).toBe(5);
    expect(tileId(12, 3423, 1763)).toBe(19_078_479);
    const rand = mulberry32(7);
    for (let i = 0; i < 2000; i++) {
      const z = Math.floor(rand() * 27);
      const x = Math.floor(rand() * 2 ** z);
      const y = Math.floor(rand() * 2 ** z);
      expect(tileId(z, x, y), `${z}/${x}/${y}`).toBe(zxyToTileId(z, x, y));
    }
  });

  it('refuses a tile outside its zoom', () => {
    expect(() => tileId(2, 4, 0)).toThrow(/outside zoom 2/);
    expect(() => tileId(27, 0, 0)).toThrow(/0–26/);
  });
});

describe('writePmtiles', () => {
  it('writes a header the reader understands: bounds, center, zooms, counts, compression', async () => {
    const dir = tmp();
    const path = join(dir, 'a.pmtiles');
    const tiles: RawTile[] = [
      { z: 0, x: 0, y: 0, data: payload(1, 40) },
      { z: 3, x: 4, y: 3, data: payload(2, 90) },
      { z: 5, x: 19, y: 12, data: payload(3, 10) },
    ];
    const summary = writePmtiles(path, tiles, {
      bounds: BOUNDS,
      center: [43, 33, 4],
      metadata: META,
    });
    const reader = await expectRoundTrip(path, tiles);
    const h = await reader.getHeader();
    expect(h).toMatchObject({
      specVersion: 3,
      rootDirectoryOffset: HEADER_BYTES,
      clustered: true,
      internalCompression: Compression.Gzip,
      tileCompression: Compression.Gzip,
      tileType: TileType.Mvt,
      minZoom: 0,
      maxZoom: 5,
      minLon: 38.8,
      minLat: 29.1,
      maxLon: 48.6,
      maxLat: 37.4,
      centerLon: 43,
      centerLat: 33,
      centerZoom: 4,
      numAddressedTiles: 3,
      numTileEntries: 3,
      numTileContents: 3,
    });
    expect(summary.bytes).toBe(readFileSync(path).length);
    expect(await reader.getMetadata()).toEqual(META);
    expect(await reader.getZxy(3, 4, 4)).toBeUndefined();
  });

  it('compresses each tile once: the stored tile inflates to the raw bytes, not to gzip again', async () => {
    const path = join(tmp(), 'once.pmtiles');
    const raw = payload(9, 300);
    writePmtiles(path, [{ z: 2, x: 1, y: 1, data: raw }], { bounds: BOUNDS, metadata: META });
    const bytes = readFileSync(path);
    const h = await new PMTiles(fileSource(path)).getHeader();
    const stored = bytes.subarray(h.tileDataOffset, h.tileDataOffset + (h.tileDataLength ?? 0));
    expect(new Uint8Array(gunzipSync(stored))).toEqual(raw);
    expect(() =>
      writePmtiles(path, [{ z: 2, x: 1, y: 1, data: stored }], { bounds: BOUNDS, metadata: META }),
    ).toThrow(/2\/1\/1 is already gzip-compressed/);
  });

  it('stores uncompressed tiles when told, and declares it', async () => {
    const path = join(tmp(), 'none.pmtiles');
    const tiles = [{ z: 1, x: 1, y: 0, data: payload(4, 64) }];
    writePmtiles(path, tiles, { bounds: BOUNDS, metadata: META, tileCompression: 'none' });
    const reader = await expectRoundTrip(path, tiles);
    expect((await reader.getHeader()).tileCompression).toBe(Compression.None);
  });

  it('folds identical neighbours into one run-length entry and stores repeated content once', async () => {
    const path = join(tmp(), 'runs.pmtiles');
    const same = payload(5, 50);
    // Hilbert neighbours at z1 (ids 1–4) and the same bytes again at z3, far away on the curve.
    const tiles: RawTile[] = [
      { z: 1, x: 0, y: 0, data: same },
      { z: 1, x: 0, y: 1, data: same },
      { z: 1, x: 1, y: 1, data: same },
      { z: 1, x: 1, y: 0, data: payload(6, 50) },
      { z: 3, x: 7, y: 7, data: same },
    ];
    const s = writePmtiles(path, tiles, { bounds: BOUNDS, metadata: META });
    expect(s).toMatchObject({
      addressedTiles: 5,
      tileEntries: 3,
      tileContents: 2,
      leafDirectories: 0,
    });
    await expectRoundTrip(path, tiles);
  });

  it('moves entries into leaf directories when the root would pass 16 KiB; every tile reads back', async () => {
    const path = join(tmp(), 'leaves.pmtiles');
    const rand = mulberry32(11);
    const tiles: RawTile[] = [];
    const seen = new Set<number>();
    // Scattered z12 tiles of varying length: no runs, poor compression of the directory.
    while (tiles.length < 8_000) {
      const x = Math.floor(rand() * 4096);
      const y = Math.floor(rand() * 4096);
      const id = tileId(12, x, y);
      if (seen.has(id)) continue;
      seen.add(id);
      tiles.push({ z: 12, x, y, data: payload(tiles.length + 100, 8 + Math.floor(rand() * 200)) });
    }
    // Uncompressed tiles keep the read-back quick; the directories are gzip either way.
    const s = writePmtiles(path, tiles, {
      bounds: BOUNDS,
      metadata: META,
      tileCompression: 'none',
    });
    expect(s.leafDirectories).toBeGreaterThan(1);
    const reader = await expectRoundTrip(path, tiles);
    const h = await reader.getHeader();
    expect(h.rootDirectoryOffset + h.rootDirectoryLength).toBeLessThanOrEqual(16_384);
    expect(h.leafDirectoryLength).toBeGreaterThan(0);
  });

  it('replaces an existing, longer file whole (no stale tail) and leaves no temporary behind', async () => {
    const dir = tmp();
    const path = join(dir, 'replace.pmtiles');
    writeFileSync(path, Buffer.alloc(1_000_000, 7));
    const tiles = [{ z: 0, x: 0, y: 0, data: payload(8, 20) }];
    const s = writePmtiles(path, tiles, { bounds: BOUNDS, metadata: META });
    expect(readFileSync(path).length).toBe(s.bytes);
    expect(s.bytes).toBeLessThan(1000);
    await expectRoundTrip(path, tiles);
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(dir)).toEqual(['replace.pmtiles']);
  });

  it('names what is wrong with bad input', () => {
    const path = join(tmp(), 'bad.pmtiles');
    const t = { z: 0, x: 0, y: 0, data: payload(1, 4) };
    expect(() => writePmtiles(path, [t, t], { bounds: BOUNDS, metadata: META })).toThrow(
      /0\/0\/0 is given twice/,
    );
    expect(() => writePmtiles(path, [t], { bounds: [10, 5, 0, 6], metadata: META })).toThrow(
      /bounds/,
    );
    expect(() => writePmtiles(path, [], { bounds: BOUNDS, metadata: META })).toThrow(/no tiles/);
  });
});
