/**
 * Publishing the verified layer as one set. A reader (the dev server, `vite build` copying
 * public/ into dist/) must see the old set or the new one, never a mix, even if the build is
 * killed half-way:
 *
 * - each swapped folder (public/data/) is written whole as a sibling `data.new/`, every file and
 *   the folder fsynced, then swapped in by two renames: `data` → `data.old`, `data.new` → `data`;
 * - the source texts (public/sources/) are evidence, immutable and named per article: the new
 *   ones are added first (so either set finds every text it names), and the ones no longer
 *   published are removed only after the swap;
 * - a killed run leaves `data.new/`, `data.old/` or `*.tmp`; the next start removes them, and if
 *   it was killed between the two renames it puts `data.old/` back, the complete old set.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Test hook: milliseconds to pause at each step of publishing, so that a test can kill the build
 * between any two steps. Unset in normal use.
 */
const STEP_MS = Number(process.env.CITEMAP_PUBLISH_STEP_MS ?? 0);

function step(): void {
  if (STEP_MS > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, STEP_MS);
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes the bytes and flushes them to disk before returning. */
function writeDurable(path: string, data: string | Uint8Array): void {
  const fd = openSync(path, 'w');
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    let done = 0;
    while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes one file: a temporary sibling, flushed, then renamed over the target. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeDurable(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

function removeTemporaries(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.tmp')) rmSync(join(dir, name), { recursive: true, force: true });
  }
}

/**
 * Cleans up after a killed run: removes half-written `<folder>.new/` and `*.tmp`, and finishes
 * or undoes an interrupted swap so `<folder>/` is a complete set again.
 */
export function recoverPublished(outDir: string, folders: readonly string[]): void {
  for (const folder of folders) {
    const live = join(outDir, folder);
    rmSync(`${live}.new`, { recursive: true, force: true });
    if (existsSync(`${live}.old`)) {
      if (existsSync(live)) rmSync(`${live}.old`, { recursive: true, force: true });
      else renameSync(`${live}.old`, live);
    }
    removeTemporaries(live);
  }
  removeTemporaries(outDir);
}

function sameBytes(path: string, data: string | Uint8Array): boolean {
  if (!existsSync(path)) return false;
  const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data);
  return readFileSync(path).equals(bytes);
}

/**
 * Publishes every output (path relative to `outDir` → contents). Outputs under `pruneDir` are
 * source texts, added before and pruned after the swap; every other top-level folder is
 * swapped in whole.
 */
export function writeOutputs(
  outDir: string,
  outputs: ReadonlyMap<string, string | Uint8Array>,
  pruneDir?: string,
): void {
  const folders = new Map<string, Map<string, string | Uint8Array>>();
  const texts = new Map<string, string | Uint8Array>();
  for (const [rel, data] of outputs) {
    const [top, ...rest] = rel.split('/');
    if (top === undefined || rest.length === 0) throw new Error(`${rel}: outputs live in folders`);
    if (top === pruneDir) {
      texts.set(rel, data);
      continue;
    }
    const files = folders.get(top) ?? new Map<string, string | Uint8Array>();
    files.set(rest.join('/'), data);
    folders.set(top, files);
  }
  mkdirSync(outDir, { recursive: true });
  if (STEP_MS > 0) process.stderr.write('citemap:publish\n');
  recoverPublished(outDir, [...folders.keys(), ...(pruneDir ? [pruneDir] : [])]);

  for (const [rel, data] of texts) {
    if (sameBytes(join(outDir, rel), data)) continue;
    step();
    writeFileAtomic(join(outDir, rel), data);
  }
  if (pruneDir && texts.size > 0) fsyncPath(join(outDir, pruneDir));

  for (const [folder, files] of folders) {
    const live = join(outDir, folder);
    const next = `${live}.new`;
    for (const [rel, data] of files) {
      step();
      mkdirSync(dirname(join(next, rel)), { recursive: true });
      writeDurable(join(next, rel), data);
    }
    fsyncPath(next);
    step();
    if (existsSync(live)) renameSync(live, `${live}.old`);
    step();
    renameSync(next, live);
    fsyncPath(outDir);
    step();
    rmSync(`${live}.old`, { recursive: true, force: true });
  }

  if (pruneDir === undefined) return;
  const dir = join(outDir, pruneDir);
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (!texts.has(`${pruneDir}/${name}`)) {
      step();
      rmSync(join(dir, name), { force: true });
    }
  }
}
