/**
 * A save that fails verification is kept, never lost: the whole request and the problems, in
 * the project's .citemap/drafts/ (gitignored), outside the curated files.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type {
  DiscardDraftRequest,
  Draft,
  SaveRequest,
  StudioProblem,
} from '../../lib/data/studio-api.ts';
import { StudioFailure, bad, isRecord } from './http.ts';
import { writeFileAtomic } from '../data/write.ts';
import type { Project } from './project.ts';

const DRAFTS = '.citemap/drafts';

export function keepDraft(
  project: Project,
  request: SaveRequest,
  problems: StudioProblem[],
): Draft {
  const savedAt = new Date().toISOString();
  // Sortable by time, unique within a millisecond.
  const id = `${savedAt.replace(/[^0-9]/g, '')}-${randomBytes(4).toString('hex')}`;
  const draft: Draft = { id, label: request.label, savedAt, request, problems };
  writeFileAtomic(join(project.root, DRAFTS, `${id}.json`), `${JSON.stringify(draft)}\n`);
  return draft;
}

/** The kept drafts, newest first; an unreadable one is skipped, not fatal. */
export function readDrafts(project: Project): Draft[] {
  const dir = join(project.root, DRAFTS);
  if (!existsSync(dir)) return [];
  const drafts: Draft[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    try {
      drafts.push(JSON.parse(readFileSync(join(dir, name), 'utf8')) as Draft);
    } catch {
      continue;
    }
  }
  return drafts.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/** Deletes one kept draft, named by the id keepDraft gave it. */
export function discardDraft(project: Project, body: unknown): { ok: true } {
  const id: DiscardDraftRequest['id'] | undefined = isRecord(body)
    ? (body.id as string)
    : undefined;
  if (typeof id !== 'string' || !/^\d{17}-[0-9a-f]{8}$/.test(id)) {
    throw bad(`${JSON.stringify(id)} is not a draft id.`);
  }
  const path = join(project.root, DRAFTS, `${id}.json`);
  if (!existsSync(path)) throw new StudioFailure(404, `No draft ${id}: it was discarded already.`);
  rmSync(path);
  return { ok: true };
}
