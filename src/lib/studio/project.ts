/**
 * The project as the studio edits it: the curated files of a snapshot, changed immutably, and
 * the save request that carries the changed ones with the versions they were read at.
 */
import type {
  FileVersion,
  NewText,
  ProjectFile,
  ProjectSnapshot,
  SaveRequest,
} from '../data/studio-api';
import type { Briefing, Claim, Place, Source } from '../data/types';
import type { QuoteRef } from '../data/schema/claims';

export const FILES = {
  sources: 'seeds/sources.json',
  places: 'data/places.json',
  claims: 'data/claims.json',
} as const satisfies Record<string, ProjectFile>;

type ListFile = (typeof FILES)[keyof typeof FILES];
type ListKey = keyof typeof FILES;

const SCHEMA: Record<ListFile, string> = {
  'seeds/sources.json': '../data/schema/sources.schema.json',
  'data/places.json': './schema/places.schema.json',
  'data/claims.json': './schema/claims.schema.json',
};

interface RecordTypes {
  sources: Source;
  places: Place;
  claims: Claim;
}

/** The parts of a snapshot the studio reads: its files and texts. */
export type Files = Pick<ProjectSnapshot, 'files' | 'texts'>;

function fileJson(snapshot: Files, file: ProjectFile): unknown {
  return (snapshot.files as Partial<ProjectSnapshot['files']>)[file]?.json;
}

/** The records of one list file (none when the file is absent or holds no list). */
export function recordsOf<K extends ListKey>(snapshot: Files, key: K): RecordTypes[K][] {
  const json = fileJson(snapshot, FILES[key]) as Record<string, unknown> | undefined;
  const list = json?.[key];
  return Array.isArray(list) ? (list as RecordTypes[K][]) : [];
}

/** The briefings of the project, by file. */
export function briefingsOf(snapshot: Files): { file: ProjectFile; briefing: Briefing }[] {
  return Object.entries(snapshot.files)
    .filter(([file]) => /^data\/briefings\/[^/]+\.json$/.test(file))
    .map(([file, { json }]) => ({ file: file as ProjectFile, briefing: json as Briefing }))
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** Every id in use: ids are unique across sources, places and claims. */
export function takenIds(snapshot: Files): Set<string> {
  return new Set(
    [
      ...recordsOf(snapshot, 'sources'),
      ...recordsOf(snapshot, 'places'),
      ...recordsOf(snapshot, 'claims'),
    ].map((r) => r.id),
  );
}

/** The list with `record` replacing the one of the same id (or `replacing`), else appended. */
export function upsert<T extends { id: string }>(
  list: readonly T[],
  record: T,
  replacing = record.id,
): T[] {
  const i = list.findIndex((r) => r.id === replacing);
  return i === -1 ? [...list, record] : list.map((r, j) => (j === i ? record : r));
}

/** A set of pending edits: whole new record lists and briefing files, and texts to store. */
export interface Edits {
  sources?: Source[];
  places?: Place[];
  claims?: Claim[];
  briefings?: { file: ProjectFile; briefing: Briefing | null }[];
  texts?: NewText[];
}

function version(snapshot: Files, file: ProjectFile): FileVersion | null {
  return (snapshot.files as Partial<ProjectSnapshot['files']>)[file]?.version ?? null;
}

/** The save request for a set of edits, each file based on the version the snapshot read. */
export function saveRequest(snapshot: Files, edits: Edits, label: string): SaveRequest {
  const changes: SaveRequest['changes'] = [];
  for (const key of ['sources', 'places', 'claims'] as const) {
    const records = edits[key];
    if (!records) continue;
    const file = FILES[key];
    const old = fileJson(snapshot, file) as Record<string, unknown> | undefined;
    const json = { $schema: old?.$schema ?? SCHEMA[file], [key]: records };
    changes.push({ file, baseVersion: version(snapshot, file), json });
  }
  for (const { file, briefing } of edits.briefings ?? []) {
    const json = briefing && { $schema: '../schema/briefing.schema.json', ...briefing };
    changes.push({ file, baseVersion: version(snapshot, file), json });
  }
  const request: SaveRequest = { changes, label };
  if (edits.texts?.length) request.texts = edits.texts;
  return request;
}

/**
 * A claim's conflicts made reciprocal: every claim it names lists it back, and a claim it no
 * longer names forgets it (the verifier refuses a one-sided conflict).
 */
export function withConflicts(
  claims: readonly Claim[],
  claim: Claim,
  replacing = claim.id,
): Claim[] {
  const named = new Set(claim.conflicts_with ?? []);
  const others = claims.map((c): Claim => {
    if (c.id === replacing) return c;
    const has = (c.conflicts_with ?? []).filter((id) => id !== replacing && id !== claim.id);
    const next = named.has(c.id) ? [...has, claim.id] : has;
    return setConflicts(c, next);
  });
  return upsert(others, claim, replacing);
}

function setConflicts(c: Claim, list: string[]): Claim {
  const out: Claim = { ...c };
  delete out.conflicts_with;
  if (list.length === 0) delete out.conflict_note;
  else out.conflicts_with = list;
  return out;
}

/** The claims without one, and without any conflict link to it. */
export function withoutClaim(claims: readonly Claim[], id: string): Claim[] {
  return claims
    .filter((c) => c.id !== id)
    .map((c) =>
      c.conflicts_with?.includes(id)
        ? setConflicts(
            c,
            c.conflicts_with.filter((x) => x !== id),
          )
        : c,
    );
}

/** A claim with one more passage ("another source says this too"), unless it has it already. */
export function withQuote(claim: Claim, quote: QuoteRef): Claim {
  const same = (q: QuoteRef) =>
    q.source === quote.source &&
    q.text === quote.text &&
    (q.occurrence ?? 1) === (quote.occurrence ?? 1);
  return claim.quotes.some(same) ? claim : { ...claim, quotes: [...claim.quotes, quote] };
}

/** The claims whose quotes cite a source, for the refusal to delete it. */
export function claimsCiting(claims: readonly Claim[], sourceId: string): string[] {
  return claims.filter((c) => c.quotes.some((q) => q.source === sourceId)).map((c) => c.id);
}
