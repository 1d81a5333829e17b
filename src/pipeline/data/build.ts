/**
 * `npm run data`: validates the curated data (seeds/sources.json, data/places.json,
 * data/claims.json, data/briefings/*.json) against the source texts and the reference geography,
 * and writes the normalized published files (src/lib/data/published.ts) to public/data/ and
 * the article texts to public/sources/. Any failed check stops the build
 * before anything is written.
 */
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type {
  Briefing,
  Category,
  Claim,
  PublishedSource,
  Source,
  VerifiedClaim,
  VerifiedQuote,
} from '../../lib/data/types.ts';
import {
  briefingWarnings,
  checkBriefing,
  checkBriefingReferences,
  checkBriefingVisibility,
  publishBriefing,
  readBriefingFiles,
} from './briefings.ts';
import { corroborate, originsOf } from './corroboration.ts';
import { downloadOutputs } from './downloads.ts';
import { dataError, formatError, groupByFile, type DataError } from './errors.ts';
import { GeometryResolver, type ReferenceData, type ResolvedGeometry } from './geometry.ts';
import { checkIdCollisions, checkReferences, unusedRecords } from './links.ts';
import { describeQuoteProblem, verifyQuote } from './quotes.ts';
import { DATA_FILES } from '../../lib/data/schema/index.ts';
import { readJsonBytes } from './json.ts';
import {
  CATEGORIES,
  CLAIMS_FILE,
  SOURCES_FILE,
  type Checked,
  checkClaims,
  checkPlaces,
  checkSources,
  recordFileDuplicates,
  unwrapRecords,
} from './schema.ts';
import { writeJsonSchemas } from './json-schema.ts';
import { claimFiles, placeFeature, placesGeojson, searchIndexJson } from './normalized.ts';
import { indexClaim } from '../../lib/data/claim-index.ts';
import { PUBLISHED_FILES } from '../../lib/data/published.ts';
import { recoverPublished, writeOutputs } from './write.ts';
import { CHECKSUMS_FILE, readProjectFiles, type ProjectFiles } from '../project/files.ts';

/** The fixed outputs (the claim shards, data/claims/NN.json, come beside them). */
export const OUTPUT_FILES = {
  places: `data/${PUBLISHED_FILES.places}`,
  claimIndex: `data/${PUBLISHED_FILES.claimIndex}`,
  sources: `data/${PUBLISHED_FILES.sources}`,
  briefings: `data/${PUBLISHED_FILES.briefings}`,
  searchIndex: `data/${PUBLISHED_FILES.searchIndex}`,
  sourcesDir: 'sources',
} as const;

export interface BuildOptions {
  /** the folder holding seeds/ and data/ */
  rootDir: string;
  /** where to write (public/); nothing is written when omitted or when a check fails */
  outDir?: string;
  /** the reference geography; defaults to src/pipeline/reference */
  reference?: ReferenceData;
}

export interface VerifyOptions {
  /** the reference geography; defaults to src/pipeline/reference */
  reference?: ReferenceData;
  /**
   * Work in progress (the studio's saves): an empty record list is a warning, not an error, so
   * a source can be saved before its first claim. The build allows that only for a project
   * with no sources yet (a new project), which publishes an empty map.
   */
  inProgress?: boolean;
}

export interface BuildSummary {
  sources: number;
  places: number;
  claims: number;
  quotes: number;
  categories: Partial<Record<Category, number>>;
  /** steps per briefing, by briefing id */
  briefings: Record<string, number>;
  /** measured lengths of border features, by place id */
  borders: Record<string, number>;
  /** bytes per output file */
  bytes: Record<string, number>;
}

export interface BuildResult {
  errors: DataError[];
  /** not fatal: unused places and sources */
  warnings: string[];
  /** output path (relative to outDir) → contents; empty when there are errors */
  outputs: Map<string, string | Uint8Array>;
  summary: BuildSummary | undefined;
}

interface SourceText {
  bytes: Uint8Array;
  text: string;
}

