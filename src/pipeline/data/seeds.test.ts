/**
 * The article texts are evidence: seeds/ must stay a byte-for-byte copy of ../shared/seeds/
 * (where they are archived), agree with SHA256SUMS, and with the hashes in seeds/sources.json.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Source } from '../../lib/data/types.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const SEEDS = join(ROOT, 'seeds');
const SHARED = resolve(ROOT, '../shared/seeds');

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const texts = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();

function checksums(dir: string): Map<string, string> {
  const lines = readFileSync(join(dir, 'SHA256SUMS'), 'utf8').split('\n').filter(Boolean);
  return new Map(
    lines.map((line) => {
      const [hash, file] = line.split(/ [ *]/) as [string, string];
      return [file, hash];
    }),
  );
}

describe('seeds', () => {
  it('match SHA256SUMS, file for file', () => {
    const sums = checksums(SEEDS);
    expect(texts(SEEDS)).toEqual([...sums.keys()].sort());
    for (const [file, hash] of sums) expect(sha256(join(SEEDS, file)), file).toBe(hash);
  });

  it.skipIf(!existsSync(SHARED))('are byte-for-byte copies of ../shared/seeds', () => {
    expect(texts(SEEDS)).toEqual(texts(SHARED));
    for (const file of texts(SHARED)) {
      expect(readFileSync(join(SEEDS, file)).equals(readFileSync(join(SHARED, file))), file).toBe(
        true,
      );
    }
    expect(readFileSync(join(SEEDS, 'SHA256SUMS'), 'utf8')).toBe(
      readFileSync(join(SHARED, 'SHA256SUMS'), 'utf8'),
    );
  });

  it('have the hashes seeds/sources.json records, one record per text', () => {
    const { sources } = JSON.parse(readFileSync(join(SEEDS, 'sources.json'), 'utf8')) as {
      sources: Source[];
    };
    const sums = checksums(SEEDS);
    expect(sources.map((s) => s.file).sort()).toEqual(texts(SEEDS));
    for (const s of sources) {
      expect(s.sha256, s.id).toBe(sums.get(s.file));
      expect(sha256(join(SEEDS, s.file)), s.id).toBe(s.sha256);
    }
  });
});
