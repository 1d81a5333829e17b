/**
 * A project's curated files held in memory (path relative to the project folder → bytes), so
 * that one verifier serves both the build, which reads them from disk, and the studio, which
 * verifies a save with its changes in place before anything is written.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export type ProjectFiles = ReadonlyMap<string, Uint8Array>;

const BRIEFINGS_DIR = 'data/briefings';
const SEEDS_DIR = 'seeds';
export const CHECKSUMS_FILE = 'seeds/SHA256SUMS';

function filesIn(rootDir: string, dir: string, ending: string): string[] {
  const path = join(rootDir, dir);
  if (!existsSync(path)) return [];
  return readdirSync(path, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(ending))
    .map((e) => `${dir}/${e.name}`)
    .sort();
}

/** Everything the verifier reads: the three record files, briefings, checksums, seed texts. */
export function readProjectFiles(rootDir: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const wanted = [
    'seeds/sources.json',
    'data/places.json',
    'data/claims.json',
    CHECKSUMS_FILE,
    ...filesIn(rootDir, BRIEFINGS_DIR, '.json'),
    ...filesIn(rootDir, SEEDS_DIR, '.txt'),
  ];
  for (const rel of wanted) {
    const path = join(rootDir, rel);
    if (existsSync(path)) files.set(rel, new Uint8Array(readFileSync(path)));
  }
  return files;
}

/** The briefing files, sorted by path. */
export function briefingFiles(files: ProjectFiles): [string, Uint8Array][] {
  return [...files]
    .filter(([rel]) => rel.startsWith(`${BRIEFINGS_DIR}/`) && rel.endsWith('.json'))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