/** The records of one curated array file, read strictly; undefined when it cannot be read. */
function readRecords(
  files: ProjectFiles,
  which: keyof typeof DATA_FILES,
  errors: DataError[],
): unknown {
  const file = DATA_FILES[which].file;
  const bytes = files.get(file);
  if (bytes === undefined) {
    errors.push(dataError(file, null, '', 'does not exist.', `Create ${file} (see docs/data.md).`));
    return undefined;
  }
  const parsed = readJsonBytes(bytes, file);
  if (!parsed.ok) {
    errors.push(parsed.error);
    return undefined;
  }
  errors.push(...recordFileDuplicates(which, parsed.value, parsed.duplicates));
  return unwrapRecords(parsed.value, which, errors);
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** `SHA256SUMS` as `file → hash`, if the seeds folder has one. */
function readChecksums(files: ProjectFiles): Map<string, string> | undefined {
  const bytes = files.get(CHECKSUMS_FILE);
  if (bytes === undefined) return undefined;
  const sums = new Map<string, string>();
  for (const line of Buffer.from(bytes).toString('utf8').split('\n')) {
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.trim());
    if (m) sums.set(m[2] as string, m[1] as string);
  }
  return sums;
}

/** Reads each source's text, checking its hash and encoding. */
function readSourceTexts(
  files: ProjectFiles,
  sources: readonly Source[],
  errors: DataError[],
): Map<string, SourceText> {
  const texts = new Map<string, SourceText>();
  const sums = readChecksums(files);
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  for (const s of sources) {
    const bytes = files.get(`seeds/${s.file}`);
    if (bytes === undefined) {
      errors.push(
        dataError(
          SOURCES_FILE,
          s.id,
          'file',
          `seeds/${s.file} does not exist.`,
          'Copy the article text byte-for-byte from ../shared/seeds/, or correct the file name.',
        ),
      );
      continue;
    }
    const actual = sha256(bytes);
    const listed = sums?.get(s.file);
    if (listed !== undefined && listed !== s.sha256) {
      errors.push(
        dataError(
          SOURCES_FILE,
          s.id,
          'sha256',
          `is ${s.sha256}, but seeds/SHA256SUMS lists ${listed} for ${s.file}.`,
          'Copy the hash from SHA256SUMS.',
        ),
      );
    }
    if (actual !== s.sha256) {
      errors.push(
        dataError(
          SOURCES_FILE,
          s.id,
          'sha256',
          `is ${s.sha256}, but seeds/${s.file} hashes to ${actual}.`,
          'The text must be a byte-for-byte copy: restore it from ../shared/seeds/ (never edit a seed), or correct the hash.',
        ),
      );
      continue;
    }
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      errors.push(
        dataError(
          SOURCES_FILE,
          s.id,
          'file',
          `seeds/${s.file} is not valid UTF-8.`,
          'Re-save the source text as UTF-8 (then update its sha256).',
        ),
      );
      continue;
    }
    if (text.startsWith('\uFEFF')) {
      // Browsers drop a BOM when decoding, which would shift every offset in the app by one.
      errors.push(
        dataError(
          SOURCES_FILE,
          s.id,
          'file',
          `seeds/${s.file} starts with a byte order mark.`,
          'Remove the BOM from the text (then update its sha256).',
        ),
      );
      continue;
    }
    texts.set(s.id, { bytes, text });
  }
  return texts;
}

