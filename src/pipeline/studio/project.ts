/** The project folder the studio edits, and reading its curated files as the studio sees them. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ProjectFile, ProjectSnapshot } from '../../lib/data/studio-api.ts';
import { readDrafts } from './drafts.ts';
import { RECORD_FILES, insideProject, isProjectFile } from './paths.ts';

export interface Project {
  /** the project folder (seeds/, data/) */
  root: string;
  /** where the published data goes (the dev server's public/) */
  publishDir: string;
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The file's bytes, or undefined when it does not exist. */
export function readBytes(project: Project, rel: string): Buffer | undefined {
  const path = insideProject(project.root, rel);
  return existsSync(path) ? readFileSync(path) : undefined;
}

/** The version a save must name: the hash of the bytes on disk, null for a missing file. */
export function versionOf(project: Project, rel: string): string | null {
  const bytes = readBytes(project, rel);
  return bytes === undefined ? null : sha256(bytes);
}

/** Every curated file present: the three record files and each briefing. */
function curatedFiles(project: Project): ProjectFile[] {
  const dir = join(project.root, 'data/briefings');
  const briefings = existsSync(dir)
    ? readdirSync(dir)
        .map((name) => `data/briefings/${name}`)
        .filter(isProjectFile)
        .sort()
    : [];
  return [...RECORD_FILES, ...briefings].filter((f) => readBytes(project, f) !== undefined);
}

function parsed(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    return null;
  }
}

/** The source records of a sources.json value, tolerating a broken file. */
export function sourceRecords(json: unknown): { id?: unknown; file?: unknown }[] {
  const list = (json as { sources?: unknown } | null)?.sources;
  return Array.isArray(list) ? (list as { id?: unknown; file?: unknown }[]) : [];
}

export function snapshot(project: Project): ProjectSnapshot {
  const files = {} as ProjectSnapshot['files'];
  for (const file of curatedFiles(project)) {
    const bytes = readBytes(project, file) as Buffer;
    files[file] = { version: sha256(bytes), json: parsed(bytes) };
  }
  const texts: Record<string, string> = {};
  const sources = sourceRecords(files['seeds/sources.json']?.json);
  for (const s of sources) {
    if (typeof s.id !== 'string' || typeof s.file !== 'string') continue;
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*\.txt$/.test(s.file)) continue;
    const bytes = readBytes(project, `seeds/${s.file}`);
    if (bytes) texts[s.id] = bytes.toString('utf8');
  }
  return {
    ok: true,
    name: basename(project.root),
    empty: sources.length === 0,
    files,
    texts,
    drafts: readDrafts(project),
  };
}
