/**
 * The JSON Schemas an editor checks the curated files against: generated from the valibot
 * schemas and committed up to date, accepting the real data and the legal fixtures, and
 * rejecting hostile records, as judged by an independent JSON Schema validator (Ajv).
 */
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonSchemas, SCHEMA_DIR } from './json-schema.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures');
// ajv-formats is CommonJS: its default export arrives wrapped under some loaders
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv) => Ajv;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Json;
let validate: Record<'sources' | 'places' | 'claims' | 'briefing', ValidateFunction>;

beforeAll(() => {
  const ajv = addFormats(new Ajv({ allErrors: true, strict: true }));
  const load = (name: string) => ajv.compile(read(join(ROOT, SCHEMA_DIR, `${name}.schema.json`)));
  validate = {
    sources: load('sources'),
    places: load('places'),
    claims: load('claims'),
    briefing: load('briefing'),
  };
});

function accepts(which: keyof typeof validate, value: unknown): void {
  const ok = validate[which](value);
  expect(ok, JSON.stringify(validate[which].errors, null, 2)).toBe(true);
}

describe('the JSON Schemas in data/schema/', () => {
  it('are the ones the valibot schemas generate (run `npm run data` after changing them)', async () => {
    for (const [name, text] of await jsonSchemas()) {
      expect(readFileSync(join(ROOT, SCHEMA_DIR, name), 'utf8'), name).toBe(text);
    }
  });

  it('accept the real data', () => {
    accepts('sources', read(join(ROOT, 'seeds/sources.json')));
    accepts('places', read(join(ROOT, 'data/places.json')));
    accepts('claims', read(join(ROOT, 'data/claims.json')));
    for (const name of readdirSync(join(ROOT, 'data/briefings'))) {
      accepts('briefing', read(join(ROOT, 'data/briefings', name)));
    }
  });

  it('accept the valid and the hostile-but-legal fixtures', () => {
    for (const dir of ['data/valid', 'hostile/legal']) {
      accepts('sources', read(join(FIXTURES, dir, 'seeds/sources.json')));
      accepts('places', read(join(FIXTURES, dir, 'data/places.json')));
      accepts('claims', read(join(FIXTURES, dir, 'data/claims.json')));
    }
  });

  it('name the schema each data file points at', () => {
    expect(read(join(ROOT, 'data/places.json')).$schema).toBe('./schema/places.schema.json');
    expect(read(join(ROOT, 'data/claims.json')).$schema).toBe('./schema/claims.schema.json');
    expect(read(join(ROOT, 'seeds/sources.json')).$schema).toBe(
      '../data/schema/sources.schema.json',
    );
  });
});

describe('hostile records', () => {
  const legal = (file: string) => read(join(FIXTURES, 'hostile/legal', file));
  const HUGE = 'x'.repeat(100 * 1024);
  const point = (coordinates: unknown[]) => ({
    from: 'curated-point',
    coordinates,
    source: 'fixture',
    uncertainty_km: 5,
  });

  // what an editor flags as the curator types
  const REJECTED: [string, keyof typeof validate, string, (f: Json) => void][] = [
    ['a 100 KB place name', 'places', 'data/places.json', (f) => (f.places[0].name.en = HUGE)],
    ['a 100 KB quote', 'claims', 'data/claims.json', (f) => (f.claims[0].quotes[0].text = HUGE)],
    ['a 100 KB id', 'claims', 'data/claims.json', (f) => (f.claims[0].id = HUGE)],
    [
      'a longitude of 1e308',
      'places',
      'data/places.json',
      (f) => (f.places[0].geometry = point([1e308, 35])),
    ],
    [
      'a latitude of "NaN"',
      'places',
      'data/places.json',
      (f) => (f.places[0].geometry = point([44, 'NaN'])),
    ],
    [
      'a latitude of null',
      'places',
      'data/places.json',
      (f) => (f.places[0].geometry = point([44, null])),
    ],
    [
      'a number range up to 1e308',
      'claims',
      'data/claims.json',
      (f) => (f.claims.find((c: Json) => c.numbers).numbers[0].max = 1e308),
    ],
    [
      'a bidi override in an id',
      'claims',
      'data/claims.json',
      (f) => (f.claims[0].id = 'hostile\u202Eid'),
    ],
    [
      'a zero-width space in a reference',
      'claims',
      'data/claims.json',
      (f) => (f.claims[0].places = ['hostile-town\u200B']),
    ],
    [
      'a summary with trailing whitespace',
      'claims',
      'data/claims.json',
      (f) => (f.claims[0].summary += ' '),
    ],
    ['an unknown field', 'places', 'data/places.json', (f) => (f.places[0].provence = 'IQ-KI')],
    ['a missing field', 'places', 'data/places.json', (f) => delete f.places[0].aliases],
    [
      'an unknown category',
      'claims',
      'data/claims.json',
      (f) => (f.claims[0].category = 'attacks'),
    ],
    [
      'an unknown geometry',
      'places',
      'data/places.json',
      (f) => (f.places[0].geometry = { from: 'osm', id: 1 }),
    ],
    ['a file that is a bare array', 'places', 'data/places.json', (f) => (f.wrapped = false)],
  ];

  it.each(REJECTED)('rejects %s', (_, which, file, patch) => {
    const value = legal(file);
    patch(value);
    const input = value.wrapped === false ? value[which] : value;
    expect(validate[which](input)).toBe(false);
  });

  // Checked by the build only (see docs/data.md): JSON Schema has no keyword for these.
  const BUILD_ONLY: [string, keyof typeof validate, string, (f: Json) => void][] = [
    [
      'a bidi override in a place name',
      'places',
      'data/places.json',
      (f) => (f.places[0].name.en = '\u202Eevil'),
    ],
    [
      'a formula at the start of a summary',
      'claims',
      'data/claims.json',
      (f) => (f.claims[0].summary = '=HYPERLINK("x")'),
    ],
  ];

  it.each(BUILD_ONLY)('leaves %s to the build', (_, which, file, patch) => {
    const value = legal(file);
    patch(value);
    expect(validate[which](value)).toBe(true);
  });
});