/** Verifies every quote; returns the verified quotes of each claim whose quotes all passed. */
function verifyClaims(
  claims: readonly Claim[],
  sources: ReadonlyMap<string, Source>,
  texts: ReadonlyMap<string, SourceText>,
  errors: DataError[],
): Map<string, VerifiedQuote[]> {
  const verified = new Map<string, VerifiedQuote[]>();
  for (const claim of claims) {
    const quotes: VerifiedQuote[] = [];
    claim.quotes.forEach((q, i) => {
      const source = sources.get(q.source);
      const text = texts.get(q.source);
      if (!source || !text) return;
      const result = verifyQuote(text.text, q);
      if (!result.ok) {
        const { message, fix } = describeQuoteProblem(result, q, { ...source, text: text.text });
        errors.push(dataError(CLAIMS_FILE, claim.id, `quotes[${i}].text`, message, fix));
        return;
      }
      quotes.push({
        source: q.source,
        text: q.text,
        ...(q.occurrence !== undefined ? { occurrence: q.occurrence } : {}),
        start: result.start,
        end: result.end,
      });
    });
    claim.numbers?.forEach((n, i) => {
      if (!claim.quotes.some((q) => q.text.includes(n.as_written))) {
        errors.push(
          dataError(
            CLAIMS_FILE,
            claim.id,
            `numbers[${i}].as_written`,
            `${JSON.stringify(n.as_written)} does not occur in any of the claim's quotes.`,
            'Copy the words exactly as a quote has them, or quote the passage that gives the number.',
          ),
        );
      }
    });
    const latest = claim.quotes
      .map((q) => sources.get(q.source)?.date)
      .filter((d): d is string => d !== undefined)
      .sort()
      .at(-1);
    // Compare at the source date's precision: "2019-07" covers every day of July.
    if (claim.occurred && latest && claim.occurred.start.slice(0, latest.length) > latest) {
      errors.push(
        dataError(
          CLAIMS_FILE,
          claim.id,
          'occurred.start',
          `${claim.occurred.start} is after the latest quoting source was published (${latest}).`,
          'Work the date out again from the text and its publication date (occurred is when it happened, not when it was reported).',
        ),
      );
    }
    if (quotes.length === claim.quotes.length) verified.set(claim.id, quotes);
  }
  return verified;
}

function verifiedClaim(
  claim: Claim,
  quotes: VerifiedQuote[],
  sources: ReadonlyMap<string, Source>,
): VerifiedClaim {
  const dates = quotes.map((q) => sources.get(q.source)?.date ?? '').sort();
  // Keys in a fixed order, so the output diffs cleanly.
  return {
    id: claim.id,
    places: claim.places,
    category: claim.category,
    summary: claim.summary,
    ...(claim.occurred
      ? {
          occurred: {
            start: claim.occurred.start,
            end: claim.occurred.end,
            precision: claim.occurred.precision,
            basis: claim.occurred.basis,
          },
        }
      : {}),
    ...(claim.numbers
      ? {
          numbers: claim.numbers.map((n) => ({
            what: n.what,
            min: n.min,
            max: n.max,
            as_written: n.as_written,
          })),
        }
      : {}),
    quotes,
    ...(claim.conflicts_with ? { conflicts_with: [...claim.conflicts_with].sort() } : {}),
    ...(claim.conflict_note ? { conflict_note: claim.conflict_note } : {}),
    reported: { first: dates[0] ?? '', last: dates[dates.length - 1] ?? '' },
    corroboration: corroborate(
      quotes.map((q) => q.source),
      sources,
    ),
  };
}

function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

async function defaultReference(): Promise<ReferenceData> {
  return import('../reference/index.ts');
}

/** Runs every check on the dataset in `rootDir`; writes the outputs to `outDir` if all pass. */
export async function buildDataset(options: BuildOptions): Promise<BuildResult> {
  const { rootDir, outDir } = options;
  // A killed earlier run may have left half a publish behind: never let it reach dist/.
  if (outDir !== undefined) recoverPublished(outDir, ['data', OUTPUT_FILES.sourcesDir]);
  const result = await verifyProject(readProjectFiles(rootDir), options);
  if (outDir !== undefined && result.errors.length === 0) {
    writeOutputs(outDir, result.outputs, OUTPUT_FILES.sourcesDir);
  }
  return result;
}

/** A loaded record file with no records, for a project that has none yet. */
function noRecords<T>(): Checked<T> {
  return { valid: [], ids: new Set(), idList: [], loaded: true };
}

/**
 * Runs every check on a project given as file contents (what `npm run data` reads from disk,
 * or the studio's save with its changes in place) and computes the outputs; writes nothing.
 */
