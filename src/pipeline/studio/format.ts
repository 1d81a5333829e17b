/**
 * How the studio writes a curated file: keys in the order the schema declares them (every
 * record type, nested objects too), one record per block, two-space indent, formatted as the
 * repository formats JSON. So editing one claim changes one block of lines: one diff hunk.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import type * as v from 'valibot';
import {
  ClaimsFileSchema,
  PlacesFileSchema,
  SourcesFileSchema,
  briefingFileSchema,
} from '../../lib/data/schema/index.ts';
import { MAX_BOUNDS, ZOOM_LIMITS } from '../../lib/data/extents.ts';
import type { ProjectFile } from '../../lib/data/studio-api.ts';

interface SchemaShape {
  type?: string;
  entries?: Record<string, SchemaShape>;
  wrapped?: SchemaShape;
  item?: SchemaShape;
  options?: SchemaShape[];
  key?: string;
  literal?: unknown;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The object option of a variant or union that this value is. */
function pickOption(options: SchemaShape[], key: string | undefined, value: unknown) {
  if (!isPlainObject(value)) return undefined;
  if (key !== undefined) {
    return options.find((o) => o.entries?.[key]?.literal === value[key]);
  }
  return options.find((o) => o.entries !== undefined);
}

/**
 * Where the curated files' own order differs from the schema's declaration order: the order
 * this repository's files have always had, so the studio's first save rewrites no record.
 * Keyed by the path of the object inside the file.
 */
const CONVENTION: Record<string, string[]> = {
  'places[]': ['id', 'name', 'aliases', 'kind', 'precision', 'country', 'province', 'geometry'],
  'claims[]': ['id', 'places', 'category', 'summary', 'occurred', 'numbers', 'quotes'],
  '': ['$schema', 'id', 'title', 'subtitle', 'steps'],
  'steps[]': ['id', 'heading', 'text', 'places', 'claims', 'key_quote', 'camera', 'filters'],
};

/** `keys` in the convention's order first, then the rest in the schema's. */
function conventional(path: string, keys: string[]): string[] {
  const first = (CONVENTION[path] ?? []).filter((k) => keys.includes(k));
  return [...first, ...keys.filter((k) => !first.includes(k))];
}

/** `value` with its object keys in the fixed order; keys the schema lacks follow, sorted. */
function ordered(schema: SchemaShape | undefined, value: unknown, path = ''): unknown {
  let s = schema;
  while (s && (s.type === 'optional' || s.type === 'nullable' || s.type === 'nullish')) {
    s = s.wrapped;
  }
  if (Array.isArray(value)) return value.map((item) => ordered(s?.item, item, `${path}[]`));
  if (!isPlainObject(value)) return value;
  if (s?.options) s = pickOption(s.options, s.key, value) ?? s;
  const entries = s?.entries ?? {};
  const known = conventional(path, Object.keys(entries)).filter((k) => k in value);
  const rest = Object.keys(value)
    .filter((k) => !(k in entries))
    .sort();
  const out: Record<string, unknown> = {};
  for (const k of [...known, ...rest]) {
    out[k] = ordered(entries[k], value[k], path === '' ? k : `${path}.${k}`);
  }
  return out;
}

function schemaOf(file: ProjectFile): v.GenericSchema {
  if (file === 'data/places.json') return PlacesFileSchema;
  if (file === 'data/claims.json') return ClaimsFileSchema;
  if (file === 'seeds/sources.json') return SourcesFileSchema;
  return briefingFileSchema({ bounds: MAX_BOUNDS, zoom: ZOOM_LIMITS });
}

let options: Promise<Record<string, unknown>> | undefined;

/** The repository's Prettier options, so a project's files pass the same `prettier --check`. */
function prettierOptions(): Promise<Record<string, unknown>> {
  const repo = fileURLToPath(new URL('../../..', import.meta.url));
  options ??= resolveConfig(join(repo, 'data/claims.json')).then((o) => ({
    ...(o ?? {}),
    plugins: [],
    parser: 'json',
  }));
  return options;
}

/**
 * The file's text as the studio writes it: data/ as Prettier formats JSON (the repository
 * checks it), seeds/sources.json as JSON.stringify does (seeds/ is kept as archived, unformatted).
 */
export async function formatFile(file: ProjectFile, json: unknown): Promise<string> {
  const text = `${JSON.stringify(ordered(schemaOf(file) as SchemaShape, json), null, 2)}\n`;
  return file.startsWith('seeds/') ? text : format(text, await prettierOptions());
}
