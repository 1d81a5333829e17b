/**
 * POST /save and POST /undo. A save is verified by the build's own verifier with its changes in
 * place; only then is anything written (through the journal), and the published data rebuilt
 * so the running app can reload it. A save that fails verification is kept as a draft.
 */
import type {
  NewText,
  ProjectFile,
  SaveRequest,
  SaveResponse,
  StudioProblem,
  UndoResponse,
} from '../../lib/data/studio-api.ts';
import { OUTPUT_FILES, verifyProject, type BuildResult } from '../data/build.ts';
import type { DataError } from '../data/errors.ts';
import { recoverPublished, writeOutputs } from '../data/write.ts';
import { CHECKSUMS_FILE, readProjectFiles } from '../project/files.ts';
import { keepDraft } from './drafts.ts';
import { formatFile } from './format.ts';
import { StudioFailure, bad, isRecord } from './http.ts';
import { commit, entryFor, recover, undoLast } from './journal.ts';
import { checkId, checkProjectFile } from './paths.ts';
import { readBytes, sha256, sourceRecords, versionOf, type Project } from './project.ts';
import { MAX_HTML_CHARS, MAX_TEXT_CHARS, checkText } from './text-checks.ts';

/** A build error placed for the form: `quotes[1].text` becomes `quotes.1.text`. */
function toProblem(e: DataError): StudioProblem {
  const field = e.field.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
  return {
    file: e.file,
    ...(e.id !== null ? { id: e.id } : {}),
    ...(field ? { field } : {}),
    message: e.message,
    fix: e.fix,
  };
}

/** The request checked for shape; anything else is a 400 naming what is wrong. */
function checkSaveRequest(body: unknown): SaveRequest {
  if (!isRecord(body) || !Array.isArray(body.changes)) {
    throw bad('Send { "changes": [ … ], "texts": [ … ], "label": "…" }.');
  }
  const label = typeof body.label === 'string' && body.label.trim() ? body.label.trim() : 'Save';
  if (label.length > 200) throw bad('The label is longer than 200 characters.');
  const seen = new Set<string>();
  const changes = body.changes.map((c: unknown, i) => {
    if (!isRecord(c) || !('json' in c))
      throw bad(`changes[${i}] must be { file, baseVersion, json }.`);
    const file = checkProjectFile(c.file);
    if (seen.has(file)) throw bad(`${file} is changed twice in one save.`);
    seen.add(file);
    const base = c.baseVersion;
    if (base !== null && (typeof base !== 'string' || !/^[0-9a-f]{64}$/.test(base))) {
      throw bad(
        `changes[${i}].baseVersion must be the version GET /project gave, or null for a new file.`,
      );
    }
    if (c.json === null && !file.startsWith('data/briefings/')) {
      throw bad(`${file} cannot be deleted; save it with an empty list instead.`);
    }
    return { file, baseVersion: base, json: c.json };
  });
  const rawTexts: unknown[] = body.texts === undefined ? [] : (body.texts as unknown[]);
  if (!Array.isArray(rawTexts)) throw bad('"texts" must be a list.');
  const texts: NewText[] = rawTexts.map((t, i) => {
    if (!isRecord(t)) throw bad(`texts[${i}] must be { sourceId, text, html? }.`);
    const sourceId = checkId(t.sourceId, `texts[${i}].sourceId`);
    const text = checkText(t.text, `The text of ${sourceId}`, MAX_TEXT_CHARS);
    const html =
      t.html === undefined
        ? undefined
        : checkText(t.html, `The page of ${sourceId}`, MAX_HTML_CHARS);
    return { sourceId, text, ...(html !== undefined ? { html } : {}) };
  });
  return { changes, texts, label };
}

/** Saves and undos run one at a time: each reads, verifies and writes against a still state. */
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

function publish(project: Project, result: BuildResult): void {
  recoverPublished(project.publishDir, ['data', OUTPUT_FILES.sourcesDir]);
  writeOutputs(project.publishDir, result.outputs, OUTPUT_FILES.sourcesDir);
}

