/**
 * The published set is atomic: the real build, run as a child process and killed with SIGKILL
 * at seeded random points while it publishes (each step slowed by a test hook), leaves
 * public/data entirely old or entirely new, never a mix, and the next start leaves nothing
 * behind for `vite build` to copy into dist/.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublishedSource } from '../../lib/data/types.ts';
import { buildDataset } from './build.ts';
import { recoverPublished } from './write.ts';

const REPO = resolve(import.meta.dirname, '../../..');
const VALID = join(REPO, 'tests/fixtures/data/valid');
const BUILD = join(REPO, 'src/pipeline/data/build.ts');
const STEP_MS = 40;
const RUNS = 20;

let work: string;
let oldRoot: string;
let newRoot: string;
/** relative path → bytes, of everything each build publishes */
let oldSet: Map<string, string>;
let newSet: Map<string, string>;

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function snapshot(dir: string, only?: string): Map<string, string> {
  const root = only ? join(dir, only) : dir;
  return new Map(
    listFiles(root).map((f) => [only ? `${only}/${f}` : f, sha(readFileSync(join(root, f)))]),
  );
}

/** The same dataset with one claim reworded and a source text renamed (new bytes, new name). */
function makeNewRoot(dir: string): void {
  cpSync(VALID, dir, { recursive: true });
  const claims = join(dir, 'data/claims.json');
  writeFileSync(
    claims,
    readFileSync(claims, 'utf8').replace('"summary": "', '"summary": "Reworded: '),
  );
  renameSync(join(dir, 'seeds/beta.txt'), join(dir, 'seeds/beta-2.txt'));
  const sources = join(dir, 'seeds/sources.json');
  writeFileSync(sources, readFileSync(sources, 'utf8').replace('"beta.txt"', '"beta-2.txt"'));
  const sums = join(dir, 'seeds/SHA256SUMS');
  if (existsSync(sums)) {
    writeFileSync(sums, readFileSync(sums, 'utf8').replace(' beta.txt', ' beta-2.txt'));
  }
}

/** mulberry32: a small seeded generator, so a failing run can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs the real build of `root` into `out`, killing it `killAfterMs` after it starts publishing. */
function buildAndKill(root: string, out: string, killAfterMs: number): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', BUILD, '--root', root, '--out', out],
      {
        cwd: REPO,
        env: { ...process.env, CITEMAP_PUBLISH_STEP_MS: String(STEP_MS) },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      const before = stderr;
      stderr += chunk.toString();
      if (!before.includes('citemap:publish') && stderr.includes('citemap:publish')) {
        setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
    });
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' || code === 0) done();
      else fail(new Error(`build exited ${code}: ${stderr}`));
    });
  });
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'citemap-publish-'));
  oldRoot = join(work, 'old');
  newRoot = join(work, 'new');
  cpSync(VALID, oldRoot, { recursive: true });
  makeNewRoot(newRoot);
  for (const [root, name] of [
    [oldRoot, 'old-out'],
    [newRoot, 'new-out'],
  ] as const) {
    const r = await buildDataset({ rootDir: root, outDir: join(work, name) });
    expect(r.errors).toEqual([]);
  }
  oldSet = snapshot(join(work, 'old-out'));
  newSet = snapshot(join(work, 'new-out'));
  expect(snapshot(join(work, 'old-out'), 'data')).not.toEqual(
    snapshot(join(work, 'new-out'), 'data'),
  );
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('publishing', () => {
  it(`is all old or all new after a SIGKILL at any of ${RUNS} random points`, async () => {
    const next = random(20190721);
    const seen = new Set<string>();
    for (let run = 0; run < RUNS; run++) {
      const out = join(work, `run-${run}`);
      cpSync(join(work, 'old-out'), out, { recursive: true });
      // the publish takes a step per file written plus a few for the swap; kill anywhere in it,
      // or just after (half as long again: writing and fsyncing take real time beside the pauses)
      const killAfterMs = Math.floor(next() * STEP_MS * (newSet.size + 4) * 1.5);
      await buildAndKill(newRoot, out, killAfterMs);

      // What the next start sees, once it has cleaned up: this is what dist/ would get.
      recoverPublished(out, ['data', 'sources']);
      const files = listFiles(out);
      const what = `run ${run} (killed ${killAfterMs} ms into publishing)`;
      expect(
        files.filter((f) => /\.(new|old|tmp)\b/.test(f)),
        what,
      ).toEqual([]);
      const data = snapshot(out, 'data');
      const isOld =
        [...data].every(([f, h]) => oldSet.get(f) === h) &&
        data.size === snapshot(join(work, 'old-out'), 'data').size;
      const isNew =
        [...data].every(([f, h]) => newSet.get(f) === h) &&
        data.size === snapshot(join(work, 'new-out'), 'data').size;
      expect(isOld || isNew, `${what}: data/ is a mix of the old and new sets`).toBe(true);
      seen.add(isOld ? 'old' : 'new');
      // Every text the published sources.json names is there, with the bytes it hashes to.
      const sources = JSON.parse(
        readFileSync(join(out, 'data/sources.json'), 'utf8'),
      ) as PublishedSource[];
      for (const s of sources) {
        expect(sha(readFileSync(join(out, s.path))), `${what}: ${s.path}`).toBe(s.sha256);
      }
      rmSync(out, { recursive: true, force: true });
    }
    // The kill points cover both sides of the swap.
    expect([...seen].sort()).toEqual(['new', 'old']);
  }, 240_000);

  it('completes to exactly the new set, stale texts pruned', async () => {
    const out = join(work, 'complete');
    cpSync(join(work, 'old-out'), out, { recursive: true });
    const r = await buildDataset({ rootDir: newRoot, outDir: out });
    expect(r.errors).toEqual([]);
    expect(snapshot(out)).toEqual(newSet);
  });
});