export async function verifyProject(
  files: ProjectFiles,
  options: VerifyOptions = {},
): Promise<BuildResult> {
  const errors: DataError[] = [];
  const fail = (): BuildResult => ({
    errors,
    warnings: [],
    outputs: new Map(),
    summary: undefined,
  });

  const raw = {
    sources: readRecords(files, 'sources', errors),
    places: readRecords(files, 'places', errors),
    claims: readRecords(files, 'claims', errors),
  };
  const isEmpty = (which: keyof typeof raw) =>
    Array.isArray(raw[which]) && (raw[which] as unknown[]).length === 0;
  // A new project has no sources yet: it publishes an empty map (the app's welcome state).
  const lenient = options.inProgress === true || isEmpty('sources');
  const emptyWarnings: string[] = [];
  const checked = <T>(
    which: keyof typeof raw,
    check: (value: unknown, errors: DataError[]) => Checked<T>,
  ): Checked<T> => {
    if (!lenient || !isEmpty(which)) return check(raw[which], errors);
    emptyWarnings.push(
      `${DATA_FILES[which].file} has no ${which} yet: the published map shows none.`,
    );
    return noRecords();
  };
  const sources = checked('sources', checkSources);
  const places = checked('places', checkPlaces);
  const claims = checked('claims', checkClaims);
  const input = { sources, places, claims };
  checkIdCollisions(input, errors);
  checkReferences(input, errors);

  const briefings: { file: string; briefing: Briefing }[] = [];
  for (const { file, value } of readBriefingFiles(files, errors)) {
    const briefing = checkBriefing(value, file, errors);
    if (!briefing) continue;
    checkBriefingReferences(briefing, file, input, errors);
    briefings.push({ file, briefing });
  }

  const sourceById = new Map(sources.valid.map((s) => [s.id, s]));
  const texts = readSourceTexts(files, sources.valid, errors);
  const quotesByClaim = verifyClaims(claims.valid, sourceById, texts, errors);
  const reference = options.reference ?? (await defaultReference());
  const geometries = new GeometryResolver(reference, errors).resolveAll(places.valid);
  if (errors.length > 0) return fail();

  const verified = [...claims.valid]
    .sort(byId)
    .map((c) => verifiedClaim(c, quotesByClaim.get(c.id) ?? [], sourceById));
  // Indexed once: scanning every claim for every place is quadratic (minutes at 10^5 places).
  const claimsAt = new Map<string, VerifiedClaim[]>();
  for (const c of verified) {
    for (const id of new Set(c.places)) {
      const list = claimsAt.get(id);
      if (list) list.push(c);
      else claimsAt.set(id, [c]);
    }
  }
  const features = [...places.valid].sort(byId).map((place) => {
    const geometry = geometries.get(place.id) as ResolvedGeometry;
    return placeFeature(place, geometry, claimsAt.get(place.id) ?? [], sourceById);
  });

  const indexed = new Map(verified.map((c) => [c.id, indexClaim(c)]));
  const placeClaims = features.map((f) => ({
    id: f.properties.id,
    precision: f.properties.precision,
    claims: (claimsAt.get(f.properties.id) ?? []).map((c) => indexed.get(c.id)!),
  }));
  for (const { file, briefing } of briefings) {
    checkBriefingVisibility(briefing, file, placeClaims, sources.valid, errors);
  }
  if (errors.length > 0) return fail();
  const claimById = new Map(verified.map((c) => [c.id, c]));

  const published: PublishedSource[] = [...sources.valid].sort(byId).map((s) => ({
    id: s.id,
    file: s.file,
    sha256: s.sha256,
    publication: s.publication,
    headline: s.headline,
    authors: s.authors,
    date: s.date,
    date_precision: s.date_precision,
    date_basis: s.date_basis,
    language: s.language,
    derived_from: s.derived_from.map((d) => ({
      source: d.source,
      relation: d.relation,
      evidence: d.evidence,
    })),
    ...(s.url !== undefined ? { url: s.url } : {}),
    ...(s.archive_url !== undefined ? { archive_url: s.archive_url } : {}),
    ...(s.note !== undefined ? { note: s.note } : {}),
    path: `${OUTPUT_FILES.sourcesDir}/${s.file}`,
    length: texts.get(s.id)?.text.length ?? 0,
    origins: originsOf(s.id, sourceById),
  }));

  const outputs = new Map<string, string | Uint8Array>();
  outputs.set(OUTPUT_FILES.places, placesGeojson(features));
  for (const [path, text] of claimFiles(verified)) outputs.set(path, text);
  outputs.set(OUTPUT_FILES.searchIndex, searchIndexJson([...places.valid].sort(byId), claimsAt));
  outputs.set(OUTPUT_FILES.sources, `${JSON.stringify(published, null, 2)}\n`);
  const downloads = downloadOutputs({ features, claims: verified, sources: published, texts });
  for (const [path, text] of downloads) outputs.set(path, text);
  outputs.set(
    OUTPUT_FILES.briefings,
    `${JSON.stringify(
      briefings.map((b) => publishBriefing(b.briefing)),
      null,
      2,
    )}\n`,
  );
  for (const s of published) {
    const text = texts.get(s.id);
    if (text) outputs.set(s.path, text.bytes);
  }

  const categories: Partial<Record<Category, number>> = {};
  for (const category of CATEGORIES) {
    const n = verified.filter((c) => c.category === category).length;
    if (n > 0) categories[category] = n;
  }
  const borders: Record<string, number> = {};
  for (const f of features) {
    if (f.properties.measured_length_km !== undefined) {
      borders[f.properties.id] = f.properties.measured_length_km;
    }
  }
  const summary: BuildSummary = {
    sources: published.length,
    places: features.length,
    claims: verified.length,
    quotes: verified.reduce((n, c) => n + c.quotes.length, 0),
    categories,
    briefings: Object.fromEntries(briefings.map((b) => [b.briefing.id, b.briefing.steps.length])),
    borders,
    bytes: Object.fromEntries(
      [...outputs].map(([k, v]) => [k, typeof v === 'string' ? Buffer.byteLength(v) : v.length]),
    ),
  };

  const warnings = [
    ...emptyWarnings,
    ...unusedRecords(input),
    ...briefings.flatMap((b) => briefingWarnings(b.briefing, b.file, claimById, sourceById)),
  ];
  return { errors, warnings, outputs, summary };
}

