/**
 * JSON Schemas of the curated files, generated from the valibot schemas (the single source of
 * truth) into data/schema/, kept in git, and named by each file's `$schema`, so a curator's
 * editor completes field names and flags mistakes while typing. JSON Schema cannot say
 * everything the build checks; what it cannot (listed in BUILD_ONLY and docs/data.md) is
 * checked by `npm run data` only.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { format, resolveConfig } from 'prettier';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type * as v from 'valibot';
import {
  ClaimsFileSchema,
  PlacesFileSchema,
  SourcesFileSchema,
  briefingFileSchema,
} from '../../lib/data/schema/index.ts';
import { MAX_BOUNDS, ZOOM_LIMITS } from '../../lib/data/extents.ts';

export const SCHEMA_DIR = 'data/schema';

/**
 * The valibot actions JSON Schema has no keyword for. Their rules (text hygiene, cross-field
 * consistency, uniqueness, calendar dates, the camera's region) are checked by the build only.
 */
const BUILD_ONLY = ['finite', 'check', 'raw_check', 'partial_check'] as const;

const FILES: { name: string; title: string; schema: v.GenericSchema }[] = [
  { name: 'sources', title: 'citemap seeds/sources.json', schema: SourcesFileSchema },
  { name: 'places', title: 'citemap data/places.json', schema: PlacesFileSchema },
  { name: 'claims', title: 'citemap data/claims.json', schema: ClaimsFileSchema },
  {
    name: 'briefing',
    title: 'citemap data/briefings/<id>.json',
    schema: briefingFileSchema({ bounds: MAX_BOUNDS, zoom: ZOOM_LIMITS }),
  },
];

/**
 * file name → JSON text, deterministic (the same schemas give the same bytes), formatted as
 * the repository formats JSON so `prettier --check` passes on them.
 */
export async function jsonSchemas(): Promise<Map<string, string>> {
  const repo = join(import.meta.dirname, '../../..');
  const options = (await resolveConfig(join(repo, SCHEMA_DIR, 'places.schema.json'))) ?? {};
  const out = new Map<string, string>();
  for (const { name, title, schema } of FILES) {
    const json = toJsonSchema(schema, {
      target: 'draft-07',
      typeMode: 'output',
      ignoreActions: [...BUILD_ONLY],
    });
    const document = {
      $schema: json.$schema,
      title,
      description:
        'Generated from src/lib/data/schema/ by `npm run data`; do not edit. Some rules (see docs/data.md) are checked by the build only.',
      ...json,
    };
    const text = await format(JSON.stringify(document, null, 2), { ...options, parser: 'json' });
    out.set(`${name}.schema.json`, text);
  }
  return out;
}

/** Writes the schemas under `rootDir`; returns the files that changed. */
export async function writeJsonSchemas(rootDir: string): Promise<string[]> {
  const dir = join(rootDir, SCHEMA_DIR);
  mkdirSync(dir, { recursive: true });
  const changed: string[] = [];
  for (const [name, text] of await jsonSchemas()) {
    const path = join(dir, name);
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    writeFileSync(path, text);
    changed.push(`${SCHEMA_DIR}/${name}`);
  }
  return changed;
}
