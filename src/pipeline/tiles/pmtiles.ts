/**
 * A small PMTiles v3 writer, from the spec (protomaps/PMTiles spec/v3/spec.md): a 127-byte
 * header, a gzip-compressed root directory within the first 16 KiB, the JSON metadata, leaf
 * directories when the root alone would not fit, then the tile data clustered in Hilbert order,
 * identical tiles stored once and adjacent repeats folded into one run-length entry.
 *
 * The npm `pmtiles` package is a reader only; the tests read every archive back with it.
 */
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';

export const HEADER_BYTES = 127;
/** "the root directory MUST be contained in the first 16,384 bytes" (spec §2) */
const ROOT_LIMIT = 16_384 - HEADER_BYTES;

export interface RawTile {
  z: number;
  x: number;
  y: number;
  /** the encoded tile, uncompressed (the writer compresses it once, as the header declares) */
  data: Uint8Array;
}

type TileCompression = 'none' | 'gzip';

export interface ArchiveOptions {
  /** west, south, east, north in degrees */
  bounds: [number, number, number, number];
  /** longitude, latitude and zoom a viewer may open at; default: the bounds' middle at minZoom */
  center?: [number, number, number];
  /** default gzip: the reader inflates tiles itself, and static hosts need no Content-Encoding */
  tileCompression?: TileCompression;
  /** must hold `vector_layers` for vector tiles (spec §5) */
  metadata: { vector_layers: unknown[] } & Record<string, unknown>;
}