export function formatReport(result: BuildResult): string {
  const lines: string[] = [];
  if (result.errors.length > 0) {
    lines.push(`✗ data build failed: ${result.errors.length} error(s)`);
    for (const [file, errs] of groupByFile(result.errors)) {
      lines.push('', `${file} (${errs.length})`);
      for (const e of errs) lines.push(`  ${formatError(e)}`);
    }
    lines.push('', 'See docs/data.md for what each check means.');
    return lines.join('\n');
  }
  for (const w of result.warnings) lines.push(`! ${w}`);
  const s = result.summary;
  if (s) {
    const cats = Object.entries(s.categories)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    lines.push(
      `✓ data: ${s.sources} sources, ${s.places} places, ${s.claims} claims, ${s.quotes} quotes verified`,
      `  categories: ${cats || 'none'}`,
    );
    for (const [id, steps] of Object.entries(s.briefings)) {
      lines.push(`  briefing ${id}: ${steps} steps`);
    }
    for (const [id, km] of Object.entries(s.borders)) {
      lines.push(`  ${id}: measured ${km} km (${(km / 1.609344).toFixed(0)} mi)`);
    }
    const sizes = Object.entries(s.bytes)
      .filter(([k]) => k.startsWith('data/'))
      .map(([k, b]) => `${k} ${(b / 1024).toFixed(1)} KB`);
    lines.push(
      `  wrote ${sizes.join(', ')} + ${Object.keys(s.bytes).length - sizes.length} source texts`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
  // --root and --out build another dataset elsewhere (the publishing tests use temporary folders)
  const { values } = parseArgs({
    options: { root: { type: 'string' }, out: { type: 'string' } },
  });
  // CITEMAP_PROJECT names a project folder made by `npm run new`; it publishes into this
  // repository's public/, which the app serves and `vite build` copies into dist/.
  const project = values.root ?? process.env.CITEMAP_PROJECT;
  const rootDir = resolve(project ?? repo);
  const outDir = resolve(values.out ?? join(values.root ?? repo, 'public'));
  // The editor schemas follow the validation schemas; kept in git, so a change shows in review.
  // A project keeps its own copies (its files name them by relative $schema paths).
  if (values.root === undefined) {
    for (const file of await writeJsonSchemas(rootDir)) console.log(`  updated ${file}`);
  }
  const result = await buildDataset({ rootDir, outDir });
  const report = formatReport(result);
  if (result.errors.length > 0) {
    console.error(report);
    process.exitCode = 1;
  } else {
    console.log(report);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
