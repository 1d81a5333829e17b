import { check } from '@placemarkio/check-geojson';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dominantCategory } from '../../lib/data/format.ts';
import type { PublishedSource } from '../../lib/data/types.ts';
import { buildDataset, formatReport } from './build.ts';
import { assemble } from './reassemble.ts';

const FIXTURES = resolve(import.meta.dirname, '../../../tests/fixtures/data');
const fixture = (name: string) => join(FIXTURES, name);

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** [file, id, field] of each error a fixture produces */
async function errorsOf(name: string): Promise<[string, string | null, string][]> {
  const r = await buildDataset({ rootDir: fixture(name) });
  expect(r.outputs.size).toBe(0);
  return r.errors.map((e) => [e.file, e.id, e.field]);
}

describe('buildDataset on the valid fixture', () => {
  it('builds clean and writes every output', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'citemap-build-'));
    dirs.push(outDir);
    const r = await buildDataset({ rootDir: fixture('valid'), outDir });
    expect(r.errors).toEqual([]);
    expect(readdirSync(join(outDir, 'data')).sort()).toEqual([
      'briefings.json',
      'claim-index.json',
      'claims',
      'downloads',
      'places.geojson',
      'search-index.json',
      'sources.json',
    ]);
    expect(readdirSync(join(outDir, 'data/claims')).sort()).toEqual(
      ['00', '01', '02', '03', '04', '05', '06', '07'].map((n) => `${n}.json`),
    );
    // Source texts are byte-for-byte copies.
    for (const file of ['alpha.txt', 'beta.txt']) {
      expect(readFileSync(join(outDir, 'sources', file))).toEqual(
        readFileSync(join(fixture('valid'), 'seeds', file)),
      );
    }
    expect(formatReport(r)).toMatch(/^✓ data: 2 sources, 2 places, 2 claims, 4 quotes verified/);
  });

  it('records offsets that slice each quote back out of its source', async () => {
    const r = await buildDataset({ rootDir: fixture('valid') });
    const sources = JSON.parse(r.outputs.get('data/sources.json') as string) as PublishedSource[];
    const texts = new Map(
      sources.map((s) => [s.id, readFileSync(join(fixture('valid'), 'seeds', s.file), 'utf8')]),
    );
    const quotes = [...assemble(r.outputs).claimsById.values()].flatMap((c) => c.quotes);
    expect(quotes).toHaveLength(4);
    for (const q of quotes) expect(texts.get(q.source)?.slice(q.start, q.end)).toBe(q.text);
  });

  it('counts the rewrite as a second article but not a second origin', async () => {
    const r = await buildDataset({ rootDir: fixture('valid') });
    const kirkuk = assemble(r.outputs).places.find((p) => p.id === 'kirkuk');
    expect(kirkuk?.claims[0]?.corroboration).toEqual({
      articles: 2,
      independent_origins: 1,
      origins: ['alpha-2019-07-21'],
    });
    expect(kirkuk?.claims[0]?.reported).toEqual({ first: '2019-07-21', last: '2019-07-22' });
  });

  it('is deterministic', async () => {
    const a = await buildDataset({ rootDir: fixture('valid') });
    const b = await buildDataset({ rootDir: fixture('valid') });
    expect([...a.outputs]).toEqual([...b.outputs]);
  });

  it('writes GeoJSON an independent validator accepts', async () => {
    const r = await buildDataset({ rootDir: fixture('valid') });
    expect(() => check(r.outputs.get('data/places.geojson') as string)).not.toThrow();
  });
});

describe('buildDataset on bad fixtures', () => {
  it('reports a JSON syntax error and nothing that follows from it', async () => {
    expect(await errorsOf('bad-json')).toEqual([['data/places.json', null, '']]);
  });

  it('reports near-miss quotes with the closest passage', async () => {
    const r = await buildDataset({ rootDir: fixture('quote-near-miss') });
    expect(r.errors.map((e) => [e.id, e.field])).toEqual([
      ['kirkuk-checkpoint-attack', 'quotes[0].text'],
      ['kirkuk-fighters-estimate', 'quotes[0].text'],
    ]);
    expect(r.errors[0]?.message).toMatch(
      /Closest passage at 0–76: .*It differs by: a non-breaking space \(U\+00A0\) where the quote has a space\.$/,
    );
  });

  it('reports an ambiguous quote and an occurrence out of range', async () => {
    expect(await errorsOf('quote-repeated')).toEqual([
      ['data/claims.json', 'kirkuk-checkpoint-attack', 'quotes[2].text'],
      ['data/claims.json', 'kirkuk-fighters-estimate', 'quotes[1].text'],
    ]);
  });

  it('reports swapped coordinates', async () => {
    expect(await errorsOf('swapped-coordinates')).toEqual([
      ['data/places.json', 'kirkuk', 'geometry.coordinates'],
    ]);
  });

  it('reports a point outside the province its record names', async () => {
    expect(await errorsOf('point-outside-province')).toEqual([
      ['data/places.json', 'kirkuk', 'geometry.geonames_id'],
    ]);
  });

  it('reports unresolved references, a one-sided conflict and a repeated id', async () => {
    expect(await errorsOf('broken-references')).toEqual([
      ['data/places.json', 'kirkuk', 'id'],
      ['data/claims.json', 'kirkuk-checkpoint-attack', 'places[0]'],
      ['data/claims.json', 'kirkuk-checkpoint-attack', 'quotes[1].source'],
      ['data/claims.json', 'kirkuk-checkpoint-attack', 'conflicts_with[0]'],
    ]);
  });

  it('reports a seed text that no longer matches its hash', async () => {
    expect(await errorsOf('seed-hash-mismatch')).toEqual([
      ['seeds/sources.json', 'beta-2019-07-22', 'sha256'],
    ]);
  });

  it('reports a missing folder as missing files', async () => {
    expect(await errorsOf('does-not-exist')).toEqual([
      ['seeds/sources.json', null, ''],
      ['data/places.json', null, ''],
      ['data/claims.json', null, ''],
    ]);
  });
});

describe('dominantCategory', () => {
  it('is the most frequent category, ties going to the first in the taxonomy', () => {
    expect(dominantCategory(['assessment', 'attack', 'assessment'])).toBe('assessment');
    expect(dominantCategory(['assessment', 'attack'])).toBe('attack');
    expect(dominantCategory([])).toBeNull();
  });
});
