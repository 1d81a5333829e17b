/**
 * The studio's small write-ahead journal (.citemap/journal/, gitignored), which makes a save
 * all-or-nothing across files and lets the last saves be undone.
 *
 * A save first writes its entry (every file's bytes before and after) as `pending.json`, then
 * each file atomically, then renames the entry to a numbered one. If the dev server is killed
 * half-way, each file is still whole (old or new, never torn), and the next request finds
 * `pending.json` and rolls the save forward, so the files never stay a mix of the two.
 */
import { existsSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../data/write.ts';
import { StudioFailure } from './http.ts';
import { insideProject } from './paths.ts';
import { readBytes, type Project } from './project.ts';

const JOURNAL = '.citemap/journal';
const PENDING = 'pending.json';
/**
 * Test hook: milliseconds to pause before each file of a save, so that a test can kill the
 * server between the files of one save. Unset in normal use.
 */
const STEP_MS = Number(process.env.CITEMAP_STUDIO_STEP_MS ?? 0);

function step(): void {
  if (STEP_MS > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, STEP_MS);
}

/** How many saves can be undone. */
const KEEP = 20;

interface FileChange {
  rel: string;
  /** base64 bytes; null when the file did not exist (before) or is deleted (after) */
  before: string | null;
  after: string | null;
}

export interface JournalEntry {
  label: string;
  at: string;
  files: FileChange[];
  /** set on an undo: the entry it reverts, removed once the undo is through */
  undoes?: string;
}

const encode = (bytes: Uint8Array | undefined) =>
  bytes === undefined ? null : Buffer.from(bytes).toString('base64');
const decode = (text: string | null) => (text === null ? undefined : Buffer.from(text, 'base64'));

/** The journal entry of a write of `after` (rel → bytes, undefined to delete). */
export function entryFor(
  project: Project,
  label: string,
  after: ReadonlyMap<string, Uint8Array | undefined>,
): JournalEntry {
  return {
    label,
    at: new Date().toISOString(),
    files: [...after].map(([rel, bytes]) => ({
      rel,
      before: encode(readBytes(project, rel)),
      after: encode(bytes),
    })),
  };
}

function apply(project: Project, entry: JournalEntry): void {
  for (const f of entry.files) {
    step();
    const path = insideProject(project.root, f.rel);
    const bytes = decode(f.after);
    if (bytes === undefined) rmSync(path, { force: true });
    else writeFileAtomic(path, bytes);
  }
}

function done(project: Project): string[] {
  const dir = join(project.root, JOURNAL);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => /^\d{16}\.json$/.test(n))
    .sort();
}

function finish(project: Project, entry: JournalEntry): void {
  const dir = join(project.root, JOURNAL);
  if (entry.undoes !== undefined) {
    rmSync(join(dir, entry.undoes), { force: true });
    rmSync(join(dir, PENDING), { force: true });
    return;
  }
  const names = done(project);
  const last = names.at(-1);
  const next = String((last ? Number(last.slice(0, 16)) : 0) + 1).padStart(16, '0');
  renameSync(join(dir, PENDING), join(dir, `${next}.json`));
  for (const old of names.slice(0, Math.max(0, names.length + 1 - KEEP))) {
    rmSync(join(dir, old), { force: true });
  }
}

/** Writes every file of the entry, all-or-nothing across a crash (see above). */
export function commit(project: Project, entry: JournalEntry): void {
  writeFileAtomic(join(project.root, JOURNAL, PENDING), JSON.stringify(entry));
  apply(project, entry);
  finish(project, entry);
}

/** The temporary files of writes a killed server left (`<file>.<pid>.tmp`, see write.ts). */
function removeTemporaries(project: Project): void {
  for (const dir of ['data', 'data/briefings', 'seeds', JOURNAL, '.citemap/drafts']) {
    const path = join(project.root, dir);
    if (!existsSync(path)) continue;
    for (const name of readdirSync(path)) {
      if (/\.\d+\.tmp$/.test(name)) rmSync(join(path, name), { force: true });
    }
  }
}

/** Finishes a save or undo that a killed server left half-done. */
export function recover(project: Project): void {
  removeTemporaries(project);
  const path = join(project.root, JOURNAL, PENDING);
  if (!existsSync(path)) return;
  const entry = JSON.parse(readFileSync(path, 'utf8')) as JournalEntry;
  apply(project, entry);
  finish(project, entry);
}

/**
 * Reverts the last save still in the journal: refused (409) when a file it wrote has changed
 * since, so an edit made outside the studio is never overwritten.
 */
export function undoLast(project: Project): JournalEntry {
  const last = done(project).at(-1);
  if (last === undefined) throw new StudioFailure(409, 'Nothing to undo: no save is recorded.');
  const entry = JSON.parse(readFileSync(join(project.root, JOURNAL, last), 'utf8')) as JournalEntry;
  const stale = entry.files
    .filter((f) => encode(readBytes(project, f.rel)) !== f.after)
    .map((f) => f.rel);
  if (stale.length > 0) {
    throw new StudioFailure(
      409,
      `Cannot undo "${entry.label}": ${stale.join(', ')} changed since that save. Reload the project.`,
      { stale },
    );
  }
  const revert: JournalEntry = {
    label: entry.label,
    at: new Date().toISOString(),
    files: entry.files.map((f) => ({ rel: f.rel, before: f.after, after: f.before })),
    undoes: last,
  };
  commit(project, revert);
  return revert;
}
