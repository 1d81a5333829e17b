/**
 * Atomic writes: each file is written to a temporary sibling and renamed over the target, so a
 * reader (the dev server, a browser test) never sees a half-written file. rename(2) is atomic
 * within one file system, which a sibling guarantees.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * Writes every output (path relative to `outDir` → contents), then removes files left in
 * `pruneDir` by earlier builds that this build no longer produces (a renamed source text).
 */
export function writeOutputs(
  outDir: string,
  outputs: ReadonlyMap<string, string | Uint8Array>,
  pruneDir?: string,
): void {
  for (const [rel, data] of outputs) writeFileAtomic(join(outDir, rel), data);
  if (pruneDir === undefined) return;
  const dir = join(outDir, pruneDir);
  if (!existsSync(dir)) return;
  const keep = new Set([...outputs.keys()].filter((k) => k.startsWith(`${pruneDir}/`)));
  for (const name of readdirSync(dir)) {
    if (!keep.has(`${pruneDir}/${name}`)) rmSync(join(dir, name), { force: true });
  }
}