function checksums(bytes: Uint8Array | undefined, set: ReadonlyMap<string, string>): string {
  const sums = new Map<string, string>();
  for (const line of Buffer.from(bytes ?? new Uint8Array())
    .toString('utf8')
    .split('\n')) {
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.trim());
    if (m) sums.set(m[2] as string, m[1] as string);
  }
  for (const [file, hash] of set) sums.set(file, hash);
  return [...sums]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([file, hash]) => `${hash}  ${file}\n`)
    .join('');
}

export function save(
  project: Project,
  body: unknown,
  onPublished: () => void = () => {},
): Promise<SaveResponse> {
  const request = checkSaveRequest(body);
  return serial(async () => {
    recover(project);
    const stale = request.changes
      .filter((c) => versionOf(project, c.file) !== c.baseVersion)
      .map((c) => c.file);
    if (stale.length > 0) {
      throw new StudioFailure(
        409,
        `${stale.join(', ')} changed on disk since the studio read ${stale.length === 1 ? 'it' : 'them'} (another tab, an editor, a git pull). Nothing was saved; reload the project and make the change again.`,
        { stale },
      );
    }

    // The source records of new texts get the file name and hash of what is stored.
    const jsonOf = new Map(request.changes.map((c) => [c.file, c.json]));
    const texts = request.texts ?? [];
    if (texts.length > 0 && !jsonOf.has('seeds/sources.json')) {
      const bytes = readBytes(project, 'seeds/sources.json');
      jsonOf.set(
        'seeds/sources.json',
        bytes ? (JSON.parse(bytes.toString('utf8')) as unknown) : {},
      );
    }
    const after = new Map<string, Uint8Array | undefined>();
    const sums = new Map<string, string>();
    for (const t of texts) {
      const record = sourceRecords(jsonOf.get('seeds/sources.json')).find(
        (s) => s.id === t.sourceId,
      );
      if (!record)
        throw bad(`texts names source "${t.sourceId}", which seeds/sources.json does not list.`);
      const bytes = Buffer.from(t.text, 'utf8');
      Object.assign(record, { file: `${t.sourceId}.txt`, sha256: sha256(bytes) });
      after.set(`seeds/${t.sourceId}.txt`, bytes);
      if (t.html !== undefined) after.set(`seeds/${t.sourceId}.html`, Buffer.from(t.html, 'utf8'));
      sums.set(`${t.sourceId}.txt`, sha256(bytes));
    }
    for (const [file, json] of jsonOf) {
      after.set(file, json === null ? undefined : Buffer.from(await formatFile(file, json)));
    }
    if (sums.size > 0) {
      after.set(CHECKSUMS_FILE, Buffer.from(checksums(readBytes(project, CHECKSUMS_FILE), sums)));
    }

    const files = readProjectFiles(project.root);
    for (const [rel, bytes] of after) {
      if (bytes === undefined) files.delete(rel);
      else files.set(rel, bytes);
    }
    const result = await verifyProject(files, { inProgress: true });
    if (result.errors.length > 0) {
      const problems = result.errors.map(toProblem);
      keepDraft(project, request, problems);
      throw new StudioFailure(
        422,
        `The save does not pass verification (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was written, and it is kept as a draft.`,
        { problems },
      );
    }
    commit(project, entryFor(project, request.label, after));
    publish(project, result);
    onPublished();
    const versions: Partial<Record<ProjectFile, string>> = {};
    for (const file of jsonOf.keys()) {
      const v = versionOf(project, file);
      if (v !== null) versions[file] = v;
    }
    return { ok: true, versions, published: true, warnings: result.warnings };
  });
}

export function undo(project: Project, onPublished: () => void = () => {}): Promise<UndoResponse> {
  return serial(async () => {
    recover(project);
    const entry = undoLast(project);
    const result = await verifyProject(readProjectFiles(project.root), { inProgress: true });
    if (result.errors.length === 0) {
      publish(project, result);
      onPublished();
    }
    const versions: Partial<Record<ProjectFile, string>> = {};
    for (const f of entry.files) {
      const v = versionOf(project, f.rel);
      if (v !== null && /^(data|seeds)\/.*\.json$/.test(f.rel)) versions[f.rel as ProjectFile] = v;
    }
    return { ok: true, versions, label: entry.label };
  });
}
