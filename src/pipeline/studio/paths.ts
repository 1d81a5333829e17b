/**
 * The only paths the studio writes: the curated files, seed texts named by source id, and its
 * own folder .citemap/. A path from a request is checked against those forms first, then
 * resolved and checked to stay inside the project folder, symlinks included.
 */
import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { isId } from '../../lib/data/schema/index.ts';
import type { ProjectFile } from '../../lib/data/studio-api.ts';
import { bad, StudioFailure } from './http.ts';

export const RECORD_FILES = ['data/places.json', 'data/claims.json', 'seeds/sources.json'] as const;
const BRIEFING = /^data\/briefings\/([^/]+)\.json$/;

/** Whether `value` names a curated file in the documented form. */
export function isProjectFile(value: unknown): value is ProjectFile {
  if (typeof value !== 'string') return false;
  if ((RECORD_FILES as readonly string[]).includes(value)) return true;
  const m = BRIEFING.exec(value);
  return m !== null && isId(m[1]);
}

export function checkProjectFile(value: unknown): ProjectFile {
  if (!isProjectFile(value)) {
    throw bad(
      `${JSON.stringify(value)} is not a file the studio writes: data/places.json, data/claims.json, seeds/sources.json or data/briefings/<id>.json (an id is lowercase letters, digits and hyphens).`,
    );
  }
  return value;
}

export function checkId(value: unknown, what: string): string {
  if (!isId(value)) {
    throw bad(
      `${what} ${JSON.stringify(value)} is not an id: use lowercase letters, digits and hyphens, e.g. "wapo-2019-07-21".`,
    );
  }
  return value;
}

const outside = (rel: string) =>
  new StudioFailure(403, `Refused: ${JSON.stringify(rel)} is outside the project folder.`);

/**
 * The absolute path of `rel` inside `root`, refusing anything that resolves outside it: `..`,
 * absolute paths, and symlinks (a linked file or folder could point anywhere).
 */
export function insideProject(root: string, rel: string): string {
  // Only plain relative paths: no `..` or `.` steps, even ones that would resolve back inside.
  const steps = rel.split('/');
  if (
    isAbsolute(rel) ||
    /[\\\0]/.test(rel) ||
    steps.some((s) => s === '' || s === '.' || s === '..')
  ) {
    throw outside(rel);
  }
  const base = realpathSync(root);
  const path = resolve(base, rel);
  const back = relative(base, path);
  if (back === '' || back.startsWith('..') || isAbsolute(back)) throw outside(rel);
  // Every existing step below the root must be a plain folder or file, not a link.
  let at = path;
  const below: string[] = [];
  while (at !== base) {
    below.push(at);
    at = dirname(at);
  }
  for (const step of below.reverse()) {
    if (!existsSync(step) && !isLink(step)) break;
    if (isLink(step)) throw outside(rel);
  }
  if (!path.startsWith(base + sep)) throw outside(rel);
  return path;
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
