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
import type { PlaceFeatureProperties } from '../../lib/data/types.ts';
import { buildDataset, formatReport, type BuildResult } from './build.ts';
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

describe('the dataset', () => {
  it('builds clean', () => {
    expect(result.errors.map(formatError)).toEqual([]);
  });

  it('passes an independent GeoJSON validator', () => {
    expect(() => check(output('data/incidents.geojson'))).not.toThrow();
  });

  it('stays small enough to load quickly', () => {
    expect(Buffer.byteLength(output('data/incidents.geojson'))).toBeLessThan(300_000);
  });

  it('has the Iraq–Syria border measured, close to the articles’ 370 miles', () => {
    const fc = JSON.parse(output('data/incidents.geojson')) as FeatureCollection<
      Geometry,
      PlaceFeatureProperties
    >;
    const lengths = fc.features
      .map((f) => f.properties.measured_length_km)
      .filter((km) => km !== undefined);
    expect(lengths.length).toBeGreaterThan(0);
    for (const km of lengths) expect(Math.abs(km / 1.609344 - 370)).toBeLessThan(50);
  });

  it('matches the pinned incidents', async () => {
    const fc = JSON.parse(output('data/incidents.geojson')) as FeatureCollection<
      Geometry,
      PlaceFeatureProperties
    >;
    const pinned = fc.features.map((f: Feature<Geometry, PlaceFeatureProperties>) => ({
      id: f.id,
      geometry: geometryDigest(f.geometry),
      properties: f.properties,
    }));
    await expect(`${JSON.stringify(pinned, null, 2)}\n`).toMatchFileSnapshot(
      './__snapshots__/incidents.json',
    );
  });

  it('matches the pinned sources and CSV', async () => {
    await expect(output('data/sources.json')).toMatchFileSnapshot('./__snapshots__/sources.json');
    await expect(output('data/claims.csv')).toMatchFileSnapshot('./__snapshots__/claims.csv');
  });

  it('matches the pinned briefings', async () => {
    await expect(output('data/briefings.json')).toMatchFileSnapshot(
      './__snapshots__/briefings.json',
    );
  });
});
