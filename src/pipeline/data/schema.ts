/**
 * The curated files, checked against their schemas (src/lib/data/schema/). Shape only (types,
 * enums, formats, lengths, record-local consistency); whether references resolve and quotes occur
 * is checked later, in links.ts, quotes.ts and geometry.ts. Every problem is collected, and a
 * record with any problem is left out of the later checks so they never see half-valid data.
 */
import * as v from 'valibot';
import {
  ClaimSchema,
  DATA_FILES,
  PlaceSchema,
  SourceSchema,
  isId,
  recordNaming,
  toProblems,
  type Claim,
  type Naming,
  type Place,
  type Source,
} from '../../lib/data/schema/index.ts';
import { closest, describe } from '../../lib/data/schema/messages.ts';
import { dataError, type DataError } from './errors.ts';
import { duplicateKeyProblem, type DuplicateKey } from './json.ts';

export { CATEGORIES } from '../../lib/data/vocabulary.ts';
export { isIsoDay } from '../../lib/data/schema/index.ts';
export { parseJson } from './json.ts';

export const SOURCES_FILE = DATA_FILES.sources.file;
export const PLACES_FILE = DATA_FILES.places.file;
export const CLAIMS_FILE = DATA_FILES.claims.file;

export interface Checked<T> {
  /** records that passed every shape check */
  valid: T[];
  /** every id that was written down, valid record or not, so references to it are not also reported */
  ids: Set<string>;
  /** the same ids in file order, repeats included, for the collision check */
  idList: string[];
  /** false when the file could not be read as records, so references into it are not judged */
  loaded: boolean;
}

const LABELS: Record<string, string> = {
  [SOURCES_FILE]: 'source',
  [PLACES_FILE]: 'place',
  [CLAIMS_FILE]: 'claim',
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Duplicate keys as errors, each naming the record it is in (`naming`) and the field. */
export function duplicateKeyErrors(
  file: string,
  duplicates: readonly DuplicateKey[],
  naming: (path: DuplicateKey['path']) => { id: string | null; field: string },
): DataError[] {
  return duplicates.map((d) => {
    const { id, field } = naming(d.path);
    const { message, fix } = duplicateKeyProblem(d);
    return dataError(file, id, field, message, fix);
  });
}

/**
 * The records of a curated array file, which is `{ "$schema": …, "<key>": [ … ] }`; undefined
 * (with the problem reported) when the file is not of that shape.
 */
export function unwrapRecords(
  value: unknown,
  file: keyof typeof DATA_FILES,
  errors: DataError[],
): unknown {
  const { file: path, key, schema } = DATA_FILES[file];
  if (value === undefined) return undefined;
  const shape = `{ "$schema": "${schema}", "${key}": [ … ] }`;
  if (!isObject(value)) {
    errors.push(
      dataError(
        path,
        null,
        '',
        `must be a JSON object ${shape}, not ${describe(value)}.`,
        `Wrap the records: ${shape} (see docs/data.md).`,
      ),
    );
    return undefined;
  }
  const allowed = ['$schema', key];
  for (const k of Object.keys(value)) {
    if (allowed.includes(k)) continue;
    const guess = closest(k, allowed);
    errors.push(
      dataError(
        path,
        null,
        k,
        `unknown field "${k}".`,
        guess
          ? `Did you mean "${guess}"? Allowed fields: ${allowed.join(', ')}.`
          : `Remove it; the records go in "${key}".`,
      ),
    );
  }
  if ('$schema' in value && typeof value.$schema !== 'string') {
    errors.push(
      dataError(
        path,
        null,
        '$schema',
        `must be a string, not ${describe(value.$schema)}.`,
        `Write "$schema": "${schema}".`,
      ),
    );
  }
  if (!(key in value)) {
    errors.push(
      dataError(
        path,
        null,
        key,
        'is missing.',
        `Put the records in "${key}": [ … ] (see docs/data.md).`,
      ),
    );
    return undefined;
  }
  return value[key];
}

/** Duplicate keys of an array file, named as its records' problems are. */
export function recordFileDuplicates(
  file: keyof typeof DATA_FILES,
  value: unknown,
  duplicates: readonly DuplicateKey[],
): DataError[] {
  const { file: path, key } = DATA_FILES[file];
  const records = isObject(value) && Array.isArray(value[key]) ? (value[key] as unknown[]) : [];
  return duplicateKeyErrors(path, duplicates, (p) => {
    const [head, index, ...rest] = p;
    if (head !== key || typeof index !== 'number') return { id: null, field: p.join('.') };
    return named(recordNaming(records[index], index), rest);
  });
}

export function named(
  naming: Naming,
  keys: (string | number)[],
): { id: string | null; field: string } {
  const { id, rest, prefix } = naming(keys);
  let field = prefix;
  for (const k of rest) field += typeof k === 'number' ? `[${k}]` : field === '' ? k : `.${k}`;
  return { id, field };
}

function checkRecords<S extends v.GenericSchema>(
  value: unknown,
  file: string,
  errors: DataError[],
  schema: S,
): Checked<v.InferOutput<S>> {
  const result: Checked<v.InferOutput<S>> = {
    valid: [],
    ids: new Set(),
    idList: [],
    loaded: false,
  };
  // An unreadable file has been reported already.
  if (value === undefined) return result;
  if (!Array.isArray(value)) {
    errors.push(
      dataError(
        file,
        null,
        '',
        `must be a JSON array of records, not ${describe(value)}.`,
        'Wrap the records in [ … ].',
      ),
    );
    return result;
  }
  if (value.length === 0) {
    // Checked as unread, so every reference into it is not reported once more.
    const label = LABELS[file] ?? 'record';
    errors.push(
      dataError(
        file,
        null,
        '',
        `has no ${label}s: the list is empty.`,
        `Add the ${label}s (see docs/data.md); an empty file is usually a failed export or an accidental save.`,
      ),
    );
    return result;
  }
  result.loaded = true;
  value.forEach((record, index) => {
    if (isId((record as { id?: unknown } | null)?.id)) {
      const id = (record as { id: string }).id;
      result.ids.add(id);
      result.idList.push(id);
    }
    const parsed = v.safeParse(schema, record);
    if (parsed.success) {
      result.valid.push(parsed.output);
      return;
    }
    for (const p of toProblems(parsed.issues, recordNaming(record, index), 'id')) {
      errors.push(dataError(file, p.id, p.field, p.message, p.fix));
    }
  });
  return result;
}

export function checkSources(value: unknown, errors: DataError[]): Checked<Source> {
  return checkRecords(value, SOURCES_FILE, errors, SourceSchema);
}

export function checkPlaces(value: unknown, errors: DataError[]): Checked<Place> {
  return checkRecords(value, PLACES_FILE, errors, PlaceSchema);
}

export function checkClaims(value: unknown, errors: DataError[]): Checked<Claim> {
  return checkRecords(value, CLAIMS_FILE, errors, ClaimSchema);
}