export interface ArchiveSummary {
  bytes: number;
  addressedTiles: number;
  tileEntries: number;
  tileContents: number;
  leafDirectories: number;
  minZoom: number;
  maxZoom: number;
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

/** Hilbert TileID (spec §4.1): the tiles of every lower zoom, then the position on z's curve. */
export function tileId(z: number, x: number, y: number): number {
  if (!Number.isInteger(z) || z < 0 || z > 26) throw new RangeError(`zoom ${z} is not 0–26`);
  const n = 2 ** z;
  if (!Number.isInteger(x) || !Number.isInteger(y) || x < 0 || y < 0 || x >= n || y >= n) {
    throw new RangeError(`tile ${z}/${x}/${y} is outside zoom ${z} (0–${n - 1})`);
  }
  let id = (n * n - 1) / 3;
  let [tx, ty] = [x, y];
  for (let s = n / 2; s >= 1; s /= 2) {
    const rx = (tx & s) > 0 ? 1 : 0;
    const ry = (ty & s) > 0 ? 1 : 0;
    id += s * s * ((3 * rx) ^ ry);
    if (ry === 0) {
      if (rx === 1) [tx, ty] = [s - 1 - (tx % s), s - 1 - (ty % s)];
      [tx, ty] = [ty, tx];
    }
  }
  return id;
}

/** Little-endian base-128 varint; arithmetic, not bit operations, since ids exceed 2^32. */
function pushVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/** A directory as the spec encodes it (§4.2), gzip-compressed. */
function encodeDirectory(entries: readonly Entry[]): Buffer {
  if (entries.length === 0) throw new Error('a PMTiles directory needs at least one entry');
  const out: number[] = [];
  pushVarint(out, entries.length);
  let last = 0;
  for (const e of entries) {
    pushVarint(out, e.tileId - last);
    last = e.tileId;
  }
  for (const e of entries) pushVarint(out, e.runLength);
  for (const e of entries) pushVarint(out, e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    pushVarint(out, i > 0 && prev && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
  });
  return gzipSync(Uint8Array.from(out));
}

interface Directories {
  root: Buffer;
  leaves: Buffer;
  leafCount: number;
}

/**
 * The root alone when it fits in 16 KiB; else leaves of `size` entries, growing the leaves (as
 * go-pmtiles does) until the root of leaf pointers fits. One level of leaves, as the spec asks.
 */
function buildDirectories(entries: readonly Entry[]): Directories {
  const root = encodeDirectory(entries);
  if (root.length <= ROOT_LIMIT) return { root, leaves: Buffer.alloc(0), leafCount: 0 };
  for (
    let size = Math.max(4096, Math.ceil(entries.length / 3500));
    ;
    size = Math.ceil(size * 1.2)
  ) {
    const pointers: Entry[] = [];
    const leaves: Buffer[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += size) {
      const leaf = encodeDirectory(entries.slice(i, i + size));
      pointers.push({
        tileId: (entries[i] as Entry).tileId,
        offset,
        length: leaf.length,
        runLength: 0,
      });
      leaves.push(leaf);
      offset += leaf.length;
    }
    const rootOfLeaves = encodeDirectory(pointers);
    if (rootOfLeaves.length <= ROOT_LIMIT) {
      return { root: rootOfLeaves, leaves: Buffer.concat(leaves), leafCount: leaves.length };
    }
  }
}

const COMPRESSION = { none: 1, gzip: 2 } as const;
const MVT = 1;

function position(view: DataView, at: number, lon: number, lat: number): void {
  view.setInt32(at, Math.round(lon * 1e7), true);
  view.setInt32(at + 4, Math.round(lat * 1e7), true);
}

interface HeaderFields {
  rootLength: number;
  metadataLength: number;
  leavesLength: number;
  tileDataLength: number;
  addressedTiles: number;
  tileEntries: number;
  tileContents: number;
  compression: TileCompression;
  minZoom: number;
  maxZoom: number;
  bounds: [number, number, number, number];
  center: [number, number, number];
}

function header(h: HeaderFields): Buffer {
  const buf = Buffer.alloc(HEADER_BYTES);
  buf.write('PMTiles', 0, 'utf8');
  buf[7] = 3;
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const u64 = (at: number, v: number) => view.setBigUint64(at, BigInt(v), true);
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + h.rootLength;
  const leavesOffset = metadataOffset + h.metadataLength;
  const tileDataOffset = leavesOffset + h.leavesLength;
  u64(8, rootOffset);
  u64(16, h.rootLength);
  u64(24, metadataOffset);
  u64(32, h.metadataLength);
  u64(40, leavesOffset);
  u64(48, h.leavesLength);
  u64(56, tileDataOffset);
  u64(64, h.tileDataLength);
  u64(72, h.addressedTiles);
  u64(80, h.tileEntries);
  u64(88, h.tileContents);
  buf[96] = 1; // clustered: tile data in TileID order
  buf[97] = COMPRESSION.gzip; // internal compression: directories and metadata
  buf[98] = COMPRESSION[h.compression];
  buf[99] = MVT;
  buf[100] = h.minZoom;
  buf[101] = h.maxZoom;
  const [w, s, e, n] = h.bounds;
  position(view, 102, w, s);
  position(view, 110, e, n);
  buf[118] = h.center[2];
  position(view, 119, h.center[0], h.center[1]);
  return buf;
}

const GZIP_MAGIC = [0x1f, 0x8b];

function checkOptions(o: ArchiveOptions): void {
  const [w, s, e, n] = o.bounds;
  const ok = (v: number, lim: number) => Number.isFinite(v) && Math.abs(v) <= lim;
  if (!ok(w, 180) || !ok(e, 180) || !ok(s, 90) || !ok(n, 90) || w > e || s > n) {
    throw new RangeError(`bounds ${JSON.stringify(o.bounds)} are not [west, south, east, north]`);
  }
  if (!Array.isArray(o.metadata.vector_layers)) {
    throw new TypeError('metadata.vector_layers is required for vector tiles (PMTiles spec §5)');
  }
}

/**
 * Writes `tiles` as a PMTiles v3 archive at `path`: into a temporary sibling, flushed, then
 * renamed over the target, so a reader sees the old archive or the new one, never a torn one.
 */
export function writePmtiles(
  path: string,
  tiles: Iterable<RawTile>,
  options: ArchiveOptions,
): ArchiveSummary {
  checkOptions(options);
  const compression = options.tileCompression ?? 'gzip';
  const byId = new Map<number, Buffer>();
  let minZoom = Infinity;
  let maxZoom = -Infinity;
  for (const t of tiles) {
    const id = tileId(t.z, t.x, t.y);
    if (byId.has(id)) throw new Error(`tile ${t.z}/${t.x}/${t.y} is given twice`);
    if (t.data.length === 0) continue; // readers answer a missing tile with an empty one
    if (t.data[0] === GZIP_MAGIC[0] && t.data[1] === GZIP_MAGIC[1]) {
      throw new Error(
        `tile ${t.z}/${t.x}/${t.y} is already gzip-compressed: pass the raw tile, the writer compresses it once`,
      );
    }
    byId.set(id, compression === 'gzip' ? gzipSync(t.data) : Buffer.from(t.data));
    minZoom = Math.min(minZoom, t.z);
    maxZoom = Math.max(maxZoom, t.z);
  }
  if (byId.size === 0) throw new Error(`no tiles to write to ${path}`);

  const ids = [...byId.keys()].sort((a, b) => a - b);
  const entries: Entry[] = [];
  const contents = new Map<string, { offset: number; length: number }>();
  const blobs: Buffer[] = [];
  let dataLength = 0;
  for (const id of ids) {
    const blob = byId.get(id) as Buffer;
    const hash = createHash('sha1').update(blob).digest('base64');
    let where = contents.get(hash);
    if (!where) {
      where = { offset: dataLength, length: blob.length };
      contents.set(hash, where);
      blobs.push(blob);
      dataLength += blob.length;
    }
    const last = entries[entries.length - 1];
    if (last && last.offset === where.offset && last.tileId + last.runLength === id)
      last.runLength++;
    else entries.push({ tileId: id, ...where, runLength: 1 });
  }

  const dirs = buildDirectories(entries);
  const metadata = gzipSync(Buffer.from(JSON.stringify(options.metadata), 'utf8'));
  const [w, s, e, n] = options.bounds;
  const head = header({
    rootLength: dirs.root.length,
    metadataLength: metadata.length,
    leavesLength: dirs.leaves.length,
    tileDataLength: dataLength,
    addressedTiles: ids.length,
    tileEntries: entries.length,
    tileContents: blobs.length,
    compression,
    minZoom,
    maxZoom,
    bounds: options.bounds,
    center: options.center ?? [(w + e) / 2, (s + n) / 2, minZoom],
  });
  const bytes = writeChunksAtomic(path, [head, dirs.root, metadata, dirs.leaves, ...blobs]);
  return {
    bytes,
    addressedTiles: ids.length,
    tileEntries: entries.length,
    tileContents: blobs.length,
    leafDirectories: dirs.leafCount,
    minZoom,
    maxZoom,
  };
}

/** Writes the chunks to a temporary sibling, fsyncs it, renames it over `path`; returns bytes. */
function writeChunksAtomic(path: string, chunks: readonly Uint8Array[]): number {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  let total = 0;
  try {
    const fd = openSync(tmp, 'w');
    try {
      for (const c of chunks) {
        let done = 0;
        while (done < c.length) done += writeSync(fd, c, done, c.length - done);
        total += c.length;
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  return total;
}
