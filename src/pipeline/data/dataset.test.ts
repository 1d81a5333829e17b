/**
 * The real dataset: it must build clean, and its outputs are pinned by file snapshots, so a data
 * or pipeline change shows up as a readable diff (`npx vitest run -u` accepts it).
 */
import { check } from '@placemarkio/check-geojson';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { bbox } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexClaim } from '../../lib/data/claim-index.ts';
import {
  shardFile,
  shardOf,
  type PublishedClaimIndex,
  type PublishedPlace,
  type PublishedSearchIndex,
  type PublishedShard,
} from '../../lib/data/published.ts';
import { buildDataset, formatReport, OUTPUT_FILES, type BuildResult } from './build.ts';
import { assemble } from './reassemble.ts';
import { formatError } from './errors.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

let result: BuildResult;
beforeAll(async () => {
  result = await buildDataset({ rootDir: ROOT });
});

function output(path: string): string {
  const out = result.outputs.get(path);
  if (typeof out !== 'string') throw new Error(`${path} was not built:\n${formatReport(result)}`);
  return out;
}

function countPositions(g: Geometry): number {
  return JSON.stringify(g).match(/\[-?\d[^[\]]*\]/g)?.length ?? 0;
}

/** Geometry pinned by shape, size and hash: a readable diff without every coordinate. */
function geometryDigest(g: Geometry) {
  return {
    type: g.type,
    positions: countPositions(g),
    bbox: bbox(g).map((v) => Number(v.toFixed(3))),
    sha256: createHash('sha256').update(JSON.stringify(g)).digest('hex').slice(0, 16),
  };
}

/** One record per line: a one-record change is a one-line diff. */
function lines(records: readonly unknown[]): string {
  return `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
}

describe('the dataset', () => {
  it('builds clean', () => {
    expect(result.errors.map(formatError)).toEqual([]);
  });

  it('passes an independent GeoJSON validator', () => {
    expect(() => check(output(OUTPUT_FILES.places))).not.toThrow();
  });

  it('stays small enough to load quickly', () => {
    expect(Buffer.byteLength(output(OUTPUT_FILES.places))).toBeLessThan(150_000);
    expect(Buffer.byteLength(output(OUTPUT_FILES.claimIndex))).toBeLessThan(60_000);
  });

  it('has the Iraq–Syria border measured, close to the articles’ 370 miles', () => {
    const fc = JSON.parse(output(OUTPUT_FILES.places)) as FeatureCollection<
      Geometry,
      PublishedPlace
    >;
    const lengths = fc.features
      .map((f) => f.properties.measured_length_km)
      .filter((km) => km !== undefined);
    expect(lengths.length).toBeGreaterThan(0);
    for (const km of lengths) expect(Math.abs(km / 1.609344 - 370)).toBeLessThan(50);
  });

  it('publishes every claim exactly once, in the shard its id names', () => {
    const index = JSON.parse(output(OUTPUT_FILES.claimIndex)) as PublishedClaimIndex;
    const copies: string[] = [];
    for (let shard = 0; shard < index.shard_count; shard++) {
      const file = JSON.parse(
        output(`data/${shardFile(shard, index.shard_count)}`),
      ) as PublishedShard;
      expect(file.shard).toBe(shard);
      for (const c of file.claims) {
        expect(shardOf(c.id, index.shard_count)).toBe(shard);
        copies.push(c.id);
      }
    }
    expect(copies).toHaveLength(result.summary!.claims);
    expect(new Set(copies).size).toBe(copies.length);
    expect(index.claims.map((c) => c.id).sort()).toEqual([...copies].sort());
  });

  it('indexes each claim from its full record, and every quote for search', () => {
    const { claimsById } = assemble(result.outputs);
    const index = JSON.parse(output(OUTPUT_FILES.claimIndex)) as PublishedClaimIndex;
    for (const c of index.claims) expect(c).toEqual(indexClaim(claimsById.get(c.id)!));
    const search = JSON.parse(output(OUTPUT_FILES.searchIndex)) as PublishedSearchIndex;
    const quotes = search.quotes.map((q) => `${q.claim}/${q.quote}`).sort();
    const expected = [...claimsById.values()].flatMap((c) =>
      c.quotes.map((_, i) => `${c.id}/${i}`),
    );
    expect(quotes).toEqual(expected.sort());
    for (const q of search.quotes)
      expect(claimsById.get(q.claim)!.quotes[q.quote]!.text).toBe(q.text);
  });

  it('matches the pinned places, one per line', async () => {
    const fc = JSON.parse(output(OUTPUT_FILES.places)) as FeatureCollection<
      Geometry,
      PublishedPlace
    >;
    const pinned = fc.features.map((f: Feature<Geometry, PublishedPlace>) => ({
      id: f.id,
      geometry: geometryDigest(f.geometry),
      properties: f.properties,
    }));
    await expect(lines(pinned)).toMatchFileSnapshot('./__snapshots__/places.jsonl');
  });

  it('matches the pinned claims, each once, one per line', async () => {
    const claims = [...assemble(result.outputs).claimsById.values()].sort((a, b) =>
      a.id < b.id ? -1 : 1,
    );
    await expect(lines(claims)).toMatchFileSnapshot('./__snapshots__/claims.jsonl');
  });

  it('matches the pinned sources and CSV', async () => {
    await expect(output('data/sources.json')).toMatchFileSnapshot('./__snapshots__/sources.json');
    await expect(output('data/downloads/claims.csv')).toMatchFileSnapshot(
      './__snapshots__/claims.csv',
    );
  });

  it('matches the pinned briefings', async () => {
    await expect(output('data/briefings.json')).toMatchFileSnapshot(
      './__snapshots__/briefings.json',
    );
  });
});
