/**
 * Reading the curated files strictly (found by a bad-input probe): bytes that are not UTF-8, a
 * byte order mark, a key written twice, an empty list, and the wrapped file shape.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDataset } from './build.ts';
import { findDuplicateKeys, invalidUtf8Offset } from './json.ts';

const VALID = resolve(import.meta.dirname, '../../../tests/fixtures/data/valid');

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A copy of the valid fixture with one file's bytes rewritten. */
function withFile(file: string, rewrite: (bytes: Buffer) => Uint8Array | string): string {
  const dir = mkdtempSync(join(tmpdir(), 'citemap-reading-'));
  dirs.push(dir);
  cpSync(VALID, dir, { recursive: true });
  writeFileSync(join(dir, file), rewrite(readFileSync(join(dir, file))));
  return dir;
}

async function errorsOf(dir: string) {
  const r = await buildDataset({ rootDir: dir });
  expect(r.outputs.size).toBe(0);
  return r.errors;
}

describe('bytes that are not UTF-8', () => {
  it('are rejected in data/claims.json, naming the byte offset', async () => {
    // "Kirkuk" → "Kirk\xFCk": Latin-1 ü, which a replacing decoder would publish as U+FFFD
    const dir = withFile('data/claims.json', (b) => {
      const at = b.indexOf('Kirkuk');
      const out = Buffer.concat([b.subarray(0, at + 4), Buffer.from([0xfc]), b.subarray(at + 5)]);
      return out;
    });
    const original = readFileSync(join(VALID, 'data/claims.json'));
    const offset = original.indexOf('Kirkuk') + 4;
    const errors = await errorsOf(dir);
    expect(errors).toEqual([
      {
        file: 'data/claims.json',
        id: null,
        field: '',
        message: expect.stringMatching(
          new RegExp(`^is not valid UTF-8: the byte 0xFC at offset ${offset} \\(line \\d+\\)`),
        ),
        fix: expect.stringMatching(/^Re-save the file as UTF-8/),
      },
    ]);
  });

  it('are rejected in a briefing too', async () => {
    const dir = withFile('data/briefings/kirkuk-tour.json', (b) =>
      Buffer.concat([b.subarray(0, 20), Buffer.from([0xc3, 0x28]), b.subarray(20)]),
    );
    const errors = await errorsOf(dir);
    expect(errors.map((e) => [e.file, e.message.slice(0, 42)])).toEqual([
      ['data/briefings/kirkuk-tour.json', 'is not valid UTF-8: the byte 0xC3 at offse'],
    ]);
  });

  it('finds overlong forms, surrogates and truncated sequences', () => {
    const at = (...b: number[]) => invalidUtf8Offset(new Uint8Array(b));
    expect(at(0x41, 0xe2, 0x80, 0x99)).toBeUndefined();
    expect(at(0xf0, 0x9f, 0x98, 0x80)).toBeUndefined();
    expect(at(0x41, 0xc0, 0xaf)).toBe(1);
    expect(at(0xed, 0xa0, 0x80)).toBe(0);
    expect(at(0x41, 0x42, 0xe2, 0x80)).toBe(2);
    expect(at(0xf4, 0x90, 0x80, 0x80)).toBe(0);
  });
});

describe('a byte order mark', () => {
  it.each(['data/places.json', 'data/claims.json', 'seeds/sources.json'])(
    'at the start of %s is named, with the fix',
    async (file) => {
      const dir = withFile(file, (b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]));
      expect(await errorsOf(dir)).toEqual([
        {
          file,
          id: null,
          field: '',
          message: 'starts with a byte order mark (U+FEFF).',
          fix: 'Save the file as "UTF-8" rather than "UTF-8 with BOM" (JSON does not allow a byte order mark).',
        },
      ]);
    },
  );
});

describe('a key written twice in one object', () => {
  it('is rejected, naming file, record, field, and both places', async () => {
    const dir = withFile('data/claims.json', (b) =>
      b
        .toString('utf8')
        .replace(
          '"category": "attack",',
          '"category": "attack",\n      "summary": "A first summary, silently dropped by JSON.parse.",',
        ),
    );
    const errors = await errorsOf(dir);
    expect(errors).toEqual([
      {
        file: 'data/claims.json',
        id: 'kirkuk-checkpoint-attack',
        field: 'summary',
        message: expect.stringMatching(
          /^has "summary" twice \(line \d+, column 7 and line \d+, column 7\); JSON keeps only the last/,
        ),
        fix: 'Keep one "summary" (merge what the two say) and delete the other.',
      },
    ]);
  });

  it('is found in nested objects and in briefing steps', async () => {
    expect(findDuplicateKeys('{"a": [{"b": 1}, {"c": {"d": 1, "d": 2}}], "e": "\\"d\\""}')).toEqual(
      [
        {
          path: ['a', 1, 'c', 'd'],
          first: { line: 1, column: 25 },
          second: { line: 1, column: 33 },
        },
      ],
    );
    const dir = withFile('data/briefings/kirkuk-tour.json', (b) =>
      b.toString('utf8').replace('"heading": ', '"heading": "Twice",\n      "heading": '),
    );
    const errors = await errorsOf(dir);
    expect(errors.map((e) => [e.file, e.id, e.field])).toEqual([
      ['data/briefings/kirkuk-tour.json', 'checkpoint', 'heading'],
    ]);
  });
});

describe('an empty list', () => {
  it.each([
    ['data/claims.json', 'claims', 'claim'],
    ['data/places.json', 'places', 'place'],
  ])(
    'in %s is reported once, as empty, not through what refers to it',
    async (file, key, label) => {
      const dir = withFile(file, () => `{ "${key}": [] }\n`);
      expect(await errorsOf(dir)).toEqual([
        {
          file,
          id: null,
          field: '',
          message: `has no ${label}s: the list is empty.`,
          fix: expect.stringMatching(new RegExp(`^Add the ${label}s`)),
        },
      ]);
    },
  );

  it('fails the build even with no briefing to cascade through', async () => {
    const dir = withFile('data/claims.json', () => '{ "claims": [] }\n');
    rmSync(join(dir, 'data/briefings'), { recursive: true });
    const errors = await errorsOf(dir);
    expect(errors.map((e) => [e.file, e.field])).toEqual([['data/claims.json', '']]);
  });
});

describe('the file shape', () => {
  it('asks for the records to be wrapped when a file is a bare array', async () => {
    const dir = withFile('data/places.json', (b) =>
      JSON.stringify((JSON.parse(b.toString('utf8')) as { places: unknown[] }).places),
    );
    expect(await errorsOf(dir)).toEqual([
      {
        file: 'data/places.json',
        id: null,
        field: '',
        message:
          'must be a JSON object { "$schema": "./schema/places.schema.json", "places": [ … ] }, not an array.',
        fix: 'Wrap the records: { "$schema": "./schema/places.schema.json", "places": [ … ] } (see docs/data.md).',
      },
    ]);
  });

  it('names a misspelt records key', async () => {
    const dir = withFile('data/places.json', (b) =>
      b.toString('utf8').replace('"places":', '"place":'),
    );
    const errors = await errorsOf(dir);
    expect(errors.map((e) => [e.field, e.message, e.fix])).toEqual([
      [
        'place',
        'unknown field "place".',
        'Did you mean "places"? Allowed fields: $schema, places.',
      ],
      ['places', 'is missing.', 'Put the records in "places": [ … ] (see docs/data.md).'],
    ]);
  });
});
