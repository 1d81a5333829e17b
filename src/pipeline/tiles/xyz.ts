/**
 * The same tiles as a `z/x/y.pbf` folder, for hosts without HTTP Range requests (Python's
 * http.server, a USB stick): one uncompressed file per tile, so any static server can send it
 * without a Content-Encoding header. Written whole as a sibling `<dir>.new`, then swapped in by
 * renames, so a server sees the old folder or the new one, never a mix.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawTile } from './pmtiles.ts';

export interface FolderSummary {
  files: number;
  bytes: number;
}

/** Writes every tile (empty ones as empty files, so no request inside the bounds is a 404). */
export function writeTileFolder(
  dir: string,
  tiles: Iterable<RawTile>,
  metadata: Record<string, unknown>,
): FolderSummary {
  const next = `${dir}.new`;
  const old = `${dir}.old`;
  rmSync(next, { recursive: true, force: true });
  let files = 0;
  let bytes = 0;
  const made = new Set<string>();
  for (const t of tiles) {
    const folder = join(next, String(t.z), String(t.x));
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(join(folder, `${t.y}.pbf`), t.data);
    files++;
    bytes += t.data.length;
  }
  mkdirSync(next, { recursive: true });
  writeFileSync(join(next, 'metadata.json'), `${JSON.stringify(metadata)}\n`);
  rmSync(old, { recursive: true, force: true });
  if (existsSync(dir)) renameSync(dir, old);
  renameSync(next, dir);
  rmSync(old, { recursive: true, force: true });
  return { files, bytes };
}
