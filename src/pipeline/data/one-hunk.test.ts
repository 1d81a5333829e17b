/**
 * The published files keep one record per line and each claim once, so editing one claim's
 * summary changes one contiguous block of lines in each file that carries it (a one-hunk diff)
 * and exactly one claim shard.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildDataset } from './build.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'citemap-one-hunk-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The changed lines of b against a as [first, last] runs (files of equal line count). */
function hunks(a: string, b: string): [number, number][] {
  const x = a.split('\n');
  const y = b.split('\n');
  expect(y.length).toBe(x.length);
  const runs: [number, number][] = [];
  x.forEach((line, i) => {
    if (line === y[i]) return;
    const last = runs.at(-1);
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  });
  return runs;
}

it('editing one claim’s summary is a one-hunk diff in every published file, in one shard', async () => {
  cpSync(join(ROOT, 'data'), join(work, 'data'), { recursive: true });
  cpSync(join(ROOT, 'seeds'), join(work, 'seeds'), { recursive: true });
  const path = join(work, 'data/claims.json');
  const file = JSON.parse(readFileSync(path, 'utf8')) as {
    claims: { id: string; summary: string }[];
  };
  const edited = file.claims[Math.floor(file.claims.length / 2)]!;
  edited.summary = `${edited.summary} (Edited.)`;
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);

  const [before, after] = await Promise.all([
    buildDataset({ rootDir: ROOT }),
    buildDataset({ rootDir: work }),
  ]);
  expect(after.errors).toEqual([]);
  expect([...after.outputs.keys()]).toEqual([...before.outputs.keys()]);
  const changed: string[] = [];
  for (const [name, out] of after.outputs) {
    const was = before.outputs.get(name);
    if (typeof out !== 'string' || typeof was !== 'string' || out === was) continue;
    changed.push(name);
    expect(hunks(was, out), name).toHaveLength(1);
  }
  const shards = changed.filter((n) => n.startsWith('data/claims/'));
  expect(shards).toHaveLength(1);
  // The summary is a fact the index carries; nothing else repeats it.
  const downloads = changed.filter((n) => n.startsWith('data/downloads/'));
  expect(changed.filter((n) => !downloads.includes(n)).sort()).toEqual(
    ['data/claim-index.json', shards[0]!].sort(),
  );
  // the downloads repeat the summary in each of the claim's rows, which are contiguous
  expect(downloads).toEqual(
    expect.arrayContaining(['data/downloads/claims.csv', 'data/downloads/claims.geojson']),
  );
  const shard = after.outputs.get(shards[0]!) as string;
  expect(shard.split('\n').filter((l) => l.includes('(Edited.)'))).toHaveLength(1);
}, 120_000);
