/**
 * The studio's first save must rewrite no line of a curated file it did not change: otherwise a
 * one-claim edit arrives in git as a hunk per record, and teams reviewing pull requests lose the
 * one-claim-one-hunk rule. So the repository's own files are kept in exactly the studio's format.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ProjectFile } from '../../lib/data/studio-api.ts';
import { formatFile } from './format.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');

const curated: ProjectFile[] = [
  'data/places.json',
  'data/claims.json',
  'seeds/sources.json',
  ...readdirSync(join(ROOT, 'data/briefings'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => `data/briefings/${name}` as ProjectFile),
];

describe('the curated files of this repository', () => {
  it.each(curated)('%s is already in the format the studio writes', async (file) => {
    const bytes = readFileSync(join(ROOT, file), 'utf8');
    expect(await formatFile(file, JSON.parse(bytes))).toBe(bytes);
  });
});
